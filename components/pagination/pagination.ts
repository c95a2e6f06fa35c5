import { LitElement, css, html } from 'lit';

/**
 * The navigation under a paginated list: "Previous", "Page N of M", "Next".
 *
 * The two links are slotted light-DOM children, inside a light-DOM <nav> landmark
 * (components/pagination/index.tsx renders both), so paging is plain navigation that works without
 * JavaScript and the landmark contains its links in the document too. The shadow DOM holds the
 * page count and the layout.
 *
 * Custom element names need a hyphen: a one-word component takes the app's `widget-` prefix.
 */
export class PaginationElement extends LitElement {
  static override properties = {
    page: { type: Number },
    totalPages: { type: Number },
  };

  declare page: number;
  declare totalPages: number;

  // Spacing sits on the inner element, not on :host: the page's CSS reset (Tailwind's preflight,
  // `* { margin: 0 }`) also matches the host element, and the page's rules win over :host rules.
  static override styles = css`
    :host {
      display: block;
    }

    .pagination {
      margin-block-start: calc(var(--spacing) * 6);
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--spacing) * 4);
    }

    .previous,
    .next {
      min-inline-size: calc(var(--spacing) * 24);
    }

    .next {
      text-align: end;
    }

    .count {
      margin: 0;
      color: var(--color-muted);
    }
  `;

  constructor() {
    super();
    this.page = 1;
    this.totalPages = 1;
  }

  override render() {
    return html`
      <div class="pagination">
        <span class="previous"><slot name="previous"></slot></span>
        <p class="count">Page ${this.page} of ${this.totalPages}</p>
        <span class="next"><slot name="next"></slot></span>
      </div>
    `;
  }
}

if (!customElements.get('widget-pagination')) {
  customElements.define('widget-pagination', PaginationElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-pagination': PaginationElement;
  }
}
