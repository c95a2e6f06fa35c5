import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { priceDetails } from '@/styleguide/entries/price';

export const generateMetadata = () => styleguideComponentMetadata('price');

export default function StyleguidePricePage() {
  return <StyleguideComponentPage slug="price" details={priceDetails} />;
}
