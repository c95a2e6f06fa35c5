'use server';
// The widget resource's form actions: create, update and destroy. Each one: parse the form with
// zod, authorize (issue 6), call the service, then redirect with a flash or return what the form
// needs to show the errors and what the user typed.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  editWidgetFormState,
  type WidgetFormState,
} from '@/app/widgets/_components/widget-form-state';
import { setFlash } from '@/lib/flash';
import { parseDollarsToCents } from '@/lib/money';
import { parseId, parseLockVersion, userText } from '@/lib/params';
import { setResponseStatus } from '@/lib/response-status';
import { widgetPath, widgetsPath } from '@/lib/routes';
import { WidgetCreator } from '@/services/widget-creator';
import { WidgetDestroyer } from '@/services/widget-destroyer';
import { WidgetEditor } from '@/services/widget-editor';

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

// The edit form adds the status and the version of the widget it was opened at (ADR 9). A
// missing or garbled version reads as null, which the editor answers as stale.
const widgetEditFormSchema = widgetFields
  .extend({ widget_status_id: userText, lock_version: userText })
  .transform(({ name, price, manufacturer_id, widget_status_id, lock_version }) => ({
    values: {
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
      widgetStatusId: parseId(widget_status_id),
      lockVersion: parseLockVersion(lock_version),
    },
  }));

const STALE_WIDGET_MESSAGE =
  'This widget was changed by someone else. Review the current values and save again.';

/**
 * The fields of the posted form. Next passes the form data after the bound arguments, and a post
 * without JavaScript says itself how many of those there are: one crafted with more or fewer
 * puts something else in the form data's place, which reads as an empty form rather than a 500.
 */
function formFields(formData: unknown): Record<string, unknown> {
  return formData instanceof FormData ? Object.fromEntries(formData) : {};
}

/**
 * A form posted without JavaScript gets the page again with the status (422 for invalid input,
 * 409 for a conflict). A request from Next's client router (it sends a Next-Action header) keeps
 * its 200, which the router needs to apply the returned state.
 */
async function answerRefused(status: 409 | 422): Promise<void> {
  if (!(await headers()).has('next-action')) setResponseStatus(status);
}

/**
 * The id an edit or delete form was bound to (`.bind(null, widget.id)` on the page). Next writes
 * an action's bound arguments into the page (hidden fields, without JavaScript), so the user can
 * change it, and it is read like any id in a URL: anything else sends them to the list. A post
 * naming another widget is no more than a post from that widget's own form, which the same user
 * may send, and it is held to the version it carries (ADR 9): it cannot overwrite a save made
 * after that version, so it loses no one's update and is never a 500.
 */
function parseBoundWidgetId(widgetId: unknown): number | null {
  return typeof widgetId === 'number' ? parseId(String(widgetId)) : null;
}

export async function createWidget(
  _previous: WidgetFormState,
  formData: FormData,
): Promise<WidgetFormState> {
  const { values, widget } = widgetFormSchema.parse(formFields(formData));

  const result = await new WidgetCreator().createWidget(widget);
  if (!result.created) {
    await answerRefused(422);
    return { values, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'Widget created.' });
  redirect(widgetPath(result.widget.id));
}

/** The edit page binds the widget's id: `updateWidget.bind(null, widget.id)`. */
export async function updateWidget(
  widgetId: unknown,
  _previous: WidgetFormState,
  formData: FormData,
): Promise<WidgetFormState> {
  const id = parseBoundWidgetId(widgetId);
  const { values, changes } = widgetEditFormSchema.parse(formFields(formData));
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
        return { ...editWidgetFormState(result.current), conflict: STALE_WIDGET_MESSAGE };
      case 'not-found':
        return leaveMissingWidget();
    }
  }

  await setFlash({ kind: 'notice', message: 'Widget updated.' });
  redirect(widgetPath(result.widget.id));
}

/** The widget page's delete form binds the widget's id: `destroyWidget.bind(null, widget.id)`. */
export async function destroyWidget(widgetId: unknown): Promise<void> {
  const id = parseBoundWidgetId(widgetId);
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
