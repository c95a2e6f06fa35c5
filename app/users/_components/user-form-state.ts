// What the user form (user-form.tsx) shows: the values in its fields and the errors of the last
// save. The pages build the first state; the actions (app/users/actions.ts) return the next one
// when a save is refused. The password is never part of it: a refused form comes back without it.
import type { ResourceFormState } from '@/app/_components/resource-form';
import type { User } from '@/generated/prisma/client';
import { ROLE_NAMES, ROLES } from '@/lib/policy';
import type { UserAttribute } from '@/services/user-registry';

/** What the user typed, as they typed it: a form that failed shows it again unchanged. */
export type UserFormValues = {
  /** Editing only: the user's id, posted in a hidden field. */
  id?: string;
  name: string;
  /** Typed in the new form; shown, not editable, in the edit form. */
  email: string;
  /** Absent when an admin's own edit form, which has no role field, is refused. */
  role?: string;
};

export type UserFormState = ResourceFormState<UserFormValues, UserAttribute>;

/** A choice of the role select: the role as stored, and as people name it. */
export type RoleChoice = { value: string; name: string };

/** Every role, in the policy's order, as the role select offers them. */
export function roleChoices(): RoleChoice[] {
  return ROLES.map((role) => ({ value: role, name: ROLE_NAMES[role] }));
}

/** The new-user form: every field empty, no role chosen. */
export function newUserFormState(): UserFormState {
  return { values: { name: '', email: '', role: '' } };
}

/** The edit form for a user as stored. */
export function editUserFormState(
  user: Pick<User, 'id' | 'name' | 'email' | 'role'>,
): UserFormState {
  return {
    values: { id: String(user.id), name: user.name, email: user.email, role: user.role },
  };
}
