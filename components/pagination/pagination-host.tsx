'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React from 'react';
import { PaginationElement } from './pagination';

// The <widget-pagination> element, apart from index.tsx so that its definition loads only with a
// list that has more than one page: index.tsx imports this module lazily (components/README.md,
// "Which definitions a page loads").
export const PaginationHost = createComponent({
  tagName: 'widget-pagination',
  elementClass: PaginationElement,
  react: React,
  displayName: 'PaginationHost',
});
