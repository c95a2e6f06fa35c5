import { getByLabelText, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { FormField } from '.';

// The texts of the elements a control's aria-describedby names, in order.
function descriptionsOf(control: HTMLElement): string[] {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => control.ownerDocument.getElementById(id)?.textContent ?? `(no #${id})`);
}

describe('FormField', () => {
  it('labels the native control, in light DOM', async () => {
    const { body } = await renderComponent(
      <FormField id="widget-name" label="Name">
        <input name="name" />
      </FormField>,
    );
    const input = getByLabelText(body, 'Name');

    expect(input.localName).toBe('input');
    expect(input.id).toBe('widget-name');
    expect(input.getAttribute('name')).toBe('name');
    expect(input.closest('form-field')).not.toBeNull();
  });

  it('is not marked invalid and describes nothing when there are no errors and no hint', async () => {
    const { body } = await renderComponent(
      <FormField id="widget-name" label="Name">
        <input name="name" />
      </FormField>,
    );
    const input = getByLabelText(body, 'Name');

    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(body.querySelector('form-field')?.hasAttribute('invalid')).toBe(false);
  });

  it('describes the control with its hint', async () => {
    const { body } = await renderComponent(
      <FormField id="widget-price" label="Price" hint="In dollars, e.g. 123.45">
        <input name="price" />
      </FormField>,
    );

    expect(descriptionsOf(getByLabelText(body, 'Price'))).toEqual(['In dollars, e.g. 123.45']);
  });

  it('shows the errors in place of the label, and keeps the label as the accessible name', async () => {
    const { body, shadowOf } = await renderComponent(
      <FormField
        id="widget-name"
        label="Name"
        errors={["Name can't be blank", 'Name is too short (minimum is 5 characters)']}
      >
        <input name="name" />
      </FormField>,
    );
    const host = body.querySelector('form-field')!;
    // What a screen reader announces: the field's name, then its errors as its description.
    const input = getByRole(body, 'textbox', {
      name: 'Name',
      description: "Name can't be blank Name is too short (minimum is 5 characters)",
    });

    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect([...body.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      "Name can't be blank",
      'Name is too short (minimum is 5 characters)',
    ]);
    // The element hides the label from view (not from assistive technology) when invalid, and
    // colours the errors.
    expect(host.hasAttribute('invalid')).toBe(true);
    const styles = shadowOf(host).querySelector('style')?.textContent;
    expect(styles).toContain(':host([invalid]) .label');
    expect(styles).toContain('var(--color-danger)');
  });

  it('describes the control with its errors first, then its hint', async () => {
    const { body } = await renderComponent(
      <FormField
        id="widget-price"
        label="Price"
        hint="In dollars"
        errors={['Price is not a number']}
      >
        <input name="price" />
      </FormField>,
    );

    expect(descriptionsOf(getByLabelText(body, 'Price'))).toEqual([
      'Price is not a number',
      'In dollars',
    ]);
  });

  it('wires a select just the same', async () => {
    const { body } = await renderComponent(
      <FormField
        id="widget-manufacturer"
        label="Manufacturer"
        errors={["Manufacturer can't be blank"]}
      >
        <select name="manufacturer_id">
          <option value="">-- Choose --</option>
        </select>
      </FormField>,
    );
    const select = getByRole(body, 'combobox', { name: 'Manufacturer' });

    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionsOf(select)).toEqual(["Manufacturer can't be blank"]);
  });

  it("keeps the control's own attributes and classes", async () => {
    const { body } = await renderComponent(
      <FormField id="widget-price" label="Price">
        <input name="price" placeholder="e.g. 123.45" className="w-40" />
      </FormField>,
    );
    const input = getByLabelText(body, 'Price');

    expect(input.getAttribute('placeholder')).toBe('e.g. 123.45');
    expect(input.classList).toContain('w-40');
    expect(input.classList).toContain('aria-invalid:border-danger');
  });
});
