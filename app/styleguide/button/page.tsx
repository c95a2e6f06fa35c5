import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { buttonDetails } from '@/styleguide/entries/button';

export const generateMetadata = () => styleguideComponentMetadata('button');

export default function StyleguideButtonPage() {
  return <StyleguideComponentPage slug="button" details={buttonDetails} />;
}
