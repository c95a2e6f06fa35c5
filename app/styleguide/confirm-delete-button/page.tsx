import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { confirmDeleteButtonDetails } from '@/styleguide/entries/confirm-delete-button';

export const generateMetadata = () => styleguideComponentMetadata('confirm-delete-button');

export default function StyleguideConfirmDeleteButtonPage() {
  return (
    <StyleguideComponentPage slug="confirm-delete-button" details={confirmDeleteButtonDetails} />
  );
}
