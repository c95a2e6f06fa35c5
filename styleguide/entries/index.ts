// Each component's options and examples, by slug: what its page in the style guide shows below
// its description. Only that page imports this module, since it imports every component
// (styleguide/index.ts says why the list of components is kept apart).
import { buttonDetails } from '@/styleguide/entries/button';
import { confirmDeleteButtonDetails } from '@/styleguide/entries/confirm-delete-button';
import { dataTableDetails } from '@/styleguide/entries/data-table';
import { errorBannerDetails } from '@/styleguide/entries/error-banner';
import { flashMessageDetails } from '@/styleguide/entries/flash-message';
import { formFieldDetails } from '@/styleguide/entries/form-field';
import { pageHeaderDetails } from '@/styleguide/entries/page-header';
import { paginationDetails } from '@/styleguide/entries/pagination';
import { priceDetails } from '@/styleguide/entries/price';
import { ratingDetails } from '@/styleguide/entries/rating';
import { widgetIdentifierDetails } from '@/styleguide/entries/widget-identifier';
import type { StyleguideEntryDetails } from '@/styleguide/types';

const detailsBySlug: Record<string, StyleguideEntryDetails> = {
  'page-header': pageHeaderDetails,
  'data-table': dataTableDetails,
  pagination: paginationDetails,
  price: priceDetails,
  rating: ratingDetails,
  'flash-message': flashMessageDetails,
  button: buttonDetails,
  'form-field': formFieldDetails,
  'error-banner': errorBannerDetails,
  'confirm-delete-button': confirmDeleteButtonDetails,
  'widget-identifier': widgetIdentifierDetails,
};

export function findStyleguideEntryDetails(slug: string): StyleguideEntryDetails | undefined {
  return detailsBySlug[slug];
}
