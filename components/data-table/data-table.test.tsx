import { getAllByRole, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '@/test/support/render-component';
import { Price } from '@/components/price';
import { DataTable, type DataTableColumn } from '.';

const columns: DataTableColumn<'name' | 'price'>[] = [
  { key: 'name', label: 'Name', sortHref: '/widgets?sort=name', sorted: 'ascending' },
  { key: 'price', label: 'Price', sortHref: '/widgets?sort=price', align: 'end' },
];

const rows = [
  { key: 1, cells: { name: 'Stembolt', price: <Price cents={123456} /> } },
  { key: 2, cells: { name: 'Flange', price: <Price cents={500} /> } },
];

describe('DataTable', () => {
  it('is a native table in light DOM, named by its caption', async () => {
    const { body } = await renderComponent(
      <DataTable caption="2 widgets" columns={columns} rows={rows} emptyMessage="None." />,
    );

    const table = getByRole(body, 'table', { name: '2 widgets' });
    expect(table.closest('data-table')).not.toBeNull();
    // The sort arrow is hidden from assistive technology: the headers are named by their labels.
    getByRole(table, 'columnheader', { name: 'Name' });
    getByRole(table, 'columnheader', { name: 'Price' });
    expect(getAllByRole(table, 'row')).toHaveLength(3);
    expect(getByRole(table, 'cell', { name: 'Stembolt' }).closest('tbody')).not.toBeNull();
  });

  it('puts components in cells, each rendered on the server', async () => {
    const { body, shadowTextOf } = await renderComponent(
      <DataTable caption="2 widgets" columns={columns} rows={rows} emptyMessage="None." />,
    );

    const prices = [...body.querySelectorAll('td widget-price')].map(shadowTextOf);
    expect(prices).toEqual(['$1,234.56', '$5.00']);
  });

  it('makes sortable headers links and marks the current sort for everyone', async () => {
    const { body } = await renderComponent(
      <DataTable caption="2 widgets" columns={columns} rows={rows} emptyMessage="None." />,
    );
    const [nameHeader, priceHeader] = getAllByRole(body, 'columnheader');

    expect(getByRole(nameHeader!, 'link', { name: 'Name' }).getAttribute('href')).toBe(
      '/widgets?sort=name',
    );
    expect(nameHeader!.getAttribute('aria-sort')).toBe('ascending');
    expect(nameHeader!.querySelector('[aria-hidden="true"]')?.textContent).toBe('▲');

    expect(getByRole(priceHeader!, 'link', { name: 'Price' }).getAttribute('href')).toBe(
      '/widgets?sort=price',
    );
    expect(priceHeader!.hasAttribute('aria-sort')).toBe(false);
    expect(priceHeader!.querySelector('[aria-hidden="true"]')).toBeNull();
  });

  it('shows a descending sort with a downward arrow, and plain headers as text', async () => {
    const { body } = await renderComponent(
      <DataTable
        caption="1 widget"
        columns={[
          { key: 'name', label: 'Name' },
          { key: 'added', label: 'Added', sortHref: '/widgets?sort=newest', sorted: 'descending' },
        ]}
        rows={[{ key: 1, cells: { name: 'Stembolt', added: 'Mar 1, 2024' } }]}
        emptyMessage="None."
      />,
    );
    const [nameHeader, addedHeader] = getAllByRole(body, 'columnheader');

    expect(nameHeader!.querySelector('a')).toBeNull();
    expect(addedHeader!.getAttribute('aria-sort')).toBe('descending');
    expect(addedHeader!.textContent).toBe('Added▼');
  });

  it('right-aligns an `end` column and lines its digits up', async () => {
    const { body } = await renderComponent(
      <DataTable caption="2 widgets" columns={columns} rows={rows} emptyMessage="None." />,
    );

    const priceCells = body.querySelectorAll('th:last-child, td:last-child');
    for (const cell of priceCells) {
      expect(cell.classList).toContain('text-right');
      expect(cell.classList).toContain('tabular-nums');
    }
  });

  it('shows the empty message, from its shadow DOM, in place of a table with no rows', async () => {
    const { body, shadowTextOf } = await renderComponent(
      <DataTable
        caption="0 widgets"
        columns={columns}
        rows={[]}
        emptyMessage="There are no widgets yet."
      />,
    );

    expect(body.querySelector('table')).toBeNull();
    expect(shadowTextOf(body.querySelector('data-table')!)).toBe('There are no widgets yet.');
  });
});
