// What the manufacturer form (manufacturer-form.tsx) shows: the values in its fields and the
// errors of the last save. The pages build the first state; the actions
// (app/manufacturers/actions.ts) return the next one when a save is refused.
import type { ResourceFormState } from '@/app/_components/resource-form';
import type { ManufacturerAttribute } from '@/services/manufacturer-registry';

/** What the user typed, as they typed it: a form that failed shows it again unchanged. */
export type ManufacturerFormValues = {
  /** Editing only: the manufacturer's id, posted in a hidden field. */
  id?: string;
  name: string;
  street: string;
  zip: string;
};

export type ManufacturerFormState = ResourceFormState<
  ManufacturerFormValues,
  ManufacturerAttribute
>;

/** The new-manufacturer form: every field empty. */
export function newManufacturerFormState(): ManufacturerFormState {
  return { values: { name: '', street: '', zip: '' } };
}

/** The edit form for a manufacturer as stored, with its address. */
export function editManufacturerFormState(manufacturer: {
  id: number;
  name: string;
  address: { street: string; zip: string };
}): ManufacturerFormState {
  return {
    values: {
      id: String(manufacturer.id),
      name: manufacturer.name,
      street: manufacturer.address.street,
      zip: manufacturer.address.zip,
    },
  };
}
