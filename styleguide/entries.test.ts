import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import reactElementToJSXString from 'react-element-to-jsx-string';
import { describe, expect, it } from 'vitest';
import { styleguideEntries } from '@/styleguide';
import type { StyleguideEntryDetails } from '@/styleguide/types';

const COMPONENTS_DIR = path.resolve(import.meta.dirname, '../components');
const STYLEGUIDE_ROUTES_DIR = path.resolve(import.meta.dirname, '../app/styleguide');

/** A component's options and examples: the one export of styleguide/entries/<slug>.tsx. */
async function detailsOf(slug: string): Promise<StyleguideEntryDetails> {
  const entryModule: Record<string, StyleguideEntryDetails> = await import(`./entries/${slug}.tsx`);
  const [details, ...others] = Object.values(entryModule);
  if (!details || others.length > 0) throw new Error(`entries/${slug}.tsx must export one entry.`);
  return details;
}
const componentFolders = readdirSync(COMPONENTS_DIR).filter((name) =>
  statSync(path.join(COMPONENTS_DIR, name)).isDirectory(),
);

describe('the living style guide', () => {
  it('has an entry for every component in components/', () => {
    const slugs = styleguideEntries.map((entry) => entry.slug).sort();
    expect(slugs).toEqual([...componentFolders].sort());
  });

  describe.each(styleguideEntries.map((entry) => [entry.slug] as const))('%s', async (slug) => {
    // Its page's content, kept apart from the list (styleguide/index.ts says why).
    const details = await detailsOf(slug);

    it('has a page of its own, app/styleguide/<slug>/page.tsx, showing its entry', () => {
      const route = path.join(STYLEGUIDE_ROUTES_DIR, slug, 'page.tsx');
      expect(existsSync(route)).toBe(true);
      expect(readFileSync(route, 'utf8')).toContain(`from '@/styleguide/entries/${slug}'`);
    });

    it('documents its options and shows at least one example', () => {
      expect(details.options.length).toBeGreaterThan(0);
      expect(details.examples.length).toBeGreaterThan(0);
      for (const option of details.options) expect(option.description).not.toBe('');
    });

    it.each(details.examples.map((example) => [example.title, example] as const))(
      'shows the code that produced "%s"',
      (_, example) => {
        expect(reactElementToJSXString(example.element, { showDefaultProps: false })).toBe(
          example.code,
        );
      },
    );
  });
});
