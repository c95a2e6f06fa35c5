// Renders a component's React wrapper to HTML the way the server does (with Lit's declarative
// shadow DOM), then parses it so tests can assert what a user and assistive technology get.
// React's static prerender waits for everything to load, as the server does for a page, so a
// component whose element loads lazily (components/README.md) renders in full.
//
//   const { body, shadowTextOf } = await renderComponent(<Price cents={123456} />);
//   expect(shadowTextOf(body.querySelector('widget-price')!)).toBe('$1,234.56');
//   getByRole(body, 'button', { name: 'Create' });   // @testing-library/dom on the light DOM
import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { prerender } from 'react-dom/static';

export async function renderComponent(element: ReactElement) {
  const { prelude } = await prerender(element);
  const html = await new Response(prelude).text();
  const { document } = new JSDOM(`<!doctype html><html lang="en"><body>${html}</body></html>`)
    .window;

  /** The server-rendered shadow root of a custom element (jsdom does not attach it). */
  function shadowOf(host: Element): DocumentFragment {
    const template = host.querySelector(':scope > template[shadowrootmode="open"]');
    if (!template)
      throw new Error(`<${host.localName}> has no server-rendered shadow root:\n${html}`);
    return (template as HTMLTemplateElement).content;
  }

  /** What a user reads in a custom element's shadow root: its text without the styles. */
  function shadowTextOf(host: Element): string {
    const root = shadowOf(host).cloneNode(true) as DocumentFragment;
    root.querySelectorAll('style').forEach((style) => style.remove());
    return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  return { html, body: document.body, shadowOf, shadowTextOf };
}
