import { LitElement, css, html } from 'lit';

/**
 * A widget's user-facing identifier (PRODUCT.md §3), e.g. "0012.34", in a monospace font.
 * The page formats it (services/widget-identifier.ts); this element only presents it.
 */
export class WidgetIdentifierElement extends LitElement {
  static override properties = {
    value: { type: String },
  };

  declare value: string;

  static override styles = css`
    :host {
      font-family: var(--font-mono);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `;

  constructor() {
    super();
    this.value = '';
  }

  override render() {
    return html`<span>${this.value}</span>`;
  }
}

if (!customElements.get('widget-identifier')) {
  customElements.define('widget-identifier', WidgetIdentifierElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-identifier': WidgetIdentifierElement;
  }
}
