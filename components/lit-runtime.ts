'use client';
// Lit, which every component's definition needs, with the hydration support for the declarative
// shadow DOM the server renders. The root layout imports this module so that Lit is in the
// layout's chunk: loaded once, shared by every page. A definition loaded lazily
// (components/README.md) then brings only itself; without this, Turbopack gives each page's
// chunk, and each lazy chunk, a copy of Lit of its own.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import 'lit';
