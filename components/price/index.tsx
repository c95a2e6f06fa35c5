'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React from 'react';
import { PriceElement } from './price';

export const Price = createComponent({
  tagName: 'widget-price',
  elementClass: PriceElement,
  react: React,
  displayName: 'Price',
});
