import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { createSession } from '@/app/session/actions';
import { SessionForm } from '@/app/session/_components/session-form';
import { newSessionFormState } from '@/app/session/_components/session-form-state';
import { PageHeader } from '@/components/page-header';
import { currentUser } from '@/lib/auth';
import { parseReturnPath, type SearchParams } from '@/lib/params';
import { widgetsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<SearchParams> };

// Everyone may see the sign-in page (PRODUCT.md §4): there is nothing to authorize. Someone
// already signed in goes straight on to where the page would have sent them.
export default async function NewSessionPage({ searchParams }: Props) {
  const returnTo = parseReturnPath((await searchParams).return_to) ?? widgetsPath();
  if (await currentUser()) redirect(returnTo);

  return (
    <>
      <PageHeader heading="Sign in" description="For staff of the widget shop." />
      <SessionForm action={createSession} initialState={newSessionFormState(returnTo)} />
    </>
  );
}
