import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { errorBannerDetails } from '@/styleguide/entries/error-banner';

export const generateMetadata = () => styleguideComponentMetadata('error-banner');

export default function StyleguideErrorBannerPage() {
  return <StyleguideComponentPage slug="error-banner" details={errorBannerDetails} />;
}
