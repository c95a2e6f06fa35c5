import type { Metadata } from 'next';
import { notFoundMetadata } from '@/app/_components/not-found-page';
import { styleguideIsServed } from '@/styleguide/availability';

/**
 * A style-guide page's metadata: its title within the style guide ("Design tokens · Style
 * guide"; the overview is just "Style guide"), or the not-found page's metadata where the style
 * guide is not served (the layout then shows that page instead).
 */
export async function styleguideMetadata(pageTitle?: string): Promise<Metadata> {
  if (!(await styleguideIsServed())) return notFoundMetadata;
  return { title: pageTitle ? `${pageTitle} · Style guide` : 'Style guide' };
}
