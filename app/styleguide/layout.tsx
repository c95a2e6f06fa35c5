import { renderNotFound } from '@/app/_components/not-found-page';
import { styleguideComponentPath, styleguidePath, styleguideTokensPath } from '@/lib/routes';
import { styleguideEntries } from '@/styleguide';
import { styleguideIsServed } from '@/styleguide/availability';
import { StyleguideNavLink } from './_components/styleguide-nav-link';

// The living style guide: the design tokens and every component in components/, rendered by the
// same wrappers the pages use. Content comes from styleguide/.
export default async function StyleguideLayout({ children }: { children: React.ReactNode }) {
  // The one check for every page below: where the style guide is not served, none of them
  // renders, and every /styleguide URL is "page not found".
  if (!(await styleguideIsServed())) return renderNotFound();

  return (
    <div className="grid gap-8 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label="Style guide" className="md:border-r md:border-border md:pr-6">
        <ul className="flex flex-col gap-2">
          <li>
            <StyleguideNavLink href={styleguidePath()}>Overview</StyleguideNavLink>
          </li>
          <li>
            <StyleguideNavLink href={styleguideTokensPath()}>Design tokens</StyleguideNavLink>
          </li>
          <li>
            <span id="styleguide-nav-components" className="mt-4 block font-semibold text-muted">
              Components
            </span>
            <ul aria-labelledby="styleguide-nav-components" className="mt-2 flex flex-col gap-2">
              {styleguideEntries.map((entry) => (
                <li key={entry.slug}>
                  <StyleguideNavLink href={styleguideComponentPath(entry.slug)}>
                    {entry.name}
                  </StyleguideNavLink>
                </li>
              ))}
            </ul>
          </li>
        </ul>
      </nav>
      <div>{children}</div>
    </div>
  );
}
