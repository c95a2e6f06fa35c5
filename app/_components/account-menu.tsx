import { SignInLink } from '@/app/_components/sign-in-link';
import { destroySession } from '@/app/session/actions';
import type { CurrentUser } from '@/lib/auth';
import { ROLE_NAMES } from '@/lib/policy';

/**
 * The header's corner: who is signed in, with a sign-out button (a form, so it works without
 * JavaScript), or a link to sign in that comes back to this page.
 */
export function AccountMenu({ user }: { user: CurrentUser | null }) {
  if (!user) return <SignInLink />;
  return (
    <form action={destroySession} className="flex items-center gap-4">
      <p className="text-sm">
        <span className="font-semibold">{user.name}</span>{' '}
        <span className="text-muted">({ROLE_NAMES[user.role]})</span>
      </p>
      {/* Styled as the header's links, not a <Button>: the root layout would otherwise put that
          component's definition in the chunk every page loads (docs/benchmarks.md). */}
      <button className="cursor-pointer text-brand hover:underline">Sign out</button>
    </form>
  );
}
