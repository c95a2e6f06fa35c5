import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountMenu } from '@/app/_components/account-menu';
import { PageFlash } from '@/app/_components/page-flash';
import { StyleguideLink } from '@/app/_components/styleguide-link';
// Lit, in this layout's chunk: shared by every page, and by definitions loaded lazily.
import '@/components/lit-runtime';
import { currentUser } from '@/lib/auth';
import { currentAbility } from '@/lib/authorization';
import { readFlash } from '@/lib/flash';
import {
  apiKeysPath,
  jobsPath,
  manufacturersPath,
  rootPath,
  usersPath,
  widgetsPath,
} from '@/lib/routes';
import './globals.css';

export const metadata: Metadata = {
  title: { template: '%s · Widgets', default: 'Widgets' },
  description: 'The catalogue of widgets and the manufacturers who make them.',
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // The message a redirect left for this page, if any (lib/flash.ts). PageFlash gets a new key
  // each time the layout renders: app/_components/page-flash.tsx says why.
  const flash = await readFlash();
  // Links to what the user may see: the policy decides (lib/policy.ts), the pages check again.
  const [user, ability] = await Promise.all([currentUser(), currentAbility()]);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-border bg-subtle">
          <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
            <Link href={rootPath()} className="text-xl font-bold text-brand-strong">
              Widgets
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-6">
                {ability.can('read', 'Widget') && (
                  <li>
                    <Link href={widgetsPath()} className="text-brand hover:underline">
                      Widgets
                    </Link>
                  </li>
                )}
                {ability.can('read', 'Manufacturer') && (
                  <li>
                    <Link href={manufacturersPath()} className="text-brand hover:underline">
                      Manufacturers
                    </Link>
                  </li>
                )}
                {ability.can('read', 'User') && (
                  <li>
                    <Link href={usersPath()} className="text-brand hover:underline">
                      Users
                    </Link>
                  </li>
                )}
                {ability.can('read', 'ApiKey') && (
                  <li>
                    <Link href={apiKeysPath()} className="text-brand hover:underline">
                      API keys
                    </Link>
                  </li>
                )}
                {ability.can('read', 'Job') && (
                  <li>
                    <Link href={jobsPath()} className="text-brand hover:underline">
                      Jobs
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
            <AccountMenu user={user} />
          </div>
        </header>
        <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {flash && <PageFlash key={randomUUID()} flash={flash} />}
          {children}
        </main>
        <footer className="border-t border-border bg-subtle">
          <div className="mx-auto flex w-full max-w-5xl flex-wrap justify-between gap-4 px-4 py-4 text-sm">
            <p className="text-muted">
              Widgets — a reference app for building with Next.js, Prisma and PostgreSQL.
            </p>
            <StyleguideLink />
          </div>
        </footer>
      </body>
    </html>
  );
}
