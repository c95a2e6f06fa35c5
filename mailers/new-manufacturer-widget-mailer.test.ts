import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  newManufacturerWidgetEmail,
  newManufacturerWidgetEmailPreview,
} from './new-manufacturer-widget-mailer';

const email = newManufacturerWidgetEmail({
  to: 'admin@example.com',
  widget: { id: 98, name: 'Flux Capacitor' },
  manufacturer: { name: 'Cyberdyne Systems', createdAt: new Date('2026-10-05T23:30:00Z') },
});

function textOf(html: string): string {
  const { document } = new JSDOM(html).window;
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('newManufacturerWidgetEmail', () => {
  it('goes to the given address with the headline as its subject', () => {
    expect(email.to).toBe('admin@example.com');
    expect(email.subject).toBe('A widget from a new manufacturer has been created');
  });

  it('has an HTML part with the widget and the manufacturer', () => {
    const { document } = new JSDOM(email.html).window;

    expect(document.querySelector('h1')?.textContent).toBe(
      'A widget from a new manufacturer has been created',
    );
    expect(textOf(email.html)).toContain(
      'Flux Capacitor #0000.98 by Cyberdyne Systems, registered on October 5, 2026',
    );
  });

  it('has a text part with the same content', () => {
    expect(email.text).toBe(
      [
        'A widget from a new manufacturer has been created',
        '',
        'Flux Capacitor #0000.98',
        'by Cyberdyne Systems, registered on October 5, 2026',
        '',
      ].join('\n'),
    );
  });

  it('shows names as they were typed, markup included', () => {
    const named = newManufacturerWidgetEmail({
      ...newManufacturerWidgetEmailPreview,
      manufacturer: { name: '<i>Acme</i> & Co', createdAt: new Date('2026-11-01') },
    });

    expect(textOf(named.html)).toContain('by <i>Acme</i> & Co, registered on November 1, 2026');
  });
});
