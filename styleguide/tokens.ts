// The design tokens the style guide's tokens page shows, read from their one definition: the
// `@theme` block of app/globals.css. Nothing here repeats a value, so the page cannot drift from
// the CSS the app is styled with.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A CSS custom property from the theme, e.g. `--color-brand: #1d4ed8`. */
export type DesignToken = { variable: string; value: string };

export type DesignTokens = {
  colors: DesignToken[];
  /** Largest first, as in globals.css. */
  typeScale: DesignToken[];
  /** The step every spacing utility multiplies: `p-4` is 4 × this. */
  spacing: DesignToken;
  radii: DesignToken[];
};

const GLOBAL_CSS = path.join(process.cwd(), 'app', 'globals.css');

/** The tokens of app/globals.css. Read on each request: the file is small and this is a dev tool. */
export function readDesignTokens(): DesignTokens {
  return groupDesignTokens(parseThemeVariables(readFileSync(GLOBAL_CSS, 'utf8')));
}

/** Every custom property declared in the stylesheet's `@theme` blocks, in order. */
export function parseThemeVariables(css: string): DesignToken[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const themeBlocks = withoutComments.matchAll(/@theme\b[^{]*\{([^}]*)\}/g);
  return [...themeBlocks].flatMap(([, body]) =>
    [...body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, variable, value]) => ({
      variable: variable!,
      value: value!.trim(),
    })),
  );
}

/**
 * Sorts the theme's variables into the groups the tokens page shows, by Tailwind's namespaces.
 * A variable of any other namespace throws: the tokens page must show every token, so a new
 * kind of token needs a section there first.
 */
export function groupDesignTokens(tokens: DesignToken[]): DesignTokens {
  const colors: DesignToken[] = [];
  const typeScale: DesignToken[] = [];
  const radii: DesignToken[] = [];
  let spacing: DesignToken | undefined;

  for (const token of tokens) {
    if (token.variable.startsWith('--color-')) colors.push(token);
    else if (token.variable.startsWith('--text-')) typeScale.push(token);
    else if (token.variable.startsWith('--radius-')) radii.push(token);
    else if (token.variable === '--spacing') spacing = token;
    else throw new Error(`The style guide's tokens page has no section for ${token.variable}.`);
  }
  if (!spacing) throw new Error('The theme defines no --spacing step.');
  return { colors, typeScale, spacing, radii };
}

/**
 * The Tailwind utility suffix a theme variable creates: `--color-brand` → "brand" (as in
 * `bg-brand`), `--text-4xl` → "4xl" (`text-4xl`), `--radius-md` → "md" (`rounded-md`).
 */
export function utilitySuffix({ variable }: DesignToken): string {
  return variable.replace(/^--(color|text|radius)-/, '');
}
