import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Price } from '.';

describe('Price', () => {
  it('shows cents as US dollars, rendered on the server', async () => {
    const { body, shadowTextOf } = await renderComponent(<Price cents={123456} />);

    expect(shadowTextOf(body.querySelector('widget-price')!)).toBe('$1,234.56');
  });

  it('always shows the cents, also for whole and small amounts', async () => {
    const { body, shadowTextOf } = await renderComponent(
      <p>
        <Price cents={750000} /> <Price cents={5} />
      </p>,
    );
    const [large, small] = body.querySelectorAll('widget-price');

    expect(shadowTextOf(large!)).toBe('$7,500.00');
    expect(shadowTextOf(small!)).toBe('$0.05');
  });

  it('lines digits up in columns and never breaks an amount across lines', async () => {
    const { body, shadowOf } = await renderComponent(<Price cents={100} />);
    const styles = shadowOf(body.querySelector('widget-price')!).querySelector(
      'style',
    )?.textContent;

    expect(styles).toContain('tabular-nums');
    expect(styles).toContain('nowrap');
  });
});
