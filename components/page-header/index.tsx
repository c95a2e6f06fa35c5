'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React, { type ReactNode } from 'react';
import { PageHeaderElement } from './page-header';

const PageHeaderHost = createComponent({
  tagName: 'page-header',
  elementClass: PageHeaderElement,
  react: React,
  displayName: 'PageHeaderHost',
});

export type PageHeaderProps = {
  /** The page's title, rendered as its <h1>. */
  heading: string;
  /** A sentence under the heading. */
  description?: string;
  /** Links or buttons for what can be done on the page, e.g. a "New widget" link. */
  actions?: ReactNode;
};

/**
 * The title block of a page. The <h1> and the actions are light-DOM children of <page-header>, so
 * the heading is the document's heading and the actions are ordinary links and buttons.
 */
export function PageHeader({ heading, description, actions }: PageHeaderProps) {
  return (
    <PageHeaderHost description={description}>
      <h1 slot="heading" className="text-3xl font-bold">
        {heading}
      </h1>
      {actions && (
        <div slot="actions" className="flex flex-wrap items-center gap-4">
          {actions}
        </div>
      )}
    </PageHeaderHost>
  );
}
