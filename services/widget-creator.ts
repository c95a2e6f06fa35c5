import 'server-only';
import type { Widget } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { enqueueJob } from '@/lib/job-queue';
import { logger } from '@/lib/logger';
import { formatCents } from '@/lib/money';
import { ValidationErrors } from '@/lib/validation-errors';

// Creating a widget, the shop's core business process (PRODUCT.md §5): the field rules, the
// insert, and the two follow-up checks queued in the same transaction.

export type WidgetAttribute = 'name' | 'price' | 'manufacturer';

export type NewWidget = {
  /** As typed; surrounding spaces do not count. */
  name: string;
  /** Null when what was typed is not an amount of dollars (lib/money.ts parseDollarsToCents). */
  priceCents: number | null;
  /** Null when none was chosen. */
  manufacturerId: number | null;
};

export type CreateWidgetResult =
  { created: true; widget: Widget } | { created: false; errors: ValidationErrors<WidgetAttribute> };

export const MINIMUM_NAME_LENGTH = 5;
export const MAXIMUM_PRICE_CENTS = 10_000_00;
/** Manufacturers registered before this date sell nothing under $100 (a contract of theirs). */
export const LEGACY_MANUFACTURER_CUTOFF = new Date('2010-01-01T00:00:00Z');
export const LEGACY_MINIMUM_PRICE_CENTS = 100_00;

export class WidgetCreator {
  async createWidget(input: NewWidget): Promise<CreateWidgetResult> {
    const name = input.name.trim();
    const manufacturer =
      input.manufacturerId === null
        ? null
        : await db.manufacturer.findUnique({ where: { id: input.manufacturerId } });

    const errors = new ValidationErrors<WidgetAttribute>();
    await this.#checkName(name, manufacturer?.id ?? null, errors);
    this.#checkPrice(input.priceCents, manufacturer?.createdAt ?? null, errors);
    if (!manufacturer) errors.add('manufacturer', "can't be blank");
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
        });
        logger.info({ widgetId: widget.id }, `Widget ${widget.id} is valid. Queueing jobs`);
        await enqueueJob(tx, 'high-priced-widget-check', { widgetId: widget.id, priceCents });
        await enqueueJob(tx, 'widget-from-new-manufacturer-check', {
          widgetId: widget.id,
          manufacturerCreatedAt: manufacturer.createdAt.toISOString(),
        });
        return widget;
      });
      return { created: true, widget };
    } catch (error) {
      // Another request won the race for the same name: the unique index decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as WidgetAttribute, fieldError.message);
      return { created: false, errors };
    }
  }

  async #checkName(
    name: string,
    manufacturerId: number | null,
    errors: ValidationErrors<WidgetAttribute>,
  ): Promise<void> {
    if (name === '') {
      errors.add('name', "can't be blank");
      return;
    }
    if (name.length < MINIMUM_NAME_LENGTH) {
      errors.add('name', `is too short (minimum is ${MINIMUM_NAME_LENGTH} characters)`);
    }
    if (manufacturerId !== null) {
      const taken = await db.widget.findFirst({
        where: { name, manufacturerId },
        select: { id: true },
      });
      if (taken) errors.add('name', 'has already been taken');
    }
  }

  #checkPrice(
    priceCents: number | null,
    manufacturerCreatedAt: Date | null,
    errors: ValidationErrors<WidgetAttribute>,
  ): void {
    if (priceCents === null) {
      errors.add('price', 'is not a number');
      return;
    }
    if (priceCents <= 0) errors.add('price', 'must be greater than 0');
    if (priceCents > MAXIMUM_PRICE_CENTS) {
      errors.add('price', `must be less than or equal to ${formatCents(MAXIMUM_PRICE_CENTS)}`);
    }
    if (
      manufacturerCreatedAt !== null &&
      manufacturerCreatedAt < LEGACY_MANUFACTURER_CUTOFF &&
      priceCents < LEGACY_MINIMUM_PRICE_CENTS
    ) {
      // The message's wording is kept from the original app (PRODUCT.md §5).
      errors.add('price', 'must be < $100 for legacy manufacturers');
    }
  }
}
