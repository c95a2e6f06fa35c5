'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React from 'react';
import { ErrorBannerElement } from './error-banner';

export const ErrorBanner = createComponent({
  tagName: 'error-banner',
  elementClass: ErrorBannerElement,
  react: React,
  displayName: 'ErrorBanner',
});
