import { LitElement, css, html } from 'lit';

/**
 * Lays out one form field: its label, its control, and a hint under it. When the field has
 * errors they are shown in place of the label (PRODUCT.md §5), in the danger colour; the label
 * is then hidden from view only, so the control keeps its accessible name.
 *
 * Everything it lays out is light DOM, rendered by the React wrapper: a <label for> and an
 * aria-describedby reach the control only from the same tree (ARCHITECTURE.md §6). The wrappers
 * around the slots use `display: contents`, so they add no boxes (an empty slot takes no space
 * in the grid) but still pass their colours down to what is slotted.
 */
export class FormFieldElement extends LitElement {
  static override properties = {
    invalid: { type: Boolean, reflect: true },
  };

  declare invalid: boolean;

  static override styles = css`
    :host {
      display: block;
    }
    .field {
      position: relative;
      display: grid;
      gap: calc(var(--spacing) * 1);
    }
    .label,
    .errors,
    .hint {
      display: contents;
    }
    .label,
    .errors {
      font-weight: 600;
    }
    .errors {
      color: var(--color-danger);
    }
    .hint {
      color: var(--color-muted);
      font-size: var(--text-sm);
    }
    :host([invalid]) .label {
      display: block;
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  constructor() {
    super();
    this.invalid = false;
  }

  override render() {
    return html`
      <div class="field">
        <div class="label"><slot name="label"></slot></div>
        <div class="errors"><slot name="errors"></slot></div>
        <slot></slot>
        <div class="hint"><slot name="hint"></slot></div>
      </div>
    `;
  }
}

if (!customElements.get('form-field')) {
  customElements.define('form-field', FormFieldElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'form-field': FormFieldElement;
  }
}
