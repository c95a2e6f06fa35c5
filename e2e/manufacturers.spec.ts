import type { Page } from '@playwright/test';
import { manufacturerPath, manufacturersPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { expectEveryCustomElementServerRendered } from './support/components';
import { paddedIdentifier, uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// The names in a list, in the order shown.
const listedNames = (page: Page) => page.locator('tbody').getByRole('link');

async function search(page: Page, text: string) {
  await page.getByLabel('Search by name').fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

test('browse from the manufacturer list to a manufacturer and its widgets', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({
    name: `Acme ${uniqueWord()}`,
    createdAt: new Date('2024-03-01T12:00:00Z'),
  });
  const widget = await widgetFactory.create({
    manufacturerId: manufacturer.id,
    priceCents: 7_500_01,
  });

  await page.goto(manufacturersPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'All manufacturers, sorted by name' }),
  ).toBeVisible();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await search(page, manufacturer.name);
  const row = page.getByRole('row', { name: manufacturer.name });
  await expect(row.getByRole('cell')).toHaveText([manufacturer.name, 'Mar 1, 2024', '1']);

  await page.getByRole('link', { name: manufacturer.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: manufacturer.name })).toBeVisible();
  const widgets = page.getByRole('table', {
    name: `Widgets made by ${manufacturer.name}, sorted by name`,
  });
  await expect(widgets.getByRole('row', { name: widget.name }).getByRole('cell')).toHaveText([
    widget.name,
    paddedIdentifier(widget.id),
    '$7,500.01',
  ]);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: widget.name }).click();
  await expect(page.getByTestId('widget-name')).toHaveText(widget.name);
});

test('a manufacturer without widgets says so', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({ name: `Idle ${uniqueWord()}` });

  await page.goto(manufacturerPath(manufacturer.id));

  await expect(page.getByText('This manufacturer has no widgets yet.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
});

test('search manufacturers by name, sort them by newest and page through them', async ({
  page,
}) => {
  const word = uniqueWord();
  // Added a day apart: newest first is the reverse of by name.
  const names = Array.from({ length: 27 }, (_, i) => `${word} ${String(i + 1).padStart(2, '0')}`);
  await Promise.all(
    names.map((name, i) =>
      manufacturerFactory.create({ name, createdAt: new Date(Date.UTC(2020, 0, 1 + i)) }),
    ),
  );
  await manufacturerFactory.create({ name: `Other ${uniqueWord()}` });
  const newestFirst = [...names].reverse();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  const columnHeader = (name: string) => page.getByRole('columnheader', { name, exact: true });

  await page.goto(manufacturersPath());
  await search(page, word.toUpperCase());
  await expect(listedNames(page)).toHaveText(names.slice(0, 25));
  await expect(
    page.getByRole('table', {
      name: `Manufacturers matching “${word.toUpperCase()}”, sorted by name`,
    }),
  ).toBeVisible();
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
  await expectNoAccessibilityViolations(page);

  await columnHeader('Added').getByRole('link', { name: 'Added' }).click();
  await expect(listedNames(page)).toHaveText(newestFirst.slice(0, 25));
  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByLabel('Search by name')).toHaveValue(word.toUpperCase());

  await pagination.getByRole('link', { name: 'Next' }).click();
  await expect(listedNames(page)).toHaveText(newestFirst.slice(25));
  await expect(pagination.getByRole('link', { name: 'Next' })).toBeDisabled();
  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(listedNames(page)).toHaveText(newestFirst.slice(0, 25));

  // A new search keeps the sort and starts from the first page.
  await search(page, `${word} 0`);
  await expect(listedNames(page)).toHaveText(newestFirst.filter((name) => name.includes(' 0')));
  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');
});

test('page through a manufacturer’s widgets', async ({ page }) => {
  const word = uniqueWord();
  const manufacturer = await manufacturerFactory.create({ name: `Busy ${word}` });
  const names = Array.from({ length: 27 }, (_, i) => `${word} ${String(i + 1).padStart(2, '0')}`);
  await Promise.all(
    names.map((name) => widgetFactory.create({ name, manufacturerId: manufacturer.id })),
  );
  const pagination = page.getByRole('navigation', { name: 'Pagination' });

  await page.goto(manufacturerPath(manufacturer.id));
  await expect(listedNames(page)).toHaveText(names.slice(0, 25));
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Next' }).click();
  await expect(listedNames(page)).toHaveText(names.slice(25));
  await expect(page.getByRole('heading', { level: 1, name: manufacturer.name })).toBeVisible();
  await expect(pagination.getByRole('link', { name: 'Next' })).toBeDisabled();
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(listedNames(page)).toHaveText(names.slice(0, 25));
});

test('the main navigation leads to both lists', async ({ page }) => {
  await page.goto(manufacturersPath());
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Widgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();

  await nav.getByRole('link', { name: 'Manufacturers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
});
