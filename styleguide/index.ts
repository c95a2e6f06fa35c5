// The living style guide's table of contents, rendered at /styleguide: every component in
// components/, in the order of the nav, with its name and what it is for
// (styleguide/entries.test.ts fails when one is missing). Each component's options and examples
// are in entries/, which only its own page imports: a page loads the definition of every
// component its modules import, so the navigation and the overview, which import this list,
// load none.
import type { StyleguideEntry } from '@/styleguide/types';

export const styleguideEntries: StyleguideEntry[] = [
  {
    slug: 'page-header',
    name: 'Page header',
    description:
      "The title block at the top of every page: its <h1> (in light DOM, so it is the document's heading), an optional description and an optional actions area for links and buttons.",
  },
  {
    slug: 'data-table',
    name: 'Data table',
    description:
      'A native table in light DOM with a caption, whose sortable column headers are plain links (sorting works without JavaScript). The current sort is announced with aria-sort and shown with an arrow. Cells may hold any element, including other components. A table with no rows shows a message instead.',
  },
  {
    slug: 'pagination',
    name: 'Pagination',
    description:
      'The "Previous" and "Next" links under a paginated list, in a navigation landmark named "Pagination". Plain links, so paging works without JavaScript; a link with nowhere to go is shown disabled. Renders nothing when the list has one page. Lists are read by keyset (ADR 11), so there is no page number or page count: each link names the row its page starts after or ends before.',
  },
  {
    slug: 'price',
    name: 'Price',
    description:
      'An amount of money, given in integer cents and shown as US dollars with cents ("$1,234.56"), in tabular figures so amounts line up in columns.',
  },
  {
    slug: 'rating',
    name: 'Rating',
    description:
      '"Rate This Widget:" and buttons 1 to 5, each a real form posting to /widget_ratings. Without JavaScript the post redirects back with the flash "Thanks for rating!"; with JavaScript it happens in the background and "Thanks for rating this a N" replaces the buttons (on failure, an error, and the buttons work again). Buttons here rate the widget with id 1, if there is one.',
  },
  {
    slug: 'flash-message',
    name: 'Flash message',
    description:
      'A message shown once, above the page content, on the page a redirect leads to. Route handlers and server actions set it (lib/flash.ts); the root layout renders it. A notice is read out politely (role="status"); an alert interrupts (role="alert").',
  },
  {
    slug: 'button',
    name: 'Button',
    description:
      'A native <button> (a submit button unless type="button"), or with href a native link that looks like a button. The native control is light DOM inside <widget-button>, so it submits its form and keeps its accessible name; its focus ring shows when it is reached with the keyboard.',
  },
  {
    slug: 'form-field',
    name: 'Form field',
    description:
      "A label, a text input, select or textarea, and an optional hint. A field's errors are shown in place of its label (PRODUCT.md §5), in the danger colour; the control is marked aria-invalid and described by the errors and the hint, and keeps its label as its accessible name. The control is the one child: the field gives it its id, the ARIA attributes and its look. Everything is light DOM, so the label and the descriptions reach the control.",
  },
  {
    slug: 'error-banner',
    name: 'Error banner',
    description:
      'Above a form that could not be saved: "The data you provided is not valid." and, optionally, every error message in the order the form shows them (PRODUCT.md §5). It is an alert (role="alert"), so a screen reader announces it when it appears.',
  },
  {
    slug: 'confirm-delete-button',
    name: 'Confirm-delete button',
    description:
      'A delete that asks "Are you sure?" first. The delete is a real form (light DOM) that posts its hidden fields to the action. Without JavaScript, "Delete" opens the question in place (a disclosure) and Cancel loads the page again; with JavaScript it asks in a modal dialog, where Cancel or Escape closes it. The examples here post to this page, which ignores what they send.',
  },
  {
    slug: 'widget-identifier',
    name: 'Widget identifier',
    description:
      'How users quote a widget: its id with a dot before the last two digits, zero-padded to six digits, in monospace (not <code>). Format it with paddedUserFacingIdentifier().',
  },
];

export function findStyleguideEntry(slug: string): StyleguideEntry | undefined {
  return styleguideEntries.find((entry) => entry.slug === slug);
}
