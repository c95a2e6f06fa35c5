import { getAllByRole, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Rating } from '.';

describe('Rating', () => {
  it('offers "Rate This Widget:" with a button for each rating from 1 to 5', async () => {
    const { body } = await renderComponent(<Rating widgetId={42} />);

    const group = getByRole(body, 'group', { name: 'Rate This Widget:' });
    expect(group.localName).toBe('widget-rating');
    expect(getAllByRole(group, 'button').map((button) => button.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('makes each button a real form that posts the widget and its rating, without JavaScript', async () => {
    const { body } = await renderComponent(<Rating widgetId={42} />);

    const forms = [...body.querySelectorAll('widget-rating > form')] as HTMLFormElement[];
    expect(forms).toHaveLength(5);
    forms.forEach((form, index) => {
      expect(form.getAttribute('method')).toBe('post');
      expect(form.getAttribute('action')).toBe('/widget_ratings');
      const hidden = form.querySelector('input[type="hidden"]') as HTMLInputElement;
      expect([hidden.name, hidden.value]).toEqual(['widget_id', '42']);
      const button = getByRole(form, 'button') as HTMLButtonElement;
      expect([button.type, button.name, button.value]).toEqual([
        'submit',
        'rating',
        String(index + 1),
      ]);
    });
  });

  it('lays the label and the forms out in its server-rendered shadow DOM', async () => {
    const { body, shadowOf } = await renderComponent(<Rating widgetId={42} />);
    const shadow = shadowOf(body.querySelector('widget-rating')!);

    expect(shadow.querySelector('slot[name="label"]')).not.toBeNull();
    expect(shadow.querySelector('.buttons > slot:not([name])')).not.toBeNull();
    expect(shadow.querySelector('[role="status"]')).not.toBeNull();
    expect(shadow.querySelector('[data-rating-present]')).toBeNull();
  });

  it('leaves the call to action out unless asked for it', async () => {
    const { body, shadowTextOf } = await renderComponent(<Rating widgetId={42} />);

    expect(shadowTextOf(body.querySelector('widget-rating')!)).not.toContain('amazing');
  });

  it('shows the call to action when asked', async () => {
    const { body, shadowTextOf } = await renderComponent(<Rating widgetId={42} showCallToAction />);

    expect(shadowTextOf(body.querySelector('widget-rating')!)).toBe(
      'Your ratings help us be amazing!',
    );
  });

  it('thanks the visitor in place of the buttons once rated', async () => {
    const { body, shadowOf } = await renderComponent(<Rating widgetId={42} rated={4} />);
    const shadow = shadowOf(body.querySelector('widget-rating')!);

    const thanks = shadow.querySelector('[role="status"] [data-rating-present]');
    expect(thanks?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Thanks for rating this a 4');
    expect(shadow.querySelector('slot')).toBeNull();
  });
});
