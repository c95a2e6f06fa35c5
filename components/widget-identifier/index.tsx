'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React from 'react';
import { WidgetIdentifierElement } from './widget-identifier';

export const WidgetIdentifier = createComponent({
  tagName: 'widget-identifier',
  elementClass: WidgetIdentifierElement,
  react: React,
  displayName: 'WidgetIdentifier',
});
