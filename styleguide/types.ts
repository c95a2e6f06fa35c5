import type { ReactElement } from 'react';

/** One row of a component's options table. */
export type StyleguideOption = {
  name: string;
  type: string;
  default?: string;
  description: string;
};

/** One variant of a component: what it looks like, and the code that produced it. */
export type StyleguideExample = {
  title: string;
  /** The JSX, exactly as it is written in `element` (styleguide/entries.test.ts checks). */
  code: string;
  element: ReactElement;
};

/** A component in the style guide's list (index.ts). `slug` is its folder in components/. */
export type StyleguideEntry = {
  slug: string;
  name: string;
  description: string;
};

/** What a component's page shows below its description (styleguide/entries/<slug>.tsx). */
export type StyleguideEntryDetails = {
  options: StyleguideOption[];
  examples: StyleguideExample[];
};
