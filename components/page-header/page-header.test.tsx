import { getByRole } from '@testing-library/dom';
import Link from 'next/link';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { PageHeader } from '.';

describe('PageHeader', () => {
  it("renders the heading as the document's <h1>, in light DOM", async () => {
    const { body } = await renderComponent(<PageHeader heading="Our Widgets" />);

    const heading = getByRole(body, 'heading', { level: 1, name: 'Our Widgets' });
    expect(heading.closest('page-header')).not.toBeNull();
    expect(heading.getAttribute('slot')).toBe('heading');
  });

  it('lays the heading out in its server-rendered shadow DOM', async () => {
    const { body, shadowOf } = await renderComponent(<PageHeader heading="Our Widgets" />);
    const shadow = shadowOf(body.querySelector('page-header')!);

    expect(shadow.querySelector('slot[name="heading"]')).not.toBeNull();
    expect(shadow.querySelector('.description')).toBeNull();
  });

  it('shows a description under the heading', async () => {
    const { body, shadowTextOf } = await renderComponent(
      <PageHeader heading="Page not found" description="There is nothing at this address." />,
    );

    expect(shadowTextOf(body.querySelector('page-header')!)).toBe(
      'There is nothing at this address.',
    );
  });

  it('slots the actions as ordinary light-DOM links', async () => {
    const { body } = await renderComponent(
      <PageHeader heading="Our Widgets" actions={<Link href="/widgets/new">New widget</Link>} />,
    );

    const link = getByRole(body, 'link', { name: 'New widget' });
    expect(link.getAttribute('href')).toBe('/widgets/new');
    expect(link.closest('[slot="actions"]')).not.toBeNull();
  });

  it('leaves the actions area out when there are none', async () => {
    const { body } = await renderComponent(<PageHeader heading="Our Widgets" />);

    expect(body.querySelector('[slot="actions"]')).toBeNull();
  });
});
