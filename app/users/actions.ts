'use server';
// The user resource's form actions: create and update (deactivating a user is another resource,
// app/user_deactivations). Each one: parse the form with zod, authorize (lib/authorization.ts),
// call the service, then redirect with a flash or return what the form needs to show the errors
// and what the user typed — never the password.
import { subject } from '@casl/ability';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { UserFormState } from '@/app/users/_components/user-form-state';
import { authorize } from '@/lib/authorization';
import { setFlash } from '@/lib/flash';
import { answerForbidden, answerRefused } from '@/lib/form-response';
import { formFields, parseRecordId, userText } from '@/lib/params';
import { usersPath } from '@/lib/routes';
import { findUserForEditing } from '@/services/user-queries';
import { UserRegistry } from '@/services/user-registry';

// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):
// the service's rules then say what is wrong with it in words the user understands.
const newUserFormSchema = z.object({
  name: userText,
  email: userText,
  role: userText,
  password: userText,
});

// The edit form has no email or password. A missing role field (an admin's own form has none)
// leaves the role as it is.
const userEditFormSchema = z.object({ name: userText, role: userText.optional() });

export async function createUser(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const { password, ...values } = newUserFormSchema.parse(formFields(formData));
  if (!(await authorize('create', 'User')).allowed) return answerForbidden();

  const result = await new UserRegistry().registerUser({ ...values, password });
  if (!result.registered) {
    await answerRefused(422);
    return { values, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'User created.' });
  redirect(usersPath());
}

/**
 * The edit form posts the user's id in a hidden field (lib/params.ts parseRecordId). Only an
 * admin may post it, and an admin may not change their own role (lib/policy.ts): their own form
 * has no role field, and a role posted about themselves is refused.
 */
export async function updateUser(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const fields = formFields(formData);
  const id = parseRecordId(fields);
  const changes = userEditFormSchema.parse(fields);
  if (!(await authorize('update', 'User')).allowed) return answerForbidden();
  if (id === null) return leaveMissingUser();
  const user = await findUserForEditing(id);
  if (!user) return leaveMissingUser();
  // The policy's rule about this user: the role is what it keeps an admin from changing about
  // themselves. Their own name they may change, like anyone's (the check above).
  if (
    changes.role !== undefined &&
    !(await authorize('update', subject('User', user), 'role')).allowed
  ) {
    return answerForbidden();
  }

  const result = await new UserRegistry().updateUser(id, changes);
  if (!result.updated) {
    if (result.reason === 'not-found') return leaveMissingUser();
    await answerRefused(422);
    return {
      values: { id: String(id), email: user.email, ...changes },
      errors: result.errors.toFullMessages(),
    };
  }

  await setFlash({ kind: 'notice', message: 'User updated.' });
  redirect(usersPath());
}

/** A user who is not there (an id that never was one): the list, saying so. */
async function leaveMissingUser(): Promise<never> {
  await setFlash({ kind: 'alert', message: 'That user no longer exists.' });
  redirect(usersPath());
}
