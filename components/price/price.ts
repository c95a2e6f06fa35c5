import { LitElement, css, html } from 'lit';
import { formatCents } from '@/lib/money';

/**
 * An amount of money, given in integer cents and shown as US dollars (PRODUCT.md §4): 123456 is
 * "$1,234.56". formatCents() formats the same way on the server and in the browser (Intl, en-US,
 * USD), so the element renders its text from the number itself and hydrates without a mismatch.
 *
 * Custom element names need a hyphen: a one-word component takes the app's `widget-` prefix.
 */
export class PriceElement extends LitElement {
  static override properties = {
    cents: { type: Number },
  };

  declare cents: number;

  static override styles = css`
    :host {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `;

  constructor() {
    super();
    this.cents = 0;
  }

  override render() {
    return html`<span>${formatCents(this.cents)}</span>`;
  }
}

if (!customElements.get('widget-price')) {
  customElements.define('widget-price', PriceElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-price': PriceElement;
  }
}
