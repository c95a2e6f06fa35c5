import 'server-only';
import type { Email } from '@/lib/mail';
import { highPricedWidgetEmail, highPricedWidgetEmailPreview } from './high-priced-widget-mailer';
import {
  newManufacturerWidgetEmail,
  newManufacturerWidgetEmailPreview,
} from './new-manufacturer-widget-mailer';

// Every email, rendered with its sample data for the mail previews (app/mail_previews, development
// only; PRODUCT.md §9). Built in memory: nothing is read from or written to the database, and
// nothing is sent. previews.test.ts fails when a mailer has no preview here.

export type MailPreview = {
  /** The mailer's file name without "-mailer.ts", used in the preview's URL. */
  slug: string;
  name: string;
  /** Who gets the email, and when. */
  description: string;
  render: () => Email;
};

export const mailPreviews: MailPreview[] = [
  {
    slug: 'high-priced-widget',
    name: 'High-priced widget',
    description: 'To finance (FINANCE_EMAIL), when a widget is created at more than $7,500.00.',
    render: () => highPricedWidgetEmail(highPricedWidgetEmailPreview),
  },
  {
    slug: 'new-manufacturer-widget',
    name: 'Widget from a new manufacturer',
    description:
      'To admin (ADMIN_EMAIL), when a widget is created for a manufacturer registered in the last 60 days.',
    render: () => newManufacturerWidgetEmail(newManufacturerWidgetEmailPreview),
  },
];

export function findMailPreview(slug: string): MailPreview | undefined {
  return mailPreviews.find((preview) => preview.slug === slug);
}
