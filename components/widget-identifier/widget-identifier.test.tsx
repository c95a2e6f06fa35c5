import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { WidgetIdentifier } from '.';

describe('WidgetIdentifier', () => {
  it('shows the identifier in monospace, rendered on the server', async () => {
    const { body, shadowOf, shadowTextOf } = await renderComponent(
      <WidgetIdentifier value="0012.34" />,
    );
    const host = body.querySelector('widget-identifier')!;

    expect(shadowTextOf(host)).toBe('0012.34');
    expect(shadowOf(host).querySelector('style')?.textContent).toContain('var(--font-mono)');
  });

  it('is not a <code> element: an identifier is data, not code', async () => {
    const { body } = await renderComponent(<WidgetIdentifier value="9876.54" />);

    expect(body.querySelector('code')).toBeNull();
  });
});
