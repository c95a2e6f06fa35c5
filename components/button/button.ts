import { LitElement, css, html } from 'lit';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/**
 * The host of a button, or of a link that looks like one. The native <button> or <a> is this
 * element's light-DOM child, rendered by the React wrapper, so that it submits its form, follows
 * its link and keeps its accessible name (ARCHITECTURE.md §6). The wrapper also styles it:
 * Tailwind's base styles reset every button's border, padding and colours from the page's
 * stylesheet, and a page's styles override a shadow root's `::slotted()` rules, so the look of a
 * slotted control is set with utility classes on the control itself.
 */
export class ButtonElement extends LitElement {
  static override properties = {
    variant: { type: String, reflect: true },
  };

  declare variant: ButtonVariant;

  static override styles = css`
    :host {
      display: inline-flex;
    }
  `;

  constructor() {
    super();
    this.variant = 'primary';
  }

  override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('widget-button')) {
  customElements.define('widget-button', ButtonElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-button': ButtonElement;
  }
}
