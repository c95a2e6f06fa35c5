import { getByRole } from '@testing-library/dom';
import Link from 'next/link';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { FlashMessage } from '.';

describe('FlashMessage', () => {
  it('announces a notice politely, as a status message in success colours', async () => {
    const { body, shadowOf } = await renderComponent(
      <FlashMessage kind="notice">Thanks for rating!</FlashMessage>,
    );
    const host = body.querySelector('flash-message')!;
    const shadow = shadowOf(host);

    expect(host.textContent).toBe('Thanks for rating!');
    expect(shadow.querySelector('[role="status"] > slot')).not.toBeNull();
    expect(shadow.querySelector('[role="alert"]')).toBeNull();
    expect(shadow.querySelector('.notice')).not.toBeNull();
    expect(shadow.querySelector('style')?.textContent).toContain('var(--color-success)');
  });

  it('interrupts with an alert, in danger colours', async () => {
    const { body, shadowOf } = await renderComponent(
      <FlashMessage kind="alert">This manufacturer still has widgets.</FlashMessage>,
    );
    const shadow = shadowOf(body.querySelector('flash-message')!);

    expect(shadow.querySelector('[role="alert"] > slot')).not.toBeNull();
    expect(shadow.querySelector('[role="status"]')).toBeNull();
    expect(shadow.querySelector('.alert')).not.toBeNull();
    expect(shadow.querySelector('style')?.textContent).toContain('var(--color-danger)');
  });

  it('is a notice unless told otherwise', async () => {
    const { body, shadowOf } = await renderComponent(<FlashMessage>Widget created.</FlashMessage>);

    expect(
      shadowOf(body.querySelector('flash-message')!).querySelector('[role="status"]'),
    ).not.toBeNull();
  });

  it('keeps its content in light DOM, so a link in a message works', async () => {
    const { body } = await renderComponent(
      <FlashMessage kind="notice">
        Widget created. <Link href="/widgets/new">Create another</Link>
      </FlashMessage>,
    );

    expect(getByRole(body, 'link', { name: 'Create another' }).getAttribute('href')).toBe(
      '/widgets/new',
    );
  });
});
