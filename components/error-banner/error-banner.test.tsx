import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { ErrorBanner } from '.';

describe('ErrorBanner', () => {
  it('says the data is not valid, as an alert, rendered on the server', () => {
    const { body, shadowOf, shadowTextOf } = renderComponent(<ErrorBanner />);
    const host = body.querySelector('error-banner')!;

    expect(shadowOf(host).querySelector('[role="alert"]')).not.toBeNull();
    expect(shadowTextOf(host)).toBe('The data you provided is not valid.');
    expect(shadowOf(host).querySelector('ul')).toBeNull();
  });

  it('lists the error messages in the order given', () => {
    const errors = [
      "Name can't be blank",
      'Price must be greater than 0',
      "Manufacturer can't be blank",
    ];
    const { body, shadowOf } = renderComponent(<ErrorBanner errors={errors} />);
    const alert = shadowOf(body.querySelector('error-banner')!).querySelector('[role="alert"]')!;

    expect(alert.querySelector('p')?.textContent).toBe('The data you provided is not valid.');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual(errors);
  });

  it('can say something else', () => {
    const message =
      'This widget was changed by someone else. Review the current values and save again.';
    const { body, shadowTextOf } = renderComponent(<ErrorBanner message={message} />);

    expect(shadowTextOf(body.querySelector('error-banner')!)).toBe(message);
  });

  it('is styled with the design tokens', () => {
    const { body, shadowOf } = renderComponent(<ErrorBanner />);

    expect(
      shadowOf(body.querySelector('error-banner')!).querySelector('style')?.textContent,
    ).toContain('var(--color-danger)');
  });
});
