// What the widget form (widget-form.tsx) shows: the values in its fields and the errors of the
// last save. The pages build the first state; the actions (app/widgets/actions.ts) return the
// next one when a save is refused.
import type { Widget } from '@/generated/prisma/client';
import { formatDollarsForInput } from '@/lib/money';
import type { ResourceFormState } from '@/app/_components/resource-form';
import type { WidgetAttribute } from '@/services/widget-rules';

/** What the user typed, as they typed it: a form that failed shows it again unchanged. */
export type WidgetFormValues = {
  /** Editing only: the widget's id, posted in a hidden field. */
  id?: string;
  name: string;
  price: string;
  manufacturerId: string;
  /** Editing only: the status chosen. */
  widgetStatusId?: string;
  /** Editing only: the widget's lock_version when the form was opened (ADR 9). */
  lockVersion?: string;
};

export type WidgetFormState = ResourceFormState<WidgetFormValues, WidgetAttribute>;

/** The new-widget form: every field empty. */
export function newWidgetFormState(): WidgetFormState {
  return { values: { name: '', price: '', manufacturerId: '' } };
}

/** The edit form for a widget as stored: its values, and the version they are from. */
export function editWidgetFormState(
  widget: Pick<
    Widget,
    'id' | 'name' | 'priceCents' | 'manufacturerId' | 'widgetStatusId' | 'lockVersion'
  >,
): WidgetFormState {
  return {
    values: {
      id: String(widget.id),
      name: widget.name,
      price: formatDollarsForInput(widget.priceCents),
      manufacturerId: String(widget.manufacturerId),
      widgetStatusId: String(widget.widgetStatusId),
      lockVersion: String(widget.lockVersion),
    },
  };
}
