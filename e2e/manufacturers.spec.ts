import { manufacturerPath, manufacturersPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { expectEveryCustomElementServerRendered } from './support/components';
import { paddedIdentifier, uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

test('browse from the manufacturer list to a manufacturer and its widgets', async ({ page }) => {
  // "000" sorts before every other test's manufacturers, so this one is on the first page.
  const manufacturer = await manufacturerFactory.create({ name: `000 Acme ${uniqueWord()}` });
  const widget = await widgetFactory.create({
    manufacturerId: manufacturer.id,
    priceCents: 7_500_01,
  });

  await page.goto(manufacturersPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
  const row = page.getByRole('row', { name: manufacturer.name });
  await expect(row.getByRole('cell')).toHaveText([manufacturer.name, '1']);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: manufacturer.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: manufacturer.name })).toBeVisible();
  const widgets = page.getByRole('table', { name: '1 widget' });
  await expect(widgets.getByRole('row', { name: widget.name }).getByRole('cell')).toHaveText([
    widget.name,
    paddedIdentifier(widget.id),
    '$7,500.01',
  ]);
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

test('the main navigation leads to both lists', async ({ page }) => {
  await page.goto(manufacturersPath());
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Widgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();

  await nav.getByRole('link', { name: 'Manufacturers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
});
