import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { ConfirmDeleteButton } from '.';

describe('ConfirmDeleteButton', () => {
  it('is a real form in light DOM whose native submit button confirms the delete', async () => {
    const { body } = await renderComponent(
      <ConfirmDeleteButton
        action="/widgets/12/destroy"
        hiddenFields={{ id: 12, lock_version: 3 }}
      />,
    );
    const form = body.querySelector('confirm-delete-button > form')!;
    const confirm = getByRole(body, 'button', { name: 'Yes, delete' });

    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/widgets/12/destroy');
    expect(confirm.getAttribute('type')).toBe('submit');
    expect(confirm.closest('form')).toBe(form);
    expect(confirm.closest('widget-button')?.getAttribute('variant')).toBe('danger');
    expect(
      [...form.querySelectorAll('input[type="hidden"]')].map((input) => [
        input.getAttribute('name'),
        input.getAttribute('value'),
      ]),
    ).toEqual([
      ['id', '12'],
      ['lock_version', '3'],
    ]);
  });

  it('asks in a disclosure when rendered on the server, so it asks without JavaScript', async () => {
    const { body, shadowOf } = await renderComponent(<ConfirmDeleteButton action="/widgets/12" />);
    const shadow = shadowOf(body.querySelector('confirm-delete-button')!);
    const details = shadow.querySelector('details')!;

    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent?.trim()).toBe('Delete');
    expect(details.querySelector('.question')?.textContent).toBe('Are you sure?');
    // The form is slotted inside the disclosure, between the question and Cancel.
    expect(details.querySelector('slot:not([name])')).not.toBeNull();
    const cancel = details.querySelector('a.cancel')!;
    expect(cancel.textContent).toBe('Cancel');
    expect(cancel.getAttribute('href')).toBe('');
    expect(shadow.querySelector('dialog')).toBeNull();
  });

  it('says what it is told to', async () => {
    const { body, shadowOf } = await renderComponent(
      <ConfirmDeleteButton
        action="/manufacturers/3"
        label="Delete manufacturer"
        question="Delete Cyberdyne Systems?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
      />,
    );
    const shadow = shadowOf(body.querySelector('confirm-delete-button')!);

    expect(shadow.querySelector('summary')?.textContent?.trim()).toBe('Delete manufacturer');
    expect(shadow.querySelector('.question')?.textContent).toBe('Delete Cyberdyne Systems?');
    expect(shadow.querySelector('.cancel')?.textContent).toBe('Keep it');
    getByRole(body, 'button', { name: 'Delete it' });
  });
});
