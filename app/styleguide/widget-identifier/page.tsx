import {
  StyleguideComponentPage,
  styleguideComponentMetadata,
} from '@/app/styleguide/_components/styleguide-component-page';
import { widgetIdentifierDetails } from '@/styleguide/entries/widget-identifier';

export const generateMetadata = () => styleguideComponentMetadata('widget-identifier');

export default function StyleguideWidgetIdentifierPage() {
  return <StyleguideComponentPage slug="widget-identifier" details={widgetIdentifierDetails} />;
}
