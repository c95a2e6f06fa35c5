import type { Metadata } from 'next';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { createApiKey } from '@/app/api_keys/actions';
import { ApiKeyForm } from '@/app/api_keys/_components/api-key-form';
import { newApiKeyFormState } from '@/app/api_keys/_components/api-key-form-state';
import { roleChoices } from '@/app/users/_components/user-form-state';
import { PageHeader } from '@/components/page-header';
import { authorize } from '@/lib/authorization';

export const metadata: Metadata = { title: 'New API key' };

export default async function NewApiKeyPage() {
  if (!(await authorize('create', 'ApiKey')).allowed) return renderForbidden();
  return (
    <>
      <PageHeader
        heading="New API key"
        description="A partner's program sends the key with each request to the JSON API. It is shown once, when it is created; give it to the client yourself."
      />
      <ApiKeyForm action={createApiKey} initialState={newApiKeyFormState()} roles={roleChoices()} />
    </>
  );
}
