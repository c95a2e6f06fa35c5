import Link from 'next/link';
import { Price } from '@/components/price';
import { WidgetIdentifier } from '@/components/widget-identifier';
import { widgetPath } from '@/lib/routes';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';

/** The cells every table of widgets shows the same way: a link to it, its identifier, price. */
export function widgetCells(widget: { id: number; name: string; priceCents: number }) {
  return {
    name: (
      <Link href={widgetPath(widget.id)} className="link">
        {widget.name}
      </Link>
    ),
    identifier: <WidgetIdentifier value={paddedUserFacingIdentifier(widget.id)} />,
    price: <Price cents={widget.priceCents} />,
  };
}
