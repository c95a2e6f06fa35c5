'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * A link in the style guide's navigation, marked as the current page when it is one. A client
 * component because only it can know the path: the shared layout does not re-render per page.
 * It is rendered on the server too, so the mark is there without JavaScript.
 */
export function StyleguideNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const isCurrent = usePathname() === href;
  return (
    <Link
      href={href}
      aria-current={isCurrent ? 'page' : undefined}
      className="link aria-[current=page]:font-bold aria-[current=page]:text-text aria-[current=page]:no-underline"
    >
      {children}
    </Link>
  );
}
