import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { Pagination } from '@/app/_components/pagination';
import { formatCents } from '@/lib/money';
import {
  parseWidgetListParams,
  WIDGET_SORTS,
  type SearchParams,
  type WidgetSort,
} from '@/lib/params';
import { widgetPath, widgetsPath } from '@/lib/routes';
import { WidgetIdentifier } from '@/components/widget-identifier';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';
import { listWidgets } from '@/services/widget-queries';

export const metadata: Metadata = { title: 'Our Widgets' };

const SORT_LABELS: Record<WidgetSort, string> = { name: 'Name', price: 'Price', newest: 'Newest' };

const linkClass = 'text-brand underline underline-offset-2 hover:text-brand-strong';

export default async function WidgetsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { page, sort, q } = parseWidgetListParams(await searchParams);
  const list = await listWidgets({ page, sort, q });

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Our Widgets</h1>

      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        {/* A GET form: the search is in the URL, so results can be bookmarked and shared. */}
        <Form action={widgetsPath()} role="search" className="flex items-end gap-2">
          <input type="hidden" name="sort" value={sort} />
          <div className="flex flex-col gap-1">
            <label htmlFor="q" className="font-semibold">
              Search by name
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              className="rounded-md border border-border px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand px-4 py-2 font-semibold text-surface hover:bg-brand-strong"
          >
            Search
          </button>
        </Form>

        <nav aria-label="Sort widgets" className="flex gap-3 pb-2">
          <span className="text-muted">Sort by:</span>
          <ul className="flex gap-3">
            {WIDGET_SORTS.map((option) => (
              <li key={option}>
                <Link
                  href={widgetsPath({ sort: option, q })}
                  aria-current={option === sort ? 'true' : undefined}
                  className={`${linkClass} aria-[current=true]:font-bold aria-[current=true]:no-underline`}
                >
                  {SORT_LABELS[option]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      {list.widgets.length === 0 ? (
        <p className="rounded-md bg-subtle p-6 text-center">
          {q ? `No widgets match “${q}”.` : 'There are no widgets yet.'}
        </p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">
            {list.totalCount === 1 ? '1 widget' : `${list.totalCount} widgets`}
            {q && ` matching “${q}”`}
          </caption>
          <thead>
            <tr className="border-b-2 border-border">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                ID
              </th>
              <th scope="col" className="py-2 pr-4">
                Manufacturer
              </th>
              <th scope="col" className="py-2 text-right">
                Price
              </th>
            </tr>
          </thead>
          <tbody>
            {list.widgets.map((widget) => (
              <tr key={widget.id} className="border-b border-border">
                <td className="py-2 pr-4">
                  <Link href={widgetPath(widget.id)} className={linkClass}>
                    {widget.name}
                  </Link>
                </td>
                <td className="py-2 pr-4">
                  <WidgetIdentifier value={paddedUserFacingIdentifier(widget.id)} />
                </td>
                <td className="py-2 pr-4">{widget.manufacturer.name}</td>
                <td className="py-2 text-right tabular-nums">{formatCents(widget.priceCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        pathForPage={(page) => widgetsPath({ page, sort, q })}
        label="Widget pages"
      />
    </>
  );
}
