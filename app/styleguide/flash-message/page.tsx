import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { flashMessageDetails } from '@/styleguide/entries/flash-message';

export const generateMetadata = () => styleguideComponentMetadata('flash-message');

export default function StyleguideFlashMessagePage() {
  return <StyleguideComponentPage slug="flash-message" details={flashMessageDetails} />;
}
