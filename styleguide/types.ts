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

/** A component's page in the living style guide. `slug` is its folder name in components/. */
export type StyleguideEntry = {
  slug: string;
  name: string;
  description: string;
  options: StyleguideOption[];
  examples: StyleguideExample[];
};
