import { LitElement, css, html, nothing } from 'lit';

/**
 * The title block at the top of a page: the heading, an optional description under it, and an
 * optional actions area (links and buttons such as "New widget") beside it.
 *
 * The heading and the actions are slotted light-DOM children (components/page-header/index.tsx
 * renders them): the page's <h1> stays in the document, where assistive technology and tests find
 * it, and links and buttons keep working without JavaScript. The shadow DOM only lays them out.
 */
export class PageHeaderElement extends LitElement {
  static override properties = {
    description: { type: String },
  };

  declare description: string;

  // Spacing sits on the inner element, not on :host: the page's CSS reset (Tailwind's preflight,
  // `* { margin: 0 }`) also matches the host element, and the page's rules win over :host rules.
  static override styles = css`
    :host {
      display: block;
    }

    .header {
      margin-block-end: calc(var(--spacing) * 6);
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: calc(var(--spacing) * 4);
    }

    .description {
      margin: calc(var(--spacing) * 2) 0 0;
      color: var(--color-muted);
      font-size: var(--text-xl);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--spacing) * 4);
    }
  `;

  constructor() {
    super();
    this.description = '';
  }

  override render() {
    return html`
      <div class="header">
        <div>
          <slot name="heading"></slot>
          ${this.description ? html`<p class="description">${this.description}</p>` : nothing}
        </div>
        <div class="actions"><slot name="actions"></slot></div>
      </div>
    `;
  }
}

if (!customElements.get('page-header')) {
  customElements.define('page-header', PageHeaderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'page-header': PageHeaderElement;
  }
}
