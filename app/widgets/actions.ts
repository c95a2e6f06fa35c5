'use server';
// The widget resource's form actions (create; update and destroy come with issue 5). Each one:
// parse the form with zod, authorize (issue 6), call the service, then redirect with a flash or
// return what the form needs to show the errors and what the user typed.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setFlash } from '@/lib/flash';
import { parseDollarsToCents } from '@/lib/money';
import { parseId, userText } from '@/lib/params';
import { setResponseStatus } from '@/lib/response-status';
import { widgetPath } from '@/lib/routes';
import type { FieldErrors } from '@/lib/validation-errors';
import { WidgetCreator, type WidgetAttribute } from '@/services/widget-creator';

/** What the user typed, as they typed it: a form that failed shows it again unchanged. */
export type WidgetFormValues = { name: string; price: string; manufacturerId: string };

export type WidgetFormState = {
  values: WidgetFormValues;
  /** Full messages per field ("Name can't be blank"); absent before the first submit. */
  errors?: FieldErrors<WidgetAttribute>;
};

// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):
// the service's rules then say what is wrong with it in words the user understands.
const widgetFormSchema = z
  .object({ name: userText, price: userText, manufacturer_id: userText })
  .transform(({ name, price, manufacturer_id }) => ({
    values: { name, price, manufacturerId: manufacturer_id },
    widget: {
      name,
      priceCents: parseDollarsToCents(price),
      manufacturerId: parseId(manufacturer_id),
    },
  }));

/**
 * A form posted without JavaScript gets the page again with status 422. A request from Next's
 * client router (it sends a Next-Action header) keeps its 200, which the router needs to apply
 * the returned state.
 */
async function answerUnprocessable(): Promise<void> {
  if (!(await headers()).has('next-action')) setResponseStatus(422);
}

export async function createWidget(
  _previous: WidgetFormState,
  formData: FormData,
): Promise<WidgetFormState> {
  const { values, widget } = widgetFormSchema.parse(Object.fromEntries(formData));

  const result = await new WidgetCreator().createWidget(widget);
  if (!result.created) {
    await answerUnprocessable();
    return { values, errors: result.errors.toFullMessages() };
  }

  await setFlash({ kind: 'notice', message: 'Widget created.' });
  redirect(widgetPath(result.widget.id));
}
