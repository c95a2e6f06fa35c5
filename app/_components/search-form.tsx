import Form from 'next/form';
import { Button } from '@/components/button';

/**
 * A list's search box: a GET form, so the search is in the URL and results can be bookmarked and
 * shared. It keeps the list's sort and starts again from the first page.
 */
export function SearchForm({
  action,
  sort,
  q,
  label = 'Search by name',
}: {
  action: string;
  sort: string;
  q: string;
  /** What the search looks in, e.g. "Search by name or email". */
  label?: string;
}) {
  return (
    <Form action={action} role="search" className="mb-6 flex items-end gap-2">
      <input type="hidden" name="sort" value={sort} />
      <div className="flex flex-col gap-1">
        <label htmlFor="q" className="font-semibold">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          className="rounded-md border border-border px-3 py-2"
        />
      </div>
      <Button>Search</Button>
    </Form>
  );
}
