import type { Metadata } from 'next';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { createUser } from '@/app/users/actions';
import { UserForm } from '@/app/users/_components/user-form';
import { newUserFormState, roleChoices } from '@/app/users/_components/user-form-state';
import { PageHeader } from '@/components/page-header';
import { MINIMUM_PASSWORD_LENGTH } from '@/lib/auth';
import { authorize } from '@/lib/authorization';

export const metadata: Metadata = { title: 'New User' };

export default async function NewUserPage() {
  if (!(await authorize('create', 'User')).allowed) return renderForbidden();
  return (
    <>
      <PageHeader
        heading="New User"
        description="They sign in with this email and password; tell them the password yourself."
      />
      <UserForm
        action={createUser}
        initialState={newUserFormState()}
        submitLabel="Create"
        roles={roleChoices()}
        passwordHint={`At least ${MINIMUM_PASSWORD_LENGTH} characters.`}
      />
    </>
  );
}
