import Link from 'next/link';
import { styleguidePath } from '@/lib/routes';
import { styleguideIsServed } from '@/styleguide/availability';

/** The footer's link to the living style guide, shown only where the style guide is served. */
export async function StyleguideLink() {
  if (!(await styleguideIsServed())) return null;
  return (
    <Link href={styleguidePath()} className="link">
      Style guide
    </Link>
  );
}
