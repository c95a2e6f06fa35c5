'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React from 'react';
import { FlashMessageElement } from './flash-message';

export type { FlashKind } from './flash-message';

/** <FlashMessage kind="notice">Widget created.</FlashMessage>; the root layout renders the flash. */
export const FlashMessage = createComponent({
  tagName: 'flash-message',
  elementClass: FlashMessageElement,
  react: React,
  displayName: 'FlashMessage',
});
