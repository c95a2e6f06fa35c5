import 'server-only';
import type { Email } from '@/lib/mail';
import { formatCents } from '@/lib/money';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';
import { emailDocument, emailStyles, html } from './email-layout';

// The email finance gets about a widget priced over $7,500.00 (PRODUCT.md §5). Only formats:
// WidgetCreator.highPricedWidgetCheck decides whether, and to whom, it is sent.

export type HighPricedWidgetEmailData = {
  to: string;
  widget: { id: number; name: string };
  manufacturer: { name: string };
  /** The price the widget was created with. */
  priceCents: number;
};

const HEADLINE = 'A new high-priced widget has been created!';

export function highPricedWidgetEmail(data: HighPricedWidgetEmailData): Email {
  const identifier = `#${paddedUserFacingIdentifier(data.widget.id)}`;
  const price = formatCents(data.priceCents);
  const content = html`<h1 style="${emailStyles.heading}">${HEADLINE}</h1>
    <p style="${emailStyles.paragraph}">
      <strong>${data.widget.name}</strong>
      <span style="${emailStyles.identifier}">${identifier}</span>
    </p>
    <p style="${emailStyles.paragraph}">by ${data.manufacturer.name}</p>
    <p style="${emailStyles.paragraph}">Price: <strong>${price}</strong></p>`;
  return {
    to: data.to,
    subject: HEADLINE,
    html: emailDocument({ title: HEADLINE, content }),
    text: [
      HEADLINE,
      '',
      `${data.widget.name} ${identifier}`,
      `by ${data.manufacturer.name}`,
      `Price: ${price}`,
      '',
    ].join('\n'),
  };
}

/** Sample data for the mail preview (PRODUCT.md §9): built in memory, nothing is stored or sent. */
export const highPricedWidgetEmailPreview: HighPricedWidgetEmailData = {
  to: 'finance@example.com',
  widget: { id: 1234, name: 'Stembolt' },
  manufacturer: { name: 'Cyberdyne Systems' },
  priceCents: 8_100_00,
};
