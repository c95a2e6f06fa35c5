import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Button } from '.';

describe('Button', () => {
  it('renders a native submit button in light DOM, so it submits its form', async () => {
    const { body } = await renderComponent(<Button>Create</Button>);
    const button = getByRole(body, 'button', { name: 'Create' });

    expect(button.localName).toBe('button');
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.parentElement?.localName).toBe('widget-button');
  });

  it('renders a plain button when asked', async () => {
    const { body } = await renderComponent(<Button type="button">Cancel</Button>);

    expect(getByRole(body, 'button', { name: 'Cancel' }).getAttribute('type')).toBe('button');
  });

  it('renders a native link when given an href', async () => {
    const { body } = await renderComponent(<Button href="/widgets/12/edit">Edit</Button>);
    const link = getByRole(body, 'link', { name: 'Edit' });

    expect(link.getAttribute('href')).toBe('/widgets/12/edit');
    expect(body.querySelector('button')).toBeNull();
  });

  it.each(['primary', 'secondary', 'danger'] as const)(
    'reflects the %s variant on the element',
    async (variant) => {
      const { body } = await renderComponent(<Button variant={variant}>Save</Button>);

      expect(body.querySelector('widget-button')?.getAttribute('variant')).toBe(variant);
    },
  );

  it('is primary unless told otherwise', async () => {
    const { body } = await renderComponent(<Button>Save</Button>);

    expect(body.querySelector('widget-button')?.getAttribute('variant')).toBe('primary');
  });

  it('passes a submit button its name, value and disabled state', async () => {
    const { body } = await renderComponent(
      <Button name="rating" value="3" disabled>
        3
      </Button>,
    );
    const button = getByRole(body, 'button', { name: '3' });

    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('name')).toBe('rating');
    expect(button.getAttribute('value')).toBe('3');
  });
});
