import type { Metadata } from 'next';
import Link from 'next/link';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { SearchForm } from '@/app/_components/search-form';
import { Button } from '@/components/button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { authorize, currentAbility } from '@/lib/authorization';
import { formatDate } from '@/lib/dates';
import type { Cursor } from '@/lib/pagination';
import { parseUserListParams, type SearchParams, type UserSort } from '@/lib/params';
import { ROLE_NAMES } from '@/lib/policy';
import { editUserPath, newUserPath, usersPath } from '@/lib/routes';
import { listUsers } from '@/services/user-queries';

export const metadata: Metadata = { title: 'Users' };

// Each sort orders the list by one column, in one direction (services/user-queries.ts).
const SORT_DIRECTIONS: Record<UserSort, 'ascending' | 'descending'> = {
  name: 'ascending',
  email: 'ascending',
};

const SORT_DESCRIPTIONS: Record<UserSort, string> = {
  name: 'sorted by name',
  email: 'sorted by email',
};

// What the table shows: which users and in which order, not how many (ADR 11).
function describeList(sort: UserSort, q: string): string {
  return `${q ? `Users matching “${q}”` : 'All users'}, ${SORT_DESCRIPTIONS[sort]}`;
}

function Timestamp({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {formatDate(date)}
    </time>
  );
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await authorize('read', 'User')).allowed) return renderForbidden();
  const { sort, q, cursor } = parseUserListParams(await searchParams);
  const [list, ability] = await Promise.all([listUsers({ sort, q, cursor }), currentAbility()]);

  // A sortable column's header links to the first page sorted by that column, keeping the search.
  const sortableBy = (option: UserSort) => ({
    sortHref: usersPath({ sort: option, q }),
    sorted: option === sort ? SORT_DIRECTIONS[option] : undefined,
  });
  // Paging keeps the sort and the search.
  const pageHref = (page: Cursor | null) => (page ? usersPath({ sort, q, ...page }) : undefined);

  return (
    <>
      <PageHeader
        heading="Users"
        description="Staff who sign in, and what their role lets them do."
        actions={ability.can('create', 'User') && <Button href={newUserPath()}>New user</Button>}
      />

      <SearchForm action={usersPath()} sort={sort} q={q} label="Search by name or email" />

      <DataTable
        caption={describeList(sort, q)}
        columns={[
          { key: 'name', label: 'Name', ...sortableBy('name') },
          { key: 'email', label: 'Email', ...sortableBy('email') },
          { key: 'role', label: 'Role' },
          { key: 'state', label: 'State' },
          { key: 'created', label: 'Created' },
        ]}
        rows={list.users.map((user) => ({
          key: user.id,
          cells: {
            name: (
              <Link href={editUserPath(user.id)} className="link">
                {user.name}
              </Link>
            ),
            email: user.email,
            role: ROLE_NAMES[user.role],
            state: user.deactivatedAt ? (
              <>
                Deactivated on <Timestamp date={user.deactivatedAt} />
              </>
            ) : (
              'Active'
            ),
            created: <Timestamp date={user.createdAt} />,
          },
        }))}
        emptyMessage={q ? `No users match “${q}”.` : 'There are no users yet.'}
      />

      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />
    </>
  );
}
