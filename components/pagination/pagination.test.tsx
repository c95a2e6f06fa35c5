import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Pagination } from '.';

const hrefs = { previousHref: '/widgets?page=1', nextHref: '/widgets?page=3' };

describe('Pagination', () => {
  it('is a navigation landmark holding its links, and shows the page and the page count', () => {
    const { body, shadowTextOf } = renderComponent(
      <Pagination page={2} totalPages={5} {...hrefs} />,
    );
    const navigation = getByRole(body, 'navigation', { name: 'Pagination' });

    getByRole(navigation, 'link', { name: 'Previous' });
    getByRole(navigation, 'link', { name: 'Next' });
    expect(shadowTextOf(navigation.querySelector('widget-pagination')!)).toBe('Page 2 of 5');
  });

  it('links to the pages before and after with plain light-DOM links', () => {
    const { body } = renderComponent(<Pagination page={2} totalPages={5} {...hrefs} />);

    const previous = getByRole(body, 'link', { name: 'Previous' });
    const next = getByRole(body, 'link', { name: 'Next' });
    expect(previous.getAttribute('href')).toBe('/widgets?page=1');
    expect(previous.getAttribute('rel')).toBe('prev');
    expect(next.getAttribute('href')).toBe('/widgets?page=3');
    expect(next.getAttribute('rel')).toBe('next');
  });

  it('shows "Previous" as a disabled link on the first page', () => {
    const { body } = renderComponent(<Pagination page={1} totalPages={5} {...hrefs} />);

    const previous = getByRole(body, 'link', { name: 'Previous' });
    expect(previous.hasAttribute('href')).toBe(false);
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    expect(getByRole(body, 'link', { name: 'Next' }).getAttribute('href')).toBe('/widgets?page=3');
  });

  it('shows "Next" as a disabled link on the last page', () => {
    const { body } = renderComponent(<Pagination page={5} totalPages={5} {...hrefs} />);

    const next = getByRole(body, 'link', { name: 'Next' });
    expect(next.hasAttribute('href')).toBe(false);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(getByRole(body, 'link', { name: 'Previous' }).getAttribute('href')).toBe(
      '/widgets?page=1',
    );
  });

  it('renders nothing when everything fits on one page', () => {
    const { body } = renderComponent(<Pagination page={1} totalPages={1} {...hrefs} />);

    expect(body.innerHTML).toBe('');
  });
});
