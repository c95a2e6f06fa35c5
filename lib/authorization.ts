import 'server-only';
// The check every page, server action and route handler makes before it does anything: may the
// signed-in user (or the visitor) do this? lib/policy.ts says who may do what; this module asks
// it about the current request and sends a visitor who may not to the sign-in page.
//
// Each kind of boundary answers a signed-in user who may not in its own way:
//   page:          if (!access.allowed) return renderForbidden();   (app/_components/forbidden-page)
//   server action: if (!access.allowed) return answerForbidden();   (lib/form-response.ts)
//   route handler: if (!access.allowed) return forbiddenResponse(); (lib/form-response.ts)
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentUser, type CurrentUser } from '@/lib/auth';
import { abilityFor, type Ability, type PolicyAction, type PolicySubject } from '@/lib/policy';
import { currentRequestContext } from '@/lib/request-context';
import { newSessionPath } from '@/lib/routes';

/** What a signed-in user is told when their role does not permit what they asked (PRODUCT §1). */
export const FORBIDDEN_MESSAGE = 'You are not allowed to do that.';

export type Access =
  { allowed: true; user: CurrentUser | null } | { allowed: false; user: CurrentUser };

/** What the current user (or visitor) may do; pages ask it to hide links and buttons. */
export const currentAbility = cache(async (): Promise<Ability> => abilityFor(await currentUser()));

/**
 * Whether the current user may take `action` on `subject` (a field of it, if given). A visitor
 * who may not is sent to sign in, and brought back to this page afterwards.
 */
export async function authorize(
  action: PolicyAction,
  subject: PolicySubject,
  field?: string,
): Promise<Access> {
  const user = await currentUser();
  if (abilityFor(user).can(action, subject, field)) return { allowed: true, user };
  if (!user) redirect(newSessionPath({ returnTo: requestedPagePath() }));
  return { allowed: false, user };
}

// The page the browser asked for, or posted a form on (server.ts records the path). Next's client
// router adds an _rsc parameter to its own requests, which is no part of the page's address.
function requestedPagePath(): string | undefined {
  const path = currentRequestContext()?.path;
  if (!path) return undefined;
  const url = new URL(path, 'http://widgets.invalid');
  url.searchParams.delete('_rsc');
  return `${url.pathname}${url.search}`;
}
