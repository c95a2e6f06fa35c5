'use server';
// The widget resource's form actions: create, update and destroy. Each one: parse the form with
// zod, authorize (lib/authorization.ts), call the service, then redirect with a flash or return
// what the form needs to show the errors and what the user typed.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  editWidgetFormState,
  type WidgetFormState,
} from '@/app/widgets/_components/widget-form-state';
import { setFlash } from '@/lib/flash';
import { authorize } from '@/lib/authorization';
import { answerForbidden, answerRefused } from '@/lib/form-response';
import { parseDollarsToCents } from '@/lib/money';
import { formFields, parseId, parseLockVersion, parseRecordId, userText } from '@/lib/params';
import { widgetPath, widgetsPath } from '@/lib/routes';
import { WidgetCreator } from '@/services/widget-creator';
import { WidgetDestroyer } from '@/services/widget-destroyer';
import { STALE_WIDGET_MESSAGE, WidgetEditor } from '@/services/widget-editor';

// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):
// the service's rules then say what is wrong with it in words the user understands.
const widgetFields = z.object({ name: userText, price: userText, manufacturer_id: userText });

const widgetFormSchema = widgetFields.transform(({ name, price, manufacturer_id }) => ({
  values: { name, price, manufacturerId: manufacturer_id },
  widget: {
    name,
    priceCents: parseDollarsToCents(price),
    manufacturerId: parseId(manufacturer_id),
  },
}));

// The edit form adds the widget's id, its status (when the user may change it) and the version
// of the widget it was opened at (ADR 9). A missing or garbled version reads as null, which the
// editor answers as stale. A missing status field leaves the status alone.
const widgetEditFormSchema = widgetFields
  .extend({ id: userText, widget_status_id: userText.optional(), lock_version: userText })
  .transform(({ id, name, price, manufacturer_id, widget_status_id, lock_version }) => ({
    values: {
      id,
      name,
      price,
      manufacturerId: manufacturer_id,
      widgetStatusId: widget_status_id,
      lockVersion: lock_version,
    },
    changes: {
      name,
      priceCents: parseDollarsToCents(price),
      manufacturerId: parseId(manufacturer_id),
      widgetStatusId: widget_status_id === undefined ? undefined : parseId(widget_status_id),
      lockVersion: parseLockVersion(lock_version),
    },
  }));

export async function createWidget(
  _previous: WidgetFormState,
  formData: FormData,
): Promise<WidgetFormState> {
  const { values, widget } = widgetFormSchema.parse(formFields(formData));
  if (!(await authorize('create', 'Widget')).allowed) return answerForbidden();

  const result = await new WidgetCreator().createWidget(widget);
  if (!result.created) {
    await answerRefused(422);
    return { values, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'Widget created.' });
  redirect(widgetPath(result.widget.id));
}

/**
 * The edit form posts the widget's id in a hidden field (lib/params.ts parseRecordId). A post
 * naming another widget is held to the version it carries (ADR 9): it cannot overwrite a save made
 * after that version, so it loses no one's update and is never a 500.
 */
export async function updateWidget(
  _previous: WidgetFormState,
  formData: FormData,
): Promise<WidgetFormState> {
  const fields = formFields(formData);
  const id = parseRecordId(fields);
  const { values, changes } = widgetEditFormSchema.parse(fields);
  // A form without the status field leaves the status as it is (a catalog user's form has none);
  // a post that changes it must come from a role that may.
  const field = changes.widgetStatusId === undefined ? undefined : 'widgetStatusId';
  if (!(await authorize('update', 'Widget', field)).allowed) return answerForbidden();
  if (id === null) return leaveMissingWidget();

  const result = await new WidgetEditor().updateWidget(id, changes);
  if (!result.updated) {
    switch (result.reason) {
      case 'invalid':
        await answerRefused(422);
        return { values, errors: result.errors.toFullMessages() };
      case 'stale':
        // Someone else saved first: show the widget as it is now, at its new version, so the
        // user can review it and save again.
        await answerRefused(409);
        return { ...editWidgetFormState(result.current), refusal: STALE_WIDGET_MESSAGE };
      case 'not-found':
        return leaveMissingWidget();
    }
  }

  await setFlash({ kind: 'notice', message: 'Widget updated.' });
  redirect(widgetPath(result.widget.id));
}

/** The widget page's delete form posts the widget's id in a hidden field. */
export async function destroyWidget(formData: FormData): Promise<void> {
  const id = parseRecordId(formFields(formData));
  if (!(await authorize('destroy', 'Widget')).allowed) return answerForbidden();
  if (id === null) return leaveMissingWidget();

  const result = await new WidgetDestroyer().destroyWidget(id);
  if (!result.destroyed) return leaveMissingWidget();

  await setFlash({ kind: 'notice', message: 'Widget deleted.' });
  redirect(widgetsPath());
}

/** A widget deleted meanwhile (or an id that never was one): the list, saying so. */
async function leaveMissingWidget(): Promise<never> {
  await setFlash({ kind: 'alert', message: 'That widget no longer exists.' });
  redirect(widgetsPath());
}
