'use server';
// The manufacturer resource's form actions: create, update, destroy. Each one: parse the form
// with zod, authorize (issue 6), call the service, then redirect with a flash or return what the
// form needs to show the errors and what the user typed.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ManufacturerFormState } from '@/app/manufacturers/_components/manufacturer-form-state';
import { setFlash } from '@/lib/flash';
import { authorize } from '@/lib/authorization';
import { answerForbidden, answerRefused } from '@/lib/form-response';
import { formFields, parseRecordId, userText } from '@/lib/params';
import { manufacturerPath, manufacturersPath } from '@/lib/routes';
import { ManufacturerRegistry } from '@/services/manufacturer-registry';

// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):
// the service's rules then say what is wrong with it in words the user understands.
const manufacturerFormSchema = z.object({ name: userText, street: userText, zip: userText });

export async function createManufacturer(
  _previous: ManufacturerFormState,
  formData: FormData,
): Promise<ManufacturerFormState> {
  const values = manufacturerFormSchema.parse(formFields(formData));
  if (!(await authorize('create', 'Manufacturer')).allowed) return answerForbidden();

  const result = await new ManufacturerRegistry().registerManufacturer(values);
  if (!result.registered) {
    await answerRefused(422);
    return { values, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'Manufacturer created.' });
  redirect(manufacturerPath(result.manufacturer.id));
}

export async function updateManufacturer(
  _previous: ManufacturerFormState,
  formData: FormData,
): Promise<ManufacturerFormState> {
  const fields = formFields(formData);
  const id = parseRecordId(fields);
  const values = manufacturerFormSchema.parse(fields);
  if (!(await authorize('update', 'Manufacturer')).allowed) return answerForbidden();
  if (id === null) return redirectToListAsGone();

  const result = await new ManufacturerRegistry().updateManufacturer(id, values);
  if (!result.updated) {
    if (result.reason === 'not-found') return redirectToListAsGone();
    await answerRefused(422);
    return { values: { id: String(id), ...values }, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'Manufacturer updated.' });
  redirect(manufacturerPath(id));
}

export async function destroyManufacturer(formData: FormData): Promise<void> {
  const id = parseRecordId(formFields(formData));
  if (!(await authorize('destroy', 'Manufacturer')).allowed) return answerForbidden();
  if (id === null) return redirectToListAsGone();

  const result = await new ManufacturerRegistry().removeManufacturer(id);
  if (!result.removed) {
    if (result.reason === 'not-found') return redirectToListAsGone();
    // Nothing was deleted: back to the manufacturer, which still shows its widgets.
    const message =
      result.reason === 'has-widgets'
        ? 'This manufacturer still has widgets.'
        : 'This manufacturer is still in use.';
    await setFlash({ kind: 'alert', message });
    redirect(manufacturerPath(id));
  }

  await setFlash({ kind: 'notice', message: 'Manufacturer deleted.' });
  redirect(manufacturersPath());
}

// The form was about a manufacturer that is not there (deleted since the page was shown, or an id
// made up): the list, saying so, is the useful place to go.
async function redirectToListAsGone(): Promise<never> {
  await setFlash({ kind: 'alert', message: 'That manufacturer no longer exists.' });
  redirect(manufacturersPath());
}
