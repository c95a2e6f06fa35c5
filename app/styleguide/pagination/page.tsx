import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { paginationDetails } from '@/styleguide/entries/pagination';

export const generateMetadata = () => styleguideComponentMetadata('pagination');

export default function StyleguidePaginationPage() {
  return <StyleguideComponentPage slug="pagination" details={paginationDetails} />;
}
