import { LitElement, css, html, nothing } from 'lit';

/**
 * The banner above a form that could not be saved: "The data you provided is not valid." and,
 * optionally, every error message in the order the form shows them (PRODUCT.md §5). It is an
 * alert, so a screen reader announces it when it appears.
 */
export class ErrorBannerElement extends LitElement {
  static override properties = {
    message: { type: String },
    errors: { type: Array, attribute: false },
  };

  declare message: string;
  declare errors: string[];

  static override styles = css`
    :host {
      display: block;
    }
    .banner {
      border: 1px solid var(--color-danger);
      border-left-width: calc(var(--spacing) * 1.5);
      border-radius: var(--radius-md);
      background: var(--color-surface);
      padding: calc(var(--spacing) * 4);
      color: var(--color-text);
    }
    .message {
      margin: 0;
      color: var(--color-danger);
      font-weight: 700;
    }
    ul {
      margin: calc(var(--spacing) * 2) 0 0;
      padding-left: calc(var(--spacing) * 6);
    }
  `;

  constructor() {
    super();
    this.message = 'The data you provided is not valid.';
    this.errors = [];
  }

  override render() {
    return html`
      <div class="banner" role="alert">
        <p class="message">${this.message}</p>
        ${
          this.errors.length > 0
            ? html`<ul>
                ${this.errors.map((error) => html`<li>${error}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    `;
  }
}

if (!customElements.get('error-banner')) {
  customElements.define('error-banner', ErrorBannerElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'error-banner': ErrorBannerElement;
  }
}
