import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { formFieldDetails } from '@/styleguide/entries/form-field';

export const generateMetadata = () => styleguideComponentMetadata('form-field');

export default function StyleguideFormFieldPage() {
  return <StyleguideComponentPage slug="form-field" details={formFieldDetails} />;
}
