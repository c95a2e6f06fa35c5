import type { Metadata } from 'next';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { createApiKeyDeactivation } from '@/app/api_key_deactivations/actions';
import { Button } from '@/components/button';
import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { authorize, currentAbility } from '@/lib/authorization';
import { formatDate } from '@/lib/dates';
import type { Cursor } from '@/lib/pagination';
import { parsePageParams, type SearchParams } from '@/lib/params';
import { ROLE_NAMES } from '@/lib/policy';
import { apiKeysPath, newApiKeyPath } from '@/lib/routes';
import { listApiKeys } from '@/services/api-key-queries';

export const metadata: Metadata = { title: 'API keys' };

function Timestamp({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {formatDate(date)}
    </time>
  );
}

export default async function ApiKeysPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  if (!(await authorize('read', 'ApiKey')).allowed) return renderForbidden();
  const { cursor } = parsePageParams(await searchParams);
  const [list, ability] = await Promise.all([listApiKeys({ cursor }), currentAbility()]);
  const mayDeactivate = ability.can('destroy', 'ApiKey');

  const pageHref = (page: Cursor | null) => (page ? apiKeysPath(page) : undefined);

  return (
    <>
      <PageHeader
        heading="API keys"
        description="Keys that partners' programs send to the JSON API. A client has one active key; to replace it, deactivate it and create another."
        actions={
          ability.can('create', 'ApiKey') && <Button href={newApiKeyPath()}>New API key</Button>
        }
      />

      <DataTable
        caption="All API keys, newest first"
        columns={[
          { key: 'client', label: 'Client' },
          { key: 'role', label: 'Role' },
          { key: 'key', label: 'Key' },
          { key: 'created', label: 'Created' },
          { key: 'status', label: 'Status' },
          { key: 'action', label: 'Action' },
        ]}
        rows={list.apiKeys.map((apiKey) => ({
          key: apiKey.id,
          cells: {
            client: apiKey.clientName,
            role: ROLE_NAMES[apiKey.role],
            // Only the prefix is stored in the clear: enough to tell keys apart.
            key: <span className="font-mono text-sm whitespace-nowrap">{apiKey.tokenPrefix}…</span>,
            created: <Timestamp date={apiKey.createdAt} />,
            status: apiKey.deactivatedAt ? (
              <>
                Deactivated on <Timestamp date={apiKey.deactivatedAt} />
              </>
            ) : (
              'Active'
            ),
            action: !apiKey.deactivatedAt && mayDeactivate && (
              <ConfirmDeleteButton
                action={createApiKeyDeactivation}
                hiddenFields={{ api_key_id: apiKey.id }}
                label="Deactivate"
                question={`Deactivate the key of ${apiKey.clientName}? The API refuses it from then on.`}
                confirmLabel="Yes, deactivate"
              />
            ),
          },
        }))}
        emptyMessage="There are no API keys yet."
      />

      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />
    </>
  );
}
