import { subject } from '@casl/ability';
import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { createUserDeactivation } from '@/app/user_deactivations/actions';
import { updateUser } from '@/app/users/actions';
import { UserForm } from '@/app/users/_components/user-form';
import { editUserFormState, roleChoices } from '@/app/users/_components/user-form-state';
import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { PageHeader } from '@/components/page-header';
import { authorize, currentAbility } from '@/lib/authorization';
import { formatDate } from '@/lib/dates';
import { parseId } from '@/lib/params';
import { usersPath } from '@/lib/routes';
import { findUserForEditing } from '@/services/user-queries';

type Props = { params: Promise<{ id: string }> };

// The user a request names, or null when the id is malformed or unknown. cache() lets the title
// and the page share one lookup.
const userFor = cache(async (idSegment: string) => {
  const id = parseId(idSegment);
  return id === null ? null : findUserForEditing(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await userFor((await params).id);
  return user ? { title: `Edit ${user.name}` } : notFoundMetadata;
}

// What the page says about the user's standing, under its heading.
function describeUser(deactivatedAt: Date | null, mayChangeRole: boolean): string | undefined {
  if (deactivatedAt)
    return `Deactivated on ${formatDate(deactivatedAt)}: this user cannot sign in.`;
  if (!mayChangeRole) {
    return 'This is you. Another admin can change your role or deactivate your account.';
  }
  return undefined;
}

export default async function EditUserPage({ params }: Props) {
  if (!(await authorize('update', 'User')).allowed) return renderForbidden();
  const user = await userFor((await params).id);
  if (!user) return renderNotFound();

  // What the policy lets the admin do to this user: not change their own role, nor deactivate
  // themselves (lib/policy.ts). The actions check the same again.
  const ability = await currentAbility();
  const mayChangeRole = ability.can('update', subject('User', user), 'role');
  const mayDeactivate = !user.deactivatedAt && ability.can('destroy', subject('User', user));

  return (
    <>
      <PageHeader
        heading="Edit User"
        description={describeUser(user.deactivatedAt, mayChangeRole)}
        actions={
          mayDeactivate && (
            <ConfirmDeleteButton
              action={createUserDeactivation}
              hiddenFields={{ user_id: user.id }}
              label="Deactivate"
              question="Deactivate this user? They are signed out at once and can no longer sign in."
              confirmLabel="Yes, deactivate"
            />
          )
        }
      />
      <UserForm
        action={updateUser}
        initialState={editUserFormState(user)}
        submitLabel="Update"
        roles={mayChangeRole ? roleChoices() : undefined}
      />
      <p className="mt-6">
        <Link href={usersPath()} className="link">
          Back to the users
        </Link>
      </p>
    </>
  );
}
