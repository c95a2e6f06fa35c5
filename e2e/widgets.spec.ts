import type { Page } from '@playwright/test';
import { widgetsPath } from '@/lib/routes';
import {
  addressFactory,
  manufacturerFactory,
  widgetFactory,
  widgetRatingFactory,
} from '@/test/factories';
import { expectEveryCustomElementServerRendered } from './support/components';
import { paddedIdentifier, uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// The widget names in the list, in the order shown.
const listedNames = (page: Page) => page.locator('tbody').getByRole('link');

async function search(page: Page, text: string) {
  await page.getByLabel('Search by name').fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

test('browse from the widget list to a widget and on to its manufacturer', async ({ page }) => {
  const word = uniqueWord();
  const address = await addressFactory.create({ street: '18144 El Camino Real', zip: '94087' });
  const manufacturer = await manufacturerFactory.create({
    name: `Cyberdyne ${word}`,
    addressId: address.id,
  });
  const widget = await widgetFactory.create({
    name: `Stembolt ${word}`,
    priceCents: 1_234_56,
    manufacturerId: manufacturer.id,
  });
  await widgetRatingFactory.create({ widgetId: widget.id, rating: 4 });
  await widgetRatingFactory.create({ widgetId: widget.id, rating: 5 });

  await page.goto(widgetsPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  await expect(page).toHaveTitle('Our Widgets · Widgets');
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await search(page, word);
  await page.getByRole('link', { name: `Stembolt ${word}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Widget Information' })).toBeVisible();
  await expect(page).toHaveTitle(`Stembolt ${word} · Widgets`);
  await expect(page.getByTestId('widget-name')).toHaveText(`Stembolt ${word}`);
  await expect(page.getByText(`ID #${paddedIdentifier(widget.id)}`)).toBeVisible();
  await expect(page.locator('code')).toHaveCount(0);
  await expect(page.getByText('$1,234.56')).toBeVisible();
  await expect(page.getByText('Fresh', { exact: true })).toBeVisible();
  await expect(page.getByText('4.5 (2 ratings)')).toBeVisible();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: `Cyberdyne ${word}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Cyberdyne ${word}` })).toBeVisible();
  await expect(page.getByText('18144 El Camino Real')).toBeVisible();
  await expect(page.getByText('94087')).toBeVisible();
  await expect(page.getByRole('link', { name: `Stembolt ${word}` })).toBeVisible();
  await expect(page.getByText('$1,234.56')).toBeVisible();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
});

test('a widget nobody has rated says so', async ({ page }) => {
  const widget = await widgetFactory.create({ name: `Flange ${uniqueWord()}` });

  await page.goto(widgetsPath({ q: widget.name }));
  await page.getByRole('link', { name: widget.name }).click();

  await expect(page.getByTestId('widget-name')).toHaveText(widget.name);
  await expect(page.getByText('No ratings yet')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('search widgets by name, ignoring case', async ({ page }) => {
  const word = uniqueWord();
  await widgetFactory.create({ name: `Flux ${word} Capacitor` });
  await widgetFactory.create({ name: `${word.toUpperCase()} Sprocket` });
  await widgetFactory.create({ name: `Sprocket ${uniqueWord()}` });

  await page.goto(widgetsPath());
  await search(page, word);

  await expect(listedNames(page)).toHaveText([
    `${word.toUpperCase()} Sprocket`,
    `Flux ${word} Capacitor`,
  ]);
  await expect(
    page.getByRole('table', { name: `Widgets matching “${word}”, sorted by name` }),
  ).toBeVisible();
  await expect(page.getByLabel('Search by name')).toHaveValue(word);
  await expectNoAccessibilityViolations(page);

  await search(page, `${word} nothing`);

  await expect(page.getByText(`No widgets match “${word} nothing”.`)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
});

test('sort widgets by name, price and newest with the column headers', async ({ page }) => {
  const word = uniqueWord();
  const { id: manufacturerId } = await manufacturerFactory.create();
  const widget = (name: string, priceCents: number, createdAt: string) =>
    widgetFactory.create({
      name: `${word} ${name}`,
      priceCents,
      createdAt: new Date(createdAt),
      manufacturerId,
    });
  await widget('Bravo', 300_00, '2024-03-01');
  await widget('Alpha', 900_00, '2024-01-01');
  await widget('Charlie', 5_00, '2024-02-01');
  const columnHeader = (name: string) => page.getByRole('columnheader', { name, exact: true });
  const sortBy = (name: string) => columnHeader(name).getByRole('link', { name }).click();

  await page.goto(widgetsPath({ q: word }));
  await expect(listedNames(page)).toHaveText([`${word} Alpha`, `${word} Bravo`, `${word} Charlie`]);
  await expect(columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
  await expect(columnHeader('Name')).toContainText('▲');

  await sortBy('Price');
  await expect(listedNames(page)).toHaveText([`${word} Charlie`, `${word} Bravo`, `${word} Alpha`]);
  await expect(page.locator('tbody tr td:last-child')).toHaveText(['$5.00', '$300.00', '$900.00']);
  await expect(columnHeader('Price')).toHaveAttribute('aria-sort', 'ascending');
  await expect(columnHeader('Name')).not.toHaveAttribute('aria-sort');
  await expect(columnHeader('Name')).not.toContainText('▲');
  await expect(page.getByLabel('Search by name')).toHaveValue(word);
  await expectNoAccessibilityViolations(page);

  await sortBy('Added');
  await expect(listedNames(page)).toHaveText([`${word} Bravo`, `${word} Charlie`, `${word} Alpha`]);
  await expect(page.getByRole('cell', { name: 'Mar 1, 2024' })).toBeVisible();
  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');
  await expect(columnHeader('Added')).toContainText('▼');
  await expectNoAccessibilityViolations(page);
});

test('page through more than 25 widgets with Next and Previous, keeping the search and the sort', async ({
  page,
}) => {
  const word = uniqueWord();
  const { id: manufacturerId } = await manufacturerFactory.create();
  // Cheapest first is the reverse of by name, so the pages show the sort was kept.
  const names = Array.from({ length: 30 }, (_, i) => `${word} ${String(i + 1).padStart(2, '0')}`);
  await Promise.all(
    names.map((name, i) => widgetFactory.create({ name, priceCents: 100_00 - i, manufacturerId })),
  );
  const byPrice = [...names].reverse();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });

  await page.goto(widgetsPath({ sort: 'price', q: word }));
  await expect(listedNames(page)).toHaveText(byPrice.slice(0, 25));
  await expect(
    page.getByRole('table', { name: `Widgets matching “${word}”, sorted by price, lowest first` }),
  ).toBeVisible();
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Next' }).click();
  await expect(listedNames(page)).toHaveText(byPrice.slice(25));
  await expect(pagination.getByRole('link', { name: 'Next' })).toBeDisabled();
  await expect(page.getByLabel('Search by name')).toHaveValue(word);
  await expect(page.getByRole('columnheader', { name: 'Price' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(listedNames(page)).toHaveText(byPrice.slice(0, 25));
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
});

test('a list URL names its page by the widget it starts after or ends before', async ({ page }) => {
  const word = uniqueWord();
  const { id: manufacturerId } = await manufacturerFactory.create();
  const widgets = [];
  for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
    widgets.push(await widgetFactory.create({ name: `${word} ${name}`, manufacturerId }));
  }
  const pagination = page.getByRole('navigation', { name: 'Pagination' });

  await page.goto(widgetsPath({ q: word, after: widgets[1]!.id }));
  await expect(listedNames(page)).toHaveText([`${word} Charlie`, `${word} Delta`]);
  await expect(pagination.getByRole('link', { name: 'Next' })).toBeDisabled();

  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(listedNames(page)).toHaveText([`${word} Alpha`, `${word} Bravo`]);
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
  await expectNoAccessibilityViolations(page);
});

test('searching keeps the sort, and starts from the first page', async ({ page }) => {
  const word = uniqueWord();
  const { id: manufacturerId } = await manufacturerFactory.create();
  await widgetFactory.create({ name: `${word} Dear`, priceCents: 900_00, manufacturerId });
  await widgetFactory.create({ name: `${word} Cheap`, priceCents: 1_00, manufacturerId });

  await page.goto(widgetsPath({ sort: 'price' }));
  await search(page, word);

  await expect(listedNames(page)).toHaveText([`${word} Cheap`, `${word} Dear`]);
  await expect(page.getByRole('columnheader', { name: 'Price' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(new URL(page.url()).searchParams.get('sort')).toBe('price');
});

test('a cursor that names no widget shows the first page', async ({ page }) => {
  const widget = await widgetFactory.create({ name: `Gasket ${uniqueWord()}` });

  // Malformed cursors ("abc") are in not-found.spec.ts.
  for (const after of [-1, 99_999_999_999, 2_147_483_647]) {
    const response = await page.goto(widgetsPath({ q: widget.name, after }));

    expect(response?.status()).toBe(200);
    await expect(listedNames(page)).toHaveText([widget.name]);
  }
});
