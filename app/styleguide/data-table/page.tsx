import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { dataTableDetails } from '@/styleguide/entries/data-table';

export const generateMetadata = () => styleguideComponentMetadata('data-table');

export default function StyleguideDataTablePage() {
  return <StyleguideComponentPage slug="data-table" details={dataTableDetails} />;
}
