import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { ratingDetails } from '@/styleguide/entries/rating';

export const generateMetadata = () => styleguideComponentMetadata('rating');

export default function StyleguideRatingPage() {
  return <StyleguideComponentPage slug="rating" details={ratingDetails} />;
}
