import { describe, expect, it } from 'vitest';
import {
  groupDesignTokens,
  parseThemeVariables,
  readDesignTokens,
  utilitySuffix,
} from '@/styleguide/tokens';

describe('the design tokens in app/globals.css', () => {
  // Reading the real file also proves every token there has a section on the tokens page:
  // groupDesignTokens throws for one that has none.
  const tokens = readDesignTokens();

  it('have the type scale 4.8 / 3.7 / 2.8 / 2.2 / 1.7 / 1.3 / 1.0 / 0.8 rem', () => {
    expect(tokens.typeScale.map((token) => token.value)).toEqual([
      '4.8rem',
      '3.7rem',
      '2.8rem',
      '2.2rem',
      '1.7rem',
      '1.3rem',
      '1rem',
      '0.8rem',
    ]);
  });

  it('name the colours text, brand, success, danger, warning and muted', () => {
    expect(tokens.colors.map(utilitySuffix)).toEqual(
      expect.arrayContaining(['text', 'brand', 'success', 'danger', 'warning', 'muted']),
    );
  });

  it('have a spacing step and radii', () => {
    expect(tokens.spacing.value).toMatch(/rem$/);
    expect(tokens.radii.length).toBeGreaterThan(0);
  });
});

describe('parseThemeVariables', () => {
  it('reads the custom properties of @theme blocks only, without comments', () => {
    const css = `
      :root { --not-a-token: 1px; }
      @theme static {
        --color-brand: #1d4ed8; /* blue */
        /* --color-gone: red; */
        --text-xl:   1.3rem ;
      }`;

    expect(parseThemeVariables(css)).toEqual([
      { variable: '--color-brand', value: '#1d4ed8' },
      { variable: '--text-xl', value: '1.3rem' },
    ]);
  });
});

describe('groupDesignTokens', () => {
  it('refuses a token the tokens page has no section for', () => {
    const tokens = [
      { variable: '--spacing', value: '0.25rem' },
      { variable: '--shadow-lg', value: '0 1px 2px black' },
    ];

    expect(() => groupDesignTokens(tokens)).toThrow('no section for --shadow-lg');
  });
});
