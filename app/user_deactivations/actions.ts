'use server';
// The user deactivation resource (ARCHITECTURE.md §3: a behaviour that is not one of the seven
// actions becomes a resource): creating one deactivates a user, who is signed out at once and can
// no longer sign in. Users are never deleted, so this is what destroying a user means, and the
// policy's `destroy` rule decides it (lib/policy.ts: an admin, and not about themselves).
import { subject } from '@casl/ability';
import { redirect } from 'next/navigation';
import { authorize } from '@/lib/authorization';
import { setFlash } from '@/lib/flash';
import { answerForbidden } from '@/lib/form-response';
import { formFields, parseId, userText } from '@/lib/params';
import { usersPath } from '@/lib/routes';
import { findUserForEditing } from '@/services/user-queries';
import { UserRegistry } from '@/services/user-registry';

/** The edit page's deactivate form posts the user's id as `user_id`. */
export async function createUserDeactivation(formData: FormData): Promise<void> {
  const userId = parseId(userText.parse(formFields(formData).user_id));
  if (!(await authorize('destroy', 'User')).allowed) return answerForbidden();
  if (userId === null) return leaveMissingUser();
  const user = await findUserForEditing(userId);
  if (!user) return leaveMissingUser();
  if (!(await authorize('destroy', subject('User', user))).allowed) return answerForbidden();

  const result = await new UserRegistry().deactivateUser(userId);
  if (!result.deactivated) return leaveMissingUser();

  await setFlash({ kind: 'notice', message: 'User deactivated.' });
  redirect(usersPath());
}

/** A user who is not there (an id that never was one): the list, saying so. */
async function leaveMissingUser(): Promise<never> {
  await setFlash({ kind: 'alert', message: 'That user no longer exists.' });
  redirect(usersPath());
}
