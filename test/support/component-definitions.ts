// What a page's scripts hold of our components, read from the scripts' text and the page's HTML:
// which Lit packages a script contains, which custom elements it defines, and which of those the
// page does not render. bin/bench-js-size.ts reports it; e2e/component-definitions.spec.ts fails
// on a definition a page loads but does not need (docs/benchmarks.md, "JavaScript per page").

// Each Lit package registers its version on a global, under a name minifiers keep.
const LIT_MARKERS = {
  'lit-html': 'litHtmlVersions',
  'lit-element': 'litElementVersions',
  '@lit/reactive-element': 'reactiveElementVersions',
} as const;
// Our components define their element with a literal tag name (components/README.md).
const DEFINITION = /customElements\.define\(\s*["'`]([a-z][a-z0-9]*-[a-z0-9-]*)["'`]/g;
// A custom element's tag is any tag name with a dash.
const CUSTOM_ELEMENT_TAG = /<([a-z][a-z0-9]*-[a-z0-9-]*)[\s/>]/g;

/** The Lit packages a script contains. */
export function litPackagesIn(script: string): string[] {
  return Object.entries(LIT_MARKERS)
    .filter(([, marker]) => script.includes(marker))
    .map(([name]) => name);
}

/** The custom elements a script defines. */
export function definitionsIn(script: string): string[] {
  return unique([...script.matchAll(DEFINITION)].map(([, tag]) => tag!));
}

/** The custom elements in the server's HTML, including those inside declarative shadow roots. */
export function renderedCustomElements(html: string): string[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return unique([...markup.matchAll(CUSTOM_ELEMENT_TAG)].map(([, tag]) => tag!));
}

/** The elements the scripts define that the page's HTML does not render. */
export function definitionsNotRendered(scripts: string[], html: string): string[] {
  const rendered = renderedCustomElements(html);
  return unique(scripts.flatMap(definitionsIn)).filter((tag) => !rendered.includes(tag));
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
