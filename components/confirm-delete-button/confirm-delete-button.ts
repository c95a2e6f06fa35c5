import { LitElement, css, html } from 'lit';

/**
 * A delete button that asks "Are you sure?" before it deletes.
 *
 * The delete itself is a real form, a light-DOM child that components/confirm-delete-button/
 * index.tsx renders, with its submit button ("Yes, delete") inside: it posts with or without
 * JavaScript. This element decides how the question is asked, and slots the form in there:
 * - rendered on the server, and so without JavaScript, as a disclosure (<details>): "Delete"
 *   opens "Are you sure? [Yes, delete] [Cancel]" in place. Cancel is a link to this same page
 *   (href=""): without JavaScript, loading the page again is the only way a control other than
 *   "Delete" itself can close the disclosure;
 * - once it runs in the browser, as a modal <dialog> (an alert dialog: it asks for a decision):
 *   "Delete" opens it with Cancel focused, and Cancel or Escape closes it, giving the focus back
 *   to "Delete".
 * The controls that only open and close the question are the element's own, in its shadow root:
 * they submit nothing and label nothing.
 */
export class ConfirmDeleteButtonElement extends LitElement {
  static override properties = {
    label: { type: String },
    question: { type: String },
    cancelLabel: { type: String, attribute: 'cancel-label' },
    enhanced: { state: true },
  };

  /** The text of the button that asks, e.g. "Delete". */
  declare label: string;
  /** What it asks, e.g. "Are you sure?". */
  declare question: string;
  /** The text of the button that changes one's mind, e.g. "Cancel". */
  declare cancelLabel: string;
  /** Whether the element runs in the browser and asks in a dialog. */
  declare enhanced: boolean;

  static override styles = css`
    :host {
      display: inline-block;
    }

    .trigger,
    .cancel {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      border: 1px solid;
      border-radius: var(--radius-md);
      padding: calc(var(--spacing) * 2) calc(var(--spacing) * 4);
      font: inherit;
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    .trigger:focus-visible,
    .cancel:focus-visible {
      outline: 2px solid var(--color-brand);
      outline-offset: 2px;
    }
    /* Looks like <Button variant="danger">. */
    .trigger {
      border-color: var(--color-danger);
      background: var(--color-danger);
      color: var(--color-surface);
    }
    .trigger:hover {
      filter: brightness(0.9);
    }
    /* Looks like <Button variant="secondary">. */
    .cancel {
      border-color: var(--color-border);
      background: var(--color-surface);
      color: var(--color-brand);
    }
    .cancel:hover {
      background: var(--color-subtle);
    }

    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }

    .confirmation {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--spacing) * 3);
    }
    details .confirmation {
      margin-top: calc(var(--spacing) * 3);
      border: 1px solid var(--color-border);
      border-radius: var(--radius-md);
      background: var(--color-subtle);
      padding: calc(var(--spacing) * 3) calc(var(--spacing) * 4);
    }
    .question {
      margin: 0;
      font-weight: 600;
    }

    dialog {
      border: 1px solid var(--color-border);
      border-radius: var(--radius-md);
      background: var(--color-surface);
      padding: calc(var(--spacing) * 6);
      color: var(--color-text);
    }
    dialog::backdrop {
      background: color-mix(in srgb, var(--color-text) 50%, transparent);
    }
  `;

  constructor() {
    super();
    this.label = '';
    this.question = '';
    this.cancelLabel = '';
    this.enhanced = false;
  }

  static {
    // Switching to the dialog right after the first update is on purpose: see firstUpdated.
    this.disableWarning?.('change-in-update');
  }

  // The first update in the browser hydrates the disclosure the server rendered, and must render
  // exactly that; only then can the element swap it for the dialog.
  override firstUpdated() {
    this.enhanced = true;
  }

  // The form is submitted (and the page will change): the question has been answered.
  // Listening on the host catches the slotted form's submit, which bubbles. (connectedCallback
  // runs only in the browser, never during server rendering.)
  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('submit', this.#closeDialog);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.#closeDialog);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #openDialog = () => this.#dialog?.showModal();

  #closeDialog = () => this.#dialog?.close();

  override render() {
    return this.enhanced ? this.#renderDialog() : this.#renderDisclosure();
  }

  #renderDisclosure() {
    return html`
      <details>
        <summary class="trigger">${this.label}</summary>
        <div class="confirmation">
          <p class="question">${this.question}</p>
          <slot></slot>
          <a class="cancel" href="">${this.cancelLabel}</a>
        </div>
      </details>
    `;
  }

  #renderDialog() {
    return html`
      <button type="button" class="trigger" aria-haspopup="dialog" @click=${this.#openDialog}>
        ${this.label}
      </button>
      <dialog role="alertdialog" aria-labelledby="question">
        <div class="confirmation">
          <p class="question" id="question">${this.question}</p>
          <slot></slot>
          <button type="button" class="cancel" autofocus @click=${this.#closeDialog}>
            ${this.cancelLabel}
          </button>
        </div>
      </dialog>
    `;
  }
}

if (!customElements.get('confirm-delete-button')) {
  customElements.define('confirm-delete-button', ConfirmDeleteButtonElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'confirm-delete-button': ConfirmDeleteButtonElement;
  }
}
