// What the sign-in form (session-form.tsx) shows: the email typed (never the password) and where
// to go once signed in. The page builds the first state; createSession (app/session/actions.ts)
// returns the next one when a sign-in is refused.
import type { ResourceFormState } from '@/app/_components/resource-form';

export type SessionFormValues = {
  /** None: the session cookie, not the form, says which session is meant. */
  id?: undefined;
  email: string;
  /** A path on this site (lib/params.ts parseReturnPath), posted in a hidden field. */
  returnTo: string;
};

// No field errors: a failed sign-in says one thing for the whole form ("Invalid email or
// password."), so it never tells which of the two was wrong.
export type SessionFormState = ResourceFormState<SessionFormValues, never> & {
  /** New for each refused sign-in: the form then shows a new, empty password field. */
  refusalId?: string;
};

export function newSessionFormState(returnTo: string): SessionFormState {
  return { values: { email: '', returnTo } };
}
