import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EMAIL_TOKENS } from './email-layout';
import { highPricedWidgetEmail, highPricedWidgetEmailPreview } from './high-priced-widget-mailer';

const email = highPricedWidgetEmail({
  to: 'finance@example.com',
  widget: { id: 1234, name: 'Stembolt' },
  manufacturer: { name: 'Cyberdyne Systems' },
  priceCents: 7_500_01,
});

function textOf(html: string): string {
  const { document } = new JSDOM(html).window;
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('highPricedWidgetEmail', () => {
  it('goes to the given address with the headline as its subject', () => {
    expect(email.to).toBe('finance@example.com');
    expect(email.subject).toBe('A new high-priced widget has been created!');
  });

  it('has an HTML part with the widget, its padded identifier, the manufacturer and the exact price', () => {
    const { document } = new JSDOM(email.html).window;

    expect(document.querySelector('h1')?.textContent).toBe(
      'A new high-priced widget has been created!',
    );
    expect(textOf(email.html)).toContain('Stembolt #0012.34 by Cyberdyne Systems Price: $7,500.01');
    expect(document.title).toBe('A new high-priced widget has been created!');
  });

  it('styles the HTML part inline with the design tokens', () => {
    const { document } = new JSDOM(email.html).window;

    expect(document.querySelector('h1')?.getAttribute('style')).toContain(
      `color:${EMAIL_TOKENS['--color-brand']}`,
    );
    expect(document.body.getAttribute('style')).toContain(`color:${EMAIL_TOKENS['--color-text']}`);
  });

  it('has a text part with the same content', () => {
    expect(email.text).toBe(
      [
        'A new high-priced widget has been created!',
        '',
        'Stembolt #0012.34',
        'by Cyberdyne Systems',
        'Price: $7,500.01',
        '',
      ].join('\n'),
    );
  });

  it('shows names as they were typed, markup included', () => {
    const named = highPricedWidgetEmail({
      ...highPricedWidgetEmailPreview,
      widget: { id: 1234, name: '<b>Bolt</b> & Nut' },
      manufacturer: { name: 'Smith & Sons' },
    });

    expect(textOf(named.html)).toContain('<b>Bolt</b> & Nut #0012.34 by Smith & Sons');
    expect(named.text).toContain('<b>Bolt</b> & Nut #0012.34\nby Smith & Sons');
  });

  it('previews with sample data: Stembolt, #0012.34, Cyberdyne Systems, $8,100.00', () => {
    expect(textOf(highPricedWidgetEmail(highPricedWidgetEmailPreview).html)).toContain(
      'Stembolt #0012.34 by Cyberdyne Systems Price: $8,100.00',
    );
  });
});
