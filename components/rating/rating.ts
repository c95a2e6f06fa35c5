import { LitElement, css, html, nothing } from 'lit';
import { ENHANCED_REQUEST_HEADER } from '@/lib/enhanced-request';

/**
 * "Rate This Widget:" and one button per rating, 1 to 5 (PRODUCT.md §7).
 *
 * Each button is a real form's submit button: the label and the five forms are light-DOM
 * children that components/rating/index.tsx renders, so without JavaScript a click posts the
 * form, and the server redirects back to the widget with "Thanks for rating!". With JavaScript,
 * this element catches the submit, posts the same form data in the background
 * (lib/enhanced-request.ts) and, when the server answers 204, replaces the buttons with
 * "Thanks for rating this a N". The shadow DOM only lays the pieces out and holds the messages.
 */
export class RatingElement extends LitElement {
  static override properties = {
    showCallToAction: { type: Boolean, attribute: 'show-call-to-action' },
    rated: { type: Number },
    posting: { state: true },
    failed: { state: true },
  };

  /** Shows "Your ratings help us be amazing!" above the buttons. */
  declare showCallToAction: boolean;
  /** The rating just given; once set, the thanks replace the buttons. */
  declare rated: number | undefined;
  /** A background post is on its way; the buttons are disabled meanwhile. */
  declare posting: boolean;
  /** The last background post failed; the buttons work again and an error says so. */
  declare failed: boolean;

  static override styles = css`
    :host {
      display: block;
    }

    .call-to-action {
      margin: 0 0 calc(var(--spacing) * 3);
      color: var(--color-brand-strong);
      font-size: var(--text-xl);
      font-weight: 600;
    }

    .choices {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--spacing) * 2) calc(var(--spacing) * 4);
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--spacing) * 2);
    }

    .thanks {
      margin: 0;
      color: var(--color-success);
      font-weight: 600;
    }

    .error {
      margin: calc(var(--spacing) * 2) 0 0;
      color: var(--color-danger);
    }
  `;

  constructor() {
    super();
    this.showCallToAction = false;
    this.rated = undefined;
    this.posting = false;
    this.failed = false;
  }

  // Listening on the host catches the submit of every slotted form: submit events bubble.
  // (connectedCallback runs only in the browser, never during server rendering.)
  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('submit', this.#onSubmit);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.#onSubmit);
  }

  #onSubmit = (event: SubmitEvent) => {
    if (!(event.target instanceof HTMLFormElement)) return;
    event.preventDefault();
    if (!this.posting) void this.#postInBackground(event.target, event.submitter);
  };

  async #postInBackground(form: HTMLFormElement, submitter: HTMLElement | null) {
    // The submitter adds its own name and value (rating=N), as a plain form post does.
    const body = new FormData(form, submitter);
    this.#setPosting(true);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body,
        headers: { [ENHANCED_REQUEST_HEADER]: 'true' },
      });
      if (!response.ok) throw new Error(`The rating was refused (${response.status}).`);
      this.rated = Number(body.get('rating'));
    } catch {
      this.failed = true;
    } finally {
      this.#setPosting(false);
    }
    if (this.rated !== undefined) {
      // The button that had focus is gone: give focus to what replaced it.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-rating-present]')?.focus();
    }
  }

  #setPosting(posting: boolean) {
    this.posting = posting;
    if (posting) this.failed = false;
    for (const button of this.querySelectorAll('button')) button.disabled = posting;
  }

  override render() {
    return html`
      ${
        this.showCallToAction
          ? html`<p class="call-to-action">Your ratings help us be amazing!</p>`
          : nothing
      }
      ${
        this.rated === undefined
          ? html`<div class="choices">
              <slot name="label"></slot>
              <div class="buttons"><slot></slot></div>
            </div>`
          : nothing
      }
      <div role="status">
        ${
          this.rated === undefined
            ? nothing
            : html`<p class="thanks" data-rating-present tabindex="-1">
                Thanks for rating this a ${this.rated}
              </p>`
        }
      </div>
      <div role="alert">
        ${
          this.failed
            ? html`<p class="error">Sorry, your rating was not saved. Please try again.</p>`
            : nothing
        }
      </div>
    `;
  }
}

if (!customElements.get('widget-rating')) {
  customElements.define('widget-rating', RatingElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-rating': RatingElement;
  }
}
