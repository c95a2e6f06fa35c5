import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Pagination } from '.';

const hrefs = { previousHref: '/widgets?before=26', nextHref: '/widgets?after=50' };

describe('Pagination', () => {
  it('is a navigation landmark holding its links, in server-rendered slots', async () => {
    const { body, shadowOf } = await renderComponent(<Pagination {...hrefs} />);
    const navigation = getByRole(body, 'navigation', { name: 'Pagination' });

    getByRole(navigation, 'link', { name: 'Previous' });
    getByRole(navigation, 'link', { name: 'Next' });
    const shadowRoot = shadowOf(navigation.querySelector('widget-pagination')!);
    expect(shadowRoot.querySelector('slot[name="previous"]')).not.toBeNull();
    expect(shadowRoot.querySelector('slot[name="next"]')).not.toBeNull();
  });

  it('links to the pages before and after with plain light-DOM links', async () => {
    const { body } = await renderComponent(<Pagination {...hrefs} />);

    const previous = getByRole(body, 'link', { name: 'Previous' });
    const next = getByRole(body, 'link', { name: 'Next' });
    expect(previous.getAttribute('href')).toBe('/widgets?before=26');
    expect(previous.getAttribute('rel')).toBe('prev');
    expect(previous.getAttribute('slot')).toBe('previous');
    expect(next.getAttribute('href')).toBe('/widgets?after=50');
    expect(next.getAttribute('rel')).toBe('next');
    expect(next.getAttribute('slot')).toBe('next');
  });

  it('shows "Previous" as a disabled link on the first page', async () => {
    const { body } = await renderComponent(<Pagination nextHref={hrefs.nextHref} />);

    const previous = getByRole(body, 'link', { name: 'Previous' });
    expect(previous.hasAttribute('href')).toBe(false);
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    expect(getByRole(body, 'link', { name: 'Next' }).getAttribute('href')).toBe(
      '/widgets?after=50',
    );
  });

  it('shows "Next" as a disabled link on the last page', async () => {
    const { body } = await renderComponent(<Pagination previousHref={hrefs.previousHref} />);

    const next = getByRole(body, 'link', { name: 'Next' });
    expect(next.hasAttribute('href')).toBe(false);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(getByRole(body, 'link', { name: 'Previous' }).getAttribute('href')).toBe(
      '/widgets?before=26',
    );
  });

  it('renders nothing when the list has one page', async () => {
    const { body } = await renderComponent(<Pagination />);

    expect(body.innerHTML).toBe('');
  });
});
