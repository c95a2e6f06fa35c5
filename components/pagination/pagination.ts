import { LitElement, css, html } from 'lit';

/**
 * The navigation under a paginated list: "Previous" at the start, "Next" at the end.
 *
 * The two links are slotted light-DOM children, inside a light-DOM <nav> landmark
 * (components/pagination/index.tsx renders both), so paging is plain navigation that works without
 * JavaScript and the landmark contains its links in the document too. The shadow DOM holds the
 * layout. There is no "Page N of M": lists are read by keyset and never counted
 * (docs/decisions/0011-keyset-pagination.md).
 *
 * Custom element names need a hyphen: a one-word component takes the app's `widget-` prefix.
 */
export class PaginationElement extends LitElement {
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
  `;

  override render() {
    return html`
      <div class="pagination">
        <slot name="previous"></slot>
        <slot name="next"></slot>
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
