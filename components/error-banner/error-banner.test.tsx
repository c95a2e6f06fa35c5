import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { ErrorBanner } from '.';

describe('ErrorBanner', () => {
  it('says the data is not valid, as an alert, rendered on the server', async () => {
    const { body, shadowOf, shadowTextOf } = await renderComponent(<ErrorBanner />);
    const host = body.querySelector('error-banner')!;

    expect(shadowOf(host).querySelector('[role="alert"]')).not.toBeNull();
    expect(shadowTextOf(host)).toBe('The data you provided is not valid.');
    expect(shadowOf(host).querySelector('ul')).toBeNull();
  });

  it('lists the error messages in the order given', async () => {
    const errors = [
      "Name can't be blank",
      'Price must be greater than 0',
      "Manufacturer can't be blank",
    ];
    const { body, shadowOf } = await renderComponent(<ErrorBanner errors={errors} />);
    const alert = shadowOf(body.querySelector('error-banner')!).querySelector('[role="alert"]')!;

    expect(alert.querySelector('p')?.textContent).toBe('The data you provided is not valid.');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual(errors);
  });

  it('can say something else', async () => {
    const message =
      'This widget was changed by someone else. Review the current values and save again.';
    const { body, shadowTextOf } = await renderComponent(<ErrorBanner message={message} />);

    expect(shadowTextOf(body.querySelector('error-banner')!)).toBe(message);
  });

  it('is styled with the design tokens', async () => {
    const { body, shadowOf } = await renderComponent(<ErrorBanner />);

    expect(
      shadowOf(body.querySelector('error-banner')!).querySelector('style')?.textContent,
    ).toContain('var(--color-danger)');
  });
});
