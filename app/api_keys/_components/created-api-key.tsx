'use client';
// A key just created, in place of the form that created it: the only time the key itself is
// shown. It is in no URL, cookie or log, and the page that shows it is not stored by browsers or
// proxies (Next sends every dynamic page with Cache-Control: no-store).
import Link from 'next/link';
import { apiKeysPath } from '@/lib/routes';
import type { CreatedApiKey } from './api-key-form-state';

export function CreatedApiKeyPanel({ apiKey }: { apiKey: CreatedApiKey }) {
  return (
    <section
      aria-labelledby="created-api-key-heading"
      className="grid max-w-2xl gap-6 rounded-md border border-success p-6"
    >
      <div className="grid gap-2">
        <h2 id="created-api-key-heading" className="text-xl font-bold text-success">
          API key created.
        </h2>
        <p>Copy this key now. It will not be shown again.</p>
      </div>

      {/* Focused and selected as it appears, ready to copy; read-only, since it is never posted. A
          plain label and input: one slotted into <FormField> cannot take the focus until that
          element has rendered its slot, after React has mounted the input. */}
      <div className="grid gap-1">
        <label htmlFor="created-api-key" className="font-semibold">
          API key
        </label>
        <input
          id="created-api-key"
          type="text"
          value={apiKey.token}
          readOnly
          autoFocus
          autoComplete="off"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-md border border-border bg-surface px-3 py-2 font-mono focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand"
        />
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Client</dt>
        <dd>{apiKey.clientName}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{apiKey.roleName}</dd>
      </dl>

      <p>
        <Link href={apiKeysPath()} className="link">
          Back to API keys
        </Link>
      </p>
    </section>
  );
}
