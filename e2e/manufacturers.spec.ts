import { manufacturersPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

test('browse from the manufacturer list to a manufacturer and its widgets', async ({ page }) => {
  // "000" sorts before every other test's manufacturers, so this one is on the first page.
  const manufacturer = await manufacturerFactory.create({ name: `000 Acme ${uniqueWord()}` });
  const widget = await widgetFactory.create({ manufacturerId: manufacturer.id });

  await page.goto(manufacturersPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: manufacturer.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: manufacturer.name })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: widget.name }).click();
  await expect(page.getByTestId('widget-name')).toHaveText(widget.name);
});

test('the main navigation leads to both lists', async ({ page }) => {
  await page.goto(manufacturersPath());
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Widgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();

  await nav.getByRole('link', { name: 'Manufacturers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
});
