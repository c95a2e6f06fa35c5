// The living style guide's content, rendered at /styleguide. Every component in components/ has
// an entry here (styleguide/entries.test.ts fails otherwise), listed in the order of the nav.
import { widgetIdentifierEntry } from '@/styleguide/entries/widget-identifier';
import type { StyleguideEntry } from '@/styleguide/types';

export const styleguideEntries: StyleguideEntry[] = [widgetIdentifierEntry];

export function findStyleguideEntry(slug: string): StyleguideEntry | undefined {
  return styleguideEntries.find((entry) => entry.slug === slug);
}
