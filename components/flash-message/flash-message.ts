import { LitElement, css, html } from 'lit';

export type FlashKind = 'notice' | 'alert';

/**
 * A message shown once at the top of the page after a redirect (lib/flash.ts): a notice when
 * something went as asked ("Widget created."), an alert when it did not.
 *
 * The message is the element's light-DOM content (plain text, possibly a link), so the server
 * renders it and assistive technology reads it; the shadow DOM gives it its live-region role and
 * its colours. A notice is a status message (role="status", read out politely); an alert
 * interrupts (role="alert").
 */
export class FlashMessageElement extends LitElement {
  static override properties = {
    kind: { type: String },
  };

  declare kind: FlashKind;

  static override styles = css`
    :host {
      display: block;
    }

    /* Spacing on the inner box: the page's own styles (Tailwind's reset of every element's margin)
       outrank :host rules. */
    .flash {
      margin-block-end: calc(var(--spacing) * 6);
      padding: calc(var(--spacing) * 3) calc(var(--spacing) * 4);
      border: 1px solid currentColor;
      border-inline-start-width: calc(var(--spacing) * 1);
      border-radius: var(--radius-md);
      font-weight: 600;
    }

    .notice {
      color: var(--color-success);
      background: color-mix(in srgb, var(--color-success) 8%, var(--color-surface));
    }

    .alert {
      color: var(--color-danger);
      background: color-mix(in srgb, var(--color-danger) 8%, var(--color-surface));
    }
  `;

  constructor() {
    super();
    this.kind = 'notice';
  }

  override render() {
    const role = this.kind === 'alert' ? 'alert' : 'status';
    return html`<div class="flash ${this.kind}" role=${role}><slot></slot></div>`;
  }
}

if (!customElements.get('flash-message')) {
  customElements.define('flash-message', FlashMessageElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'flash-message': FlashMessageElement;
  }
}
