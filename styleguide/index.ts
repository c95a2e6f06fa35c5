// The living style guide's content, rendered at /styleguide. Every component in components/ has
// an entry here (styleguide/entries.test.ts fails otherwise), listed in the order of the nav.
import { buttonEntry } from '@/styleguide/entries/button';
import { confirmDeleteButtonEntry } from '@/styleguide/entries/confirm-delete-button';
import { dataTableEntry } from '@/styleguide/entries/data-table';
import { errorBannerEntry } from '@/styleguide/entries/error-banner';
import { flashMessageEntry } from '@/styleguide/entries/flash-message';
import { formFieldEntry } from '@/styleguide/entries/form-field';
import { pageHeaderEntry } from '@/styleguide/entries/page-header';
import { paginationEntry } from '@/styleguide/entries/pagination';
import { priceEntry } from '@/styleguide/entries/price';
import { ratingEntry } from '@/styleguide/entries/rating';
import { widgetIdentifierEntry } from '@/styleguide/entries/widget-identifier';
import type { StyleguideEntry } from '@/styleguide/types';

export const styleguideEntries: StyleguideEntry[] = [
  pageHeaderEntry,
  dataTableEntry,
  paginationEntry,
  priceEntry,
  ratingEntry,
  flashMessageEntry,
  buttonEntry,
  formFieldEntry,
  errorBannerEntry,
  confirmDeleteButtonEntry,
  widgetIdentifierEntry,
];

export function findStyleguideEntry(slug: string): StyleguideEntry | undefined {
  return styleguideEntries.find((entry) => entry.slug === slug);
}
