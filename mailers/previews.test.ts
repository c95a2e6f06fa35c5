import { readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMailPreview, mailPreviews } from './previews';

function textOf(html: string): string {
  return (new JSDOM(html).window.document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('mailPreviews', () => {
  it('has a preview for every mailer in mailers/', () => {
    const mailers = readdirSync('mailers')
      .filter((file) => file.endsWith('-mailer.ts'))
      .map((file) => file.replace(/-mailer\.ts$/, ''));

    expect(mailPreviews.map((preview) => preview.slug).sort()).toEqual(mailers.sort());
  });

  it('renders each email with an HTML and a text part', () => {
    for (const preview of mailPreviews) {
      const email = preview.render();
      expect(textOf(email.html)).toContain(email.subject);
      expect(email.text).toContain(email.subject);
    }
  });

  it('shows finance Stembolt, #0012.34, by Cyberdyne Systems, at $8,100.00', () => {
    const email = findMailPreview('high-priced-widget')!.render();

    for (const part of [textOf(email.html), email.text]) {
      for (const sample of ['Stembolt', '#0012.34', 'Cyberdyne Systems', '$8,100.00']) {
        expect(part).toContain(sample);
      }
    }
  });

  it('finds a preview by its slug, and nothing for an unknown one', () => {
    expect(findMailPreview('new-manufacturer-widget')?.name).toBe('Widget from a new manufacturer');
    expect(findMailPreview('weekly-digest')).toBeUndefined();
  });
});
