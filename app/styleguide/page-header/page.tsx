import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { pageHeaderDetails } from '@/styleguide/entries/page-header';

export const generateMetadata = () => styleguideComponentMetadata('page-header');

export default function StyleguidePageHeaderPage() {
  return <StyleguideComponentPage slug="page-header" details={pageHeaderDetails} />;
}
