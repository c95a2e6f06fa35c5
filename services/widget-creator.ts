import 'server-only';
import type { Widget } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { constraintViolationOf, fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { env } from '@/lib/env';
import { enqueueJob } from '@/lib/job-queue';
import { logger } from '@/lib/logger';
import { deliverMail, type Email } from '@/lib/mail';
import { metrics } from '@/lib/metrics';
import type { ValidationErrors } from '@/lib/validation-errors';
import { highPricedWidgetEmail } from '@/mailers/high-priced-widget-mailer';
import { newManufacturerWidgetEmail } from '@/mailers/new-manufacturer-widget-mailer';
import {
  checkWidgetFields,
  type WidgetAttribute,
  type WidgetFields,
} from '@/services/widget-rules';

// Creating a widget, the shop's core business process (PRODUCT.md §5): the field rules (shared
// with editing, services/widget-rules.ts), the insert, and the two follow-up checks queued in the
// same transaction.

/** A widget to create, as the form (or the API) gave it. */
export type NewWidget = WidgetFields;

/** The widget created, with its manufacturer and status (what the JSON API answers with). */
export type CreatedWidget = Widget & {
  manufacturer: { id: number; name: string };
  widgetStatus: { name: string };
};

export type CreateWidgetResult =
  | { created: true; widget: CreatedWidget }
  | { created: false; errors: ValidationErrors<WidgetAttribute> };

/** Finance hears of every widget created at more than this. */
export const HIGH_PRICE_THRESHOLD_CENTS = 7_500_00;
/** Admin hears of every widget from a manufacturer registered at most this many days ago. */
export const NEW_MANUFACTURER_DAYS = 60;

/** The emails the follow-up checks send, at most one of each per widget (email_deliveries.kind). */
type EmailKind = 'high_priced_widget' | 'new_manufacturer_widget';

/** What a follow-up check did. */
export type WidgetCheckResult =
  | { emailed: true; messageId: string }
  | { emailed: false; reason: 'rule-not-met' | 'already-emailed' | 'widget-deleted' };

export class WidgetCreator {
  async createWidget(input: NewWidget): Promise<CreateWidgetResult> {
    const { errors, name, manufacturer } = await checkWidgetFields(input);
    if (!errors.isEmpty || !manufacturer || input.priceCents === null) {
      return { created: false, errors };
    }

    const priceCents = input.priceCents;
    try {
      const widget = await db.$transaction(async (tx) => {
        // Reference data every environment has (created by migration); its absence is a bug.
        const fresh = await tx.widgetStatus.findUnique({ where: { name: 'Fresh' } });
        if (!fresh) throw new Error('The widget status "Fresh" is missing: run the migrations.');

        const widget = await tx.widget.create({
          data: { name, priceCents, manufacturerId: manufacturer.id, widgetStatusId: fresh.id },
          include: {
            manufacturer: { select: { id: true, name: true } },
            widgetStatus: { select: { name: true } },
          },
        });
        logger.info({ widgetId: widget.id }, `Widget ${widget.id} is valid. Queueing jobs`);
        await enqueueJob(tx, 'high-priced-widget-check', { widgetId: widget.id, priceCents });
        await enqueueJob(tx, 'widget-from-new-manufacturer-check', {
          widgetId: widget.id,
          manufacturerCreatedAt: manufacturer.createdAt.toISOString(),
        });
        return widget;
      });
      // Counted once committed: a rolled-back insert created nothing.
      metrics.widgetsCreated.inc();
      if (priceCents > HIGH_PRICE_THRESHOLD_CENTS) metrics.highPricedWidgets.inc();
      return { created: true, widget };
    } catch (error) {
      // Another request won the race for the same name: the unique index decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as WidgetAttribute, fieldError.message);
      return { created: false, errors };
    }
  }

  /**
   * The high-priced check, queued by createWidget with the price the widget was created at: a
   * widget created at more than $7,500.00 is emailed to finance, once. Run by
   * jobs/high-priced-widget-check.ts.
   */
  async highPricedWidgetCheck(check: {
    widgetId: number;
    priceCents: number;
  }): Promise<WidgetCheckResult> {
    if (check.priceCents <= HIGH_PRICE_THRESHOLD_CENTS) {
      return { emailed: false, reason: 'rule-not-met' };
    }
    return this.#emailOnce(check.widgetId, 'high_priced_widget', (widget) =>
      highPricedWidgetEmail({
        to: env.FINANCE_EMAIL,
        widget,
        manufacturer: widget.manufacturer,
        priceCents: check.priceCents,
      }),
    );
  }

  /**
   * The new-manufacturer check, queued by createWidget with the manufacturer's registration time:
   * a widget from a manufacturer registered within the last 60 days (counted from now, when the
   * job runs, seconds after the widget was created) is emailed to admin, once. Run by
   * jobs/widget-from-new-manufacturer-check.ts.
   */
  async widgetFromNewManufacturerCheck(check: {
    widgetId: number;
    manufacturerCreatedAt: Date;
  }): Promise<WidgetCheckResult> {
    const newSince = new Date(Date.now() - NEW_MANUFACTURER_DAYS * 24 * 60 * 60 * 1000);
    if (check.manufacturerCreatedAt < newSince) return { emailed: false, reason: 'rule-not-met' };
    return this.#emailOnce(check.widgetId, 'new_manufacturer_widget', (widget) =>
      newManufacturerWidgetEmail({
        to: env.ADMIN_EMAIL,
        widget,
        manufacturer: { name: widget.manufacturer.name, createdAt: check.manufacturerCreatedAt },
      }),
    );
  }

  /**
   * Sends the widget's email of this kind unless it was sent before, then records the delivery
   * (email_deliveries, unique per widget and kind), so a retried job does not send it again.
   *
   * Email is never sent inside a transaction (ARCHITECTURE.md §4), so sending and recording
   * cannot be one atomic step; the order look up → send → record decides what a crashed or
   * killed worker costs when pg-boss retries the job:
   * - before the SMTP server accepted the email (where a job spends nearly all its time): no
   *   record, so the retry sends it. Sent once.
   * - after the record was committed: the retry finds it and sends nothing. Sent once.
   * - in the milliseconds between the server accepting the email and the record's commit: the
   *   retry sends it a second time. This window remains. Recording before sending would close it
   *   by risking the opposite, an email never sent, which is worse for a notification.
   * The same holds for a job that expires while its send still runs (its retry could send
   * alongside): lib/mail.ts keeps every send far shorter than a job's expiry, and the unique
   * index keeps one record even then.
   */
  async #emailOnce(
    widgetId: number,
    kind: EmailKind,
    compose: (widget: Widget & { manufacturer: { name: string } }) => Email,
  ): Promise<WidgetCheckResult> {
    const delivered = await db.emailDelivery.findUnique({
      where: { widgetId_kind: { widgetId, kind } },
    });
    if (delivered) {
      logger.info({ widgetId, kind }, `Widget ${widgetId}: the ${kind} email was already sent`);
      return { emailed: false, reason: 'already-emailed' };
    }
    const widget = await db.widget.findUnique({
      where: { id: widgetId },
      include: { manufacturer: true },
    });
    if (!widget) {
      // Deleted since it was created: there is nothing left to tell anyone about.
      logger.info({ widgetId, kind }, `Widget ${widgetId} no longer exists: no ${kind} email`);
      return { emailed: false, reason: 'widget-deleted' };
    }

    const email = compose(widget);
    const { messageId } = await deliverMail(email);

    let count: number;
    try {
      ({ count } = await db.emailDelivery.createMany({
        data: [{ widgetId, kind, recipient: email.to, messageId }],
        skipDuplicates: true,
      }));
    } catch (error) {
      // Deleted while its email was on the way: sent, and nothing is left to record it against.
      // (A retry would find no widget and send nothing; failing the job would only add noise.)
      if (constraintViolationOf(error)?.constraint !== 'email_deliveries_widget_id_fkey')
        throw error;
      logger.info(
        { widgetId, kind, messageId },
        `Widget ${widgetId} was deleted as its ${kind} email was sent`,
      );
      return { emailed: true, messageId };
    }
    if (count === 0) {
      logger.warn({ widgetId, kind, messageId }, `Widget ${widgetId}: ${kind} email sent twice`);
    }
    return { emailed: true, messageId };
  }
}
