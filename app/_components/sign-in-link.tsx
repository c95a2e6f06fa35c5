'use client';
// The header's "Sign in" link, which brings the visitor back to the page they were on. A client
// component because the root layout is not rendered again when the client router moves between
// pages: only the router knows the current path.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { newSessionPath } from '@/lib/routes';

export function SignInLink() {
  const pathname = usePathname();
  const returnTo = pathname.startsWith(newSessionPath()) ? undefined : pathname;
  return (
    <Link href={newSessionPath({ returnTo })} className="text-brand hover:underline">
      Sign in
    </Link>
  );
}
