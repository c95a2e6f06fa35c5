import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import reactElementToJSXString from 'react-element-to-jsx-string';
import { describe, expect, it } from 'vitest';
import { styleguideEntries } from '@/styleguide';
import { findStyleguideEntryDetails } from '@/styleguide/entries';

const COMPONENTS_DIR = path.resolve(import.meta.dirname, '../components');
const componentFolders = readdirSync(COMPONENTS_DIR).filter((name) =>
  statSync(path.join(COMPONENTS_DIR, name)).isDirectory(),
);

describe('the living style guide', () => {
  it('has an entry for every component in components/', () => {
    const slugs = styleguideEntries.map((entry) => entry.slug).sort();
    expect(slugs).toEqual([...componentFolders].sort());
  });

  describe.each(styleguideEntries.map((entry) => [entry.slug] as const))('%s', (slug) => {
    // Its page's content, kept apart from the list (styleguide/index.ts says why).
    const details = findStyleguideEntryDetails(slug);

    it('documents its options and shows at least one example', () => {
      expect(details?.options.length).toBeGreaterThan(0);
      expect(details?.examples.length).toBeGreaterThan(0);
      for (const option of details?.options ?? []) expect(option.description).not.toBe('');
    });

    it.each((details?.examples ?? []).map((example) => [example.title, example] as const))(
      'shows the code that produced "%s"',
      (_, example) => {
        expect(reactElementToJSXString(example.element, { showDefaultProps: false })).toBe(
          example.code,
        );
      },
    );
  });
});
