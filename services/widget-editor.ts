import 'server-only';
import type { Widget } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { logger } from '@/lib/logger';
import type { ValidationErrors } from '@/lib/validation-errors';
import {
  checkWidgetFields,
  type WidgetAttribute,
  type WidgetFields,
} from '@/services/widget-rules';

// Editing a widget (PRODUCT.md §6): the creation rules (services/widget-rules.ts) plus its
// status, and optimistic locking (docs/decisions/0009-optimistic-locking-with-lock-version.md):
// a save applies only to the version of the widget the editor saw, so no update is lost
// silently. Editing sends no email and queues no job: those checks are about new widgets.

/** What the editor is told when a save comes too late (PRODUCT.md §6). */
export const STALE_WIDGET_MESSAGE =
  'This widget was changed by someone else. Review the current values and save again.';

/** A widget's new values, as the edit form (or the API) gave them. */
export type WidgetChanges = WidgetFields & {
  /** Null when none was chosen; undefined to keep the widget's status as it is. */
  widgetStatusId?: number | null;
  /**
   * The widget's lock_version when the form was opened. Null when the form did not say (missing
   * or garbled): that is answered as stale, never taken to mean "whatever it is now".
   */
  lockVersion: number | null;
};

/**
 * What an update did. Stale: someone else saved the widget since the form was opened, so nothing
 * was written; `current` is the widget as it is now, for the editor to review.
 */
export type UpdateWidgetResult =
  | { updated: true; widget: Widget }
  | { updated: false; reason: 'invalid'; errors: ValidationErrors<WidgetAttribute> }
  | { updated: false; reason: 'stale'; current: Widget }
  | { updated: false; reason: 'not-found' };

export class WidgetEditor {
  async updateWidget(id: number, changes: WidgetChanges): Promise<UpdateWidgetResult> {
    const { errors, name, manufacturer } = await checkWidgetFields(changes, { widgetId: id });
    const keepsStatus = changes.widgetStatusId === undefined;
    const status =
      keepsStatus || changes.widgetStatusId === null
        ? null
        : await db.widgetStatus.findUnique({ where: { id: changes.widgetStatusId } });
    if (!keepsStatus && !status) errors.add('status', "can't be blank");
    if (!errors.isEmpty || !manufacturer || changes.priceCents === null) {
      return { updated: false, reason: 'invalid', errors };
    }

    if (changes.lockVersion !== null) {
      try {
        // One conditional statement, never read-then-write: PostgreSQL locks the row, and a
        // concurrent save of the same version that commits first leaves this one matching no
        // row. The version goes up with every update, so each version is saved at most once.
        const [widget] = await db.widget.updateManyAndReturn({
          where: { id, lockVersion: changes.lockVersion },
          data: {
            name,
            priceCents: changes.priceCents,
            manufacturerId: manufacturer.id,
            widgetStatusId: status?.id,
            lockVersion: { increment: 1 },
          },
        });
        if (widget) return { updated: true, widget };
      } catch (error) {
        // Another request took the name first (the unique index decided), or the manufacturer
        // or status went away since they were checked.
        const fieldError = fieldErrorFromDatabaseError(error);
        if (!fieldError) throw error;
        errors.add(fieldError.attribute as WidgetAttribute, fieldError.message);
        return { updated: false, reason: 'invalid', errors };
      }
    }

    // Nothing was written: the widget has another version now, or no longer exists. This read
    // decides nothing; it tells the editor what the widget looks like now.
    const current = await db.widget.findUnique({ where: { id } });
    if (!current) return { updated: false, reason: 'not-found' };
    logger.info(
      { widgetId: id, lockVersion: changes.lockVersion, currentLockVersion: current.lockVersion },
      `Widget ${id} was not updated: it changed since the form was opened`,
    );
    return { updated: false, reason: 'stale', current };
  }
}
