import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMAIL_TOKENS, emailDocument, html } from './email-layout';

describe('EMAIL_TOKENS', () => {
  // The one definition of the design tokens is the @theme block of app/globals.css.
  const globalCss = readFileSync('app/globals.css', 'utf8');

  it.each(Object.entries(EMAIL_TOKENS))('%s is %s, as in app/globals.css', (variable, value) => {
    expect(globalCss).toMatch(
      new RegExp(`^\\s*${variable}:\\s*${value.replace('.', '\\.')};`, 'm'),
    );
  });
});

describe('html', () => {
  it('escapes what it interpolates, except markup made by html itself', () => {
    const name = `<script>alert("Bolt & 'Nut'")</script>`;
    const markup = html`<p>${name} ${html`<b>${'&'}</b>`} ${[html`<i>1</i>`, '<2>']}</p>`;

    expect(markup.value).toBe(
      '<p>&lt;script&gt;alert(&quot;Bolt &amp; &#39;Nut&#39;&quot;)&lt;/script&gt; <b>&amp;</b> <i>1</i>&lt;2&gt;</p>',
    );
  });
});

describe('emailDocument', () => {
  it('is a complete HTML document with the title and the content in it', () => {
    const document = emailDocument({ title: 'Hello & welcome', content: html`<p>Hi</p>` });

    expect(document).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(document).toContain('<title>Hello &amp; welcome</title>');
    expect(document).toContain('<p>Hi</p>');
  });
});
