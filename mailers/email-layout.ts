import 'server-only';
import { escapeHtml } from '@/lib/html';

// What every email's HTML shares: the page around the content, the design tokens as inline
// styles, and an `html` template tag that escapes what is put into it. Email clients ignore
// stylesheets and CSS variables, so the tokens of app/globals.css are repeated here as values;
// email-layout.test.ts fails when one of them no longer matches.

/** The design tokens emails use, with their values from app/globals.css. */
export const EMAIL_TOKENS = {
  '--color-text': '#1f2933',
  '--color-muted': '#616e7c',
  '--color-brand': '#1d4ed8',
  '--color-surface': '#ffffff',
  '--color-subtle': '#f3f4f6',
  '--color-border': '#d2d6dc',
  '--text-xl': '1.3rem',
  '--text-base': '1rem',
  '--text-sm': '0.8rem',
  '--spacing': '0.25rem',
  '--radius-md': '0.5rem',
} as const;

const token = EMAIL_TOKENS;

/** `steps` of the spacing scale, as Tailwind's p-4 is 4 × --spacing. */
function spacing(steps: number): string {
  return `${steps * Number.parseFloat(token['--spacing'])}rem`;
}

// Font stacks without quoted names, so they need no escaping inside a style attribute.
const SANS_SERIF = 'ui-sans-serif, system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, Liberation Mono, monospace';

/** Inline styles for the elements emails are made of. */
export const emailStyles = {
  body: `margin:0; padding:${spacing(6)}; background:${token['--color-subtle']}; color:${token['--color-text']}; font-family:${SANS_SERIF}; font-size:${token['--text-base']}; line-height:1.5`,
  card: `max-width:36rem; margin:0 auto; padding:${spacing(6)}; background:${token['--color-surface']}; border:1px solid ${token['--color-border']}; border-radius:${token['--radius-md']}`,
  heading: `margin:0 0 ${spacing(4)}; color:${token['--color-brand']}; font-size:${token['--text-xl']}; line-height:1.3`,
  paragraph: `margin:0 0 ${spacing(2)}`,
  identifier: `font-family:${MONOSPACE}; font-variant-numeric:tabular-nums; white-space:nowrap`,
  footer: `margin:${spacing(6)} 0 0; color:${token['--color-muted']}; font-size:${token['--text-sm']}`,
} as const;

/** Markup that is already safe: what `html` returns, interpolated into another `html` as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

function interpolate(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeHtml(String(value));
}

/**
 * A template tag for email markup: every interpolated value is escaped (a widget named
 * `<b>Bolt</b>` shows as typed) unless it is itself the result of `html`.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((markup, string, index) => {
      return markup + string + (index < values.length ? interpolate(values[index]) : '');
    }, ''),
  );
}

/** A complete HTML document for an email: the content in a card, and why it was sent. */
export function emailDocument({ title, content }: { title: string; content: SafeHtml }): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
      </head>
      <body style="${emailStyles.body}">
        <div style="${emailStyles.card}">
          ${content}
          <p style="${emailStyles.footer}">
            Sent by Widgets because you are on its notification list.
          </p>
        </div>
      </body>
    </html> `.value;
}
