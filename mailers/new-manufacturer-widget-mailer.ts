import 'server-only';
import type { Email } from '@/lib/mail';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';
import { emailDocument, emailStyles, html } from './email-layout';

// The email admin gets about a widget from a recently registered manufacturer (PRODUCT.md §5).
// Only formats: WidgetCreator.widgetFromNewManufacturerCheck decides whether, and to whom, it is
// sent.

export type NewManufacturerWidgetEmailData = {
  to: string;
  widget: { id: number; name: string };
  manufacturer: { name: string; createdAt: Date };
};

const HEADLINE = 'A widget from a new manufacturer has been created';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function newManufacturerWidgetEmail(data: NewManufacturerWidgetEmailData): Email {
  const identifier = `#${paddedUserFacingIdentifier(data.widget.id)}`;
  const registered = `registered on ${longDate.format(data.manufacturer.createdAt)}`;
  const content = html`<h1 style="${emailStyles.heading}">${HEADLINE}</h1>
    <p style="${emailStyles.paragraph}">
      <strong>${data.widget.name}</strong>
      <span style="${emailStyles.identifier}">${identifier}</span>
    </p>
    <p style="${emailStyles.paragraph}">by ${data.manufacturer.name}, ${registered}</p>`;
  return {
    to: data.to,
    subject: HEADLINE,
    html: emailDocument({ title: HEADLINE, content }),
    text: [
      HEADLINE,
      '',
      `${data.widget.name} ${identifier}`,
      `by ${data.manufacturer.name}, ${registered}`,
      '',
    ].join('\n'),
  };
}

/** Sample data for the mail preview (PRODUCT.md §9): built in memory, nothing is stored or sent. */
export const newManufacturerWidgetEmailPreview: NewManufacturerWidgetEmailData = {
  to: 'admin@example.com',
  widget: { id: 1234, name: 'Stembolt' },
  manufacturer: { name: 'Cyberdyne Systems', createdAt: new Date('2026-11-01T00:00:00Z') },
};
