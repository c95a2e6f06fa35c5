import { LitElement, css, html } from 'lit';

/**
 * The frame around a data table: it scrolls a table wider than the page sideways, and shows a
 * message in place of a table that has no rows.
 *
 * The <table> itself is a slotted light-DOM child (components/data-table/index.tsx renders it and
 * styles it with Tailwind classes): a table cannot be split across shadow roots, and its headers,
 * cells and sort links must stay in the document for assistive technology and without JavaScript.
 */
export class DataTableElement extends LitElement {
  static override properties = {
    empty: { type: Boolean },
    emptyMessage: { type: String },
  };

  declare empty: boolean;
  declare emptyMessage: string;

  static override styles = css`
    :host {
      display: block;
      overflow-x: auto;
    }

    .empty {
      margin: 0;
      padding: calc(var(--spacing) * 6);
      border-radius: var(--radius-md);
      background: var(--color-subtle);
      text-align: center;
    }
  `;

  constructor() {
    super();
    this.empty = false;
    this.emptyMessage = '';
  }

  override render() {
    return this.empty ? html`<p class="empty">${this.emptyMessage}</p>` : html`<slot></slot>`;
  }
}

if (!customElements.get('data-table')) {
  customElements.define('data-table', DataTableElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'data-table': DataTableElement;
  }
}
