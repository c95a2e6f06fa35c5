// The resource's browser tests, for both Playwright projects: e2e/<table>.spec.ts (the list and a
// record's page, as a visitor sees them) and e2e/<file>-management.spec.ts (creating, editing and
// deleting, as a catalog user), modelled on e2e/manufacturer*.spec.ts and e2e/widget-*.spec.ts.
// Lean on purpose: every generated resource adds them to CI's run.
import type { Field, Resource } from '../../model';
import type { NewFile } from '../../output';
import {
  a,
  displayOf,
  formLabel,
  importLine,
  lines,
  referencesOf,
  searchLabel,
  webNames,
  type Reference,
} from './names';

/** The name a field's errors start with (lib/validation-errors.ts fullMessage). */
function messageName(field: Field): string {
  const words = field.attribute.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A field's error in the refused form: what is typed in it (nothing: null), and what it says. */
type Refusal = { field: Field; typed: string | null; message: string };

/** A test's value for a field: given to the factory, typed in the form, then shown and stored. */
type Sample = {
  /** The factory's value (for the field's property), an expression. */
  factory: string;
  /** What fills the control, a statement on `control` (a Locator). */
  fill: (control: string) => string;
  /** The text the show page shows for it (an expression: a string or a RegExp). */
  shown: string;
  /** The control's value on the edit form (an expression), or checked/unchecked. */
  input: string | { checked: boolean };
  /** The stored value (an expression). */
  stored: string;
};

// A unique number, money, date or time field gets a value of each test's own, from `number`
// (e2e/support/data.ts uniqueNumber): tests share the database, and both projects run each test.
const NUMBERED_TYPES = new Set<Field['type']>(['integer', 'money', 'date', 'datetime']);

function isNumbered(field: Field): boolean {
  return field.unique && NUMBERED_TYPES.has(field.type);
}

/** What a numbered field's value, `n` (an expression), gives. */
function numberedSample(field: Field, n: string): Sample {
  const same = (value: string) => ({ factory: value, stored: value });
  switch (field.type) {
    case 'integer':
      return {
        ...same(n),
        fill: (c) => `${c}.fill(String(${n}))`,
        shown: `String(${n})`,
        input: `String(${n})`,
      };
    case 'money':
      return {
        ...same(n),
        fill: (c) => `${c}.fill(formatDollarsForInput(${n}))`,
        shown: `formatCents(${n})`,
        input: `formatDollarsForInput(${n})`,
      };
    case 'date':
      return {
        ...same(`dayNumbered(${n})`),
        fill: (c) => `${c}.fill(formatDateForInput(dayNumbered(${n})))`,
        shown: `formatDate(dayNumbered(${n}))`,
        input: `formatDateForInput(dayNumbered(${n}))`,
      };
    default:
      return {
        ...same(`minuteNumbered(${n})`),
        fill: (c) => `${c}.fill(formatDateTimeForInput(minuteNumbered(${n})))`,
        shown: `formatDateTime(minuteNumbered(${n}))`,
        input: `formatDateTimeForInput(minuteNumbered(${n}))`,
      };
  }
}

/** The helpers and imports a spec needs for its numbered fields. */
function numberedSupport(resource: Resource) {
  const numbered = resource.fields.filter(isNumbered);
  const has = (type: Field['type']) => numbered.some((field) => field.type === type);
  return {
    imports: [
      importLine('@/lib/dates', [
        has('date') && 'formatDate',
        has('date') && 'formatDateForInput',
        has('datetime') && 'formatDateTime',
        has('datetime') && 'formatDateTimeForInput',
      ]),
      importLine('@/lib/money', [
        has('money') && 'formatCents',
        has('money') && 'formatDollarsForInput',
      ]),
    ],
    helpers: [
      has('date') &&
        "// A test's own day, numbered from Jan 1, 1000.\nconst dayNumbered = (number: number) => new Date(Date.UTC(1000, 0, 1 + (number % 2_900_000)));\n",
      has('datetime') &&
        "// A test's own minute, numbered from 2000.\nconst minuteNumbered = (number: number) => new Date(Date.UTC(2000, 0, 1, 0, number));\n",
    ],
    dataImport: importLine('./support/data', [
      'uniqueWord',
      (numbered.length > 0 || ownUniques(resource).length > 0) && 'uniqueNumber',
    ]),
    declaration: numbered.length > 0 && '  const number = uniqueNumber();',
  };
}

/**
 * The unique fields but the display one, each with a value of the record's own, for a factory
 * (which takes its unique values from its sequence: that starts again in each Playwright worker,
 * and the tests share the database).
 */
function ownUniques(resource: Resource): string[] {
  return resource.fields
    .filter((field) => field.unique && field !== resource.display)
    .map((field) => {
      switch (field.type) {
        case 'integer':
        case 'money':
          return `${field.property}: uniqueNumber()`;
        case 'date':
          return `${field.property}: dayNumbered(uniqueNumber())`;
        case 'datetime':
          return `${field.property}: minuteNumbered(uniqueNumber())`;
        case 'references':
          return `${field.property}: (await ${(field as Reference).target.instance}Factory.create()).id`;
        default:
          return `${field.property}: \`${field.label} \${uniqueWord()}\``;
      }
    });
}

/** `{ name: …, … }`: a factory's record named `name` (an expression), its unique fields its own. */
function ownRecord(resource: Resource, name: string): string {
  const display = resource.display.property;
  return `{ ${[name === display ? name : `${display}: ${name}`, ...ownUniques(resource)].join(', ')} }`;
}

/** The first value each test gives a field; `word`, `number` and each target are in scope. */
function firstSample(field: Field): Sample {
  if (isNumbered(field)) return numberedSample(field, 'number');
  switch (field.type) {
    case 'string': {
      const text = `\`${field.label} \${word}\``;
      return {
        factory: text,
        fill: (c) => `${c}.fill(${text})`,
        shown: text,
        input: text,
        stored: text,
      };
    }
    case 'text':
      return {
        factory: "'First line\\nSecond line'",
        fill: (c) => `${c}.fill('First line\\nSecond line')`,
        shown: "'First line Second line'",
        input: "'First line\\nSecond line'",
        stored: "'First line\\nSecond line'",
      };
    case 'integer':
      return {
        factory: '42',
        fill: (c) => `${c}.fill('42')`,
        shown: "'42'",
        input: "'42'",
        stored: '42',
      };
    case 'money':
      return {
        factory: '1_234_56',
        fill: (c) => `${c}.fill('1234.56')`,
        shown: "'$1,234.56'",
        input: "'1234.56'",
        stored: '1_234_56',
      };
    case 'boolean':
      return {
        factory: 'true',
        fill: (c) => `${c}.check()`,
        shown: "'Yes'",
        input: { checked: true },
        stored: 'true',
      };
    case 'date':
      return {
        factory: "new Date('2024-03-01')",
        fill: (c) => `${c}.fill('2024-03-01')`,
        shown: "'Mar 1, 2024'",
        input: "'2024-03-01'",
        stored: "new Date('2024-03-01')",
      };
    case 'datetime':
      return {
        factory: "new Date('2024-03-01T14:05:00Z')",
        fill: (c) => `${c}.fill('2024-03-01T14:05')`,
        // The time is shown as Intl writes it, with a narrow space before PM.
        shown: '/^Mar 1, 2024, 2:05:00\\sPM UTC$/',
        input: "'2024-03-01T14:05'",
        stored: "new Date('2024-03-01T14:05:00Z')",
      };
    case 'references': {
      const { target } = field as Reference;
      return {
        factory: `${target.instance}.id`,
        fill: (c) => `${c}.selectOption({ label: ${target.instance}.${target.display} })`,
        shown: `${target.instance}.${target.display}`,
        input: `String(${target.instance}.id)`,
        stored: `${target.instance}.id`,
      };
    }
  }
}

/**
 * The edit test's change to a field: a required one gets another value, an optional one is
 * cleared (and is then shown as "—" and stored as null). `other<Target>` records are in scope.
 */
function changedSample(field: Field): Omit<Sample, 'factory' | 'input'> {
  if (field.required && isNumbered(field)) return numberedSample(field, '(number + 1)');
  if (field.type === 'boolean') {
    return { fill: (c) => `${c}.uncheck()`, shown: "'No'", stored: 'false' };
  }
  if (!field.required) {
    const clear =
      field.type === 'references'
        ? (c: string) => `${c}.selectOption({ label: '-- Choose --' })`
        : (c: string) => `${c}.fill('')`;
    return { fill: clear, shown: "'—'", stored: 'null' };
  }
  switch (field.type) {
    case 'string': {
      const text = `\`${field.label} changed \${word}\``;
      return { fill: (c) => `${c}.fill(${text})`, shown: text, stored: text };
    }
    case 'text':
      return { fill: (c) => `${c}.fill('Changed')`, shown: "'Changed'", stored: "'Changed'" };
    case 'integer':
      return { fill: (c) => `${c}.fill('-7')`, shown: "'-7'", stored: '-7' };
    case 'money':
      return { fill: (c) => `${c}.fill('7.5')`, shown: "'$7.50'", stored: '7_50' };
    case 'date':
      return {
        fill: (c) => `${c}.fill('2025-12-31')`,
        shown: "'Dec 31, 2025'",
        stored: "new Date('2025-12-31')",
      };
    case 'datetime':
      return {
        fill: (c) => `${c}.fill('2025-12-31T23:59')`,
        shown: '/^Dec 31, 2025, 11:59:00\\sPM UTC$/',
        stored: "new Date('2025-12-31T23:59:00Z')",
      };
    case 'references': {
      const { target } = field as Reference;
      const other = `other${target.model}`;
      return {
        fill: (c) => `${c}.selectOption({ label: ${other}.${target.display} })`,
        shown: `${other}.${target.display}`,
        stored: `${other}.id`,
      };
    }
  }
}

/** `field(page, 'Released on')`: a form control, found by its label. */
const control = (field: Field, page = 'page') => `field(${page}, ${quote(formLabel(field))})`;

/** Statements creating each target record the samples refer to (`manufacturer`, …). */
function targetRecords(references: Reference[], prefix = ''): string[] {
  return references.map(({ target }) => {
    const name = prefix ? `${prefix}${target.model}` : target.instance;
    return `  const ${name} = await ${target.instance}Factory.create();`;
  });
}

/** `{ name: …, priceCents: …, … }`: a record with every field's first sample. */
function factoryFields(resource: Resource, extra: string[] = []): string {
  return `{ ${[...resource.fields.map((field) => `${field.property}: ${firstSample(field).factory}`), ...extra].join(', ')} }`;
}

function factoriesImport(resource: Resource, references: Reference[]): string | false {
  return importLine('@/test/factories', [
    webNames(resource).factory,
    ...references.map(({ target }) => `${target.instance}Factory`),
  ]);
}

export function listSpec(resource: Resource): NewFile {
  const names = webNames(resource);
  const { display, Humans, humans, titles } = resource;
  const references = referencesOf(resource);
  const required = references.filter((field) => field.required);
  const amounts = resource.fields.filter((field) => field.type === 'money');
  const shownInList = [
    display,
    ...references,
    null, // Added
    ...amounts,
  ].map((field) => (field === null ? "'Mar 1, 2024'" : firstSample(field).shown));
  const label = searchLabel(resource);
  const support = numberedSupport(resource);
  // The record's name, as the test gives it: `Name ${word}`.
  const named = `${display.label} \${word}`;
  return {
    path: `e2e/${resource.table}.spec.ts`,
    contents: lines(
      "import type { Page } from '@playwright/test';",
      ...support.imports,
      importLine('@/lib/routes', [
        names.indexPath,
        ...references.map(({ target }) => `${target.instance}Path`),
      ]),
      factoriesImport(resource, references),
      "import { expectEveryCustomElementServerRendered } from './support/components';",
      support.dataImport,
      "import { expect, expectNoAccessibilityViolations, test } from './support/test';",
      '',
      `// Browsing ${humans} as a visitor, with and without JavaScript: the list, its search, sort and`,
      `// pages, and ${a(resource.human)}'s page (generated with the resource: npm run generate).`,
      '',
      `// The ${humans}' ${display.label.toLowerCase()}s in the list, in the order shown.`,
      "const listedNames = (page: Page) => page.locator('tbody').getByRole('link');",
      '',
      ...support.helpers,
      'async function search(page: Page, text: string) {',
      `  await page.getByLabel('${label}').fill(text);`,
      "  await page.getByRole('button', { name: 'Search' }).click();",
      '}',
      '',
      `test('browse from the ${resource.human} list to a ${resource.human}, which shows every field', async ({ page }) => {`,
      '  const word = uniqueWord();',
      support.declaration,
      ...targetRecords(references),
      `  await ${names.factory}.create(${factoryFields(resource, ["createdAt: new Date('2024-03-01T12:00:00Z')"])});`,
      '',
      `  await page.goto(${names.indexPath}());`,
      `  await expect(page.getByRole('heading', { level: 1, name: '${titles}' })).toBeVisible();`,
      `  await expect(page).toHaveTitle('${titles} · Widgets');`,
      '  // A visitor may look, not change.',
      `  await expect(page.getByRole('link', { name: 'New ${resource.human}' })).toHaveCount(0);`,
      '  await expectEveryCustomElementServerRendered(page);',
      '  await expectNoAccessibilityViolations(page);',
      '',
      `  await search(page, word);`,
      `  await expect(page.getByRole('row', { name: \`${named}\` }).getByRole('cell')).toHaveText([`,
      ...shownInList.map((text) => `    ${text},`),
      '  ]);',
      `  await page.getByRole('link', { name: \`${named}\` }).click();`,
      '',
      `  await expect(page.getByRole('heading', { level: 1, name: \`${named}\` })).toBeVisible();`,
      `  await expect(page).toHaveTitle(\`${named} · Widgets\`);`,
      `  await expect(page.locator('dt')).toHaveText([${resource.fields.map((field) => quote(field.label)).join(', ')}]);`,
      "  await expect(page.locator('dd')).toHaveText([",
      ...resource.fields.map((field) => `    ${firstSample(field).shown},`),
      '  ]);',
      ...references.map(
        ({ target }) =>
          `  await expect(page.getByRole('link', { name: ${target.instance}.${target.display} })).toHaveAttribute('href', ${target.instance}Path(${target.instance}.id));`,
      ),
      "  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);",
      "  await expect(page.getByText('Delete', { exact: true })).toHaveCount(0);",
      '  await expectEveryCustomElementServerRendered(page);',
      '  await expectNoAccessibilityViolations(page);',
      '});',
      '',
      `test('search ${humans}, sort them by ${display.label.toLowerCase()} and by newest, and page through them', async ({ page }) => {`,
      '  const word = uniqueWord();',
      ...targetRecords(required.filter((field) => !field.unique)),
      `  // Added a day apart: newest first is the reverse of the sort by ${display.label.toLowerCase()}.`,
      "  const names = Array.from({ length: 27 }, (_, i) => `${word} ${String(i + 1).padStart(2, '0')}`);",
      '  await Promise.all(',
      references.some((field) => field.unique)
        ? '    names.map(async (name, i) =>'
        : '    names.map((name, i) =>',
      `      ${names.factory}.create({ ${[
        display.property === 'name' ? 'name' : `${display.property}: name`,
        ...required
          .filter((field) => !field.unique)
          .map((field) => `${field.property}: ${field.target.instance}.id`),
        ...ownUniques(resource),
        'createdAt: new Date(Date.UTC(2020, 0, 1 + i))',
      ].join(', ')} }),`,
      '    ),',
      '  );',
      `  await ${names.factory}.create(${ownRecord(resource, `\`Other \${uniqueWord()}\``)});`,
      '  const newestFirst = [...names].reverse();',
      "  const pagination = page.getByRole('navigation', { name: 'Pagination' });",
      "  const columnHeader = (name: string) => page.getByRole('columnheader', { name, exact: true });",
      '',
      `  await page.goto(${names.indexPath}());`,
      '  await search(page, word.toUpperCase());',
      '  await expect(listedNames(page)).toHaveText(names.slice(0, 25));',
      '  await expect(',
      `    page.getByRole('table', { name: \`${Humans} matching “\${word.toUpperCase()}”, sorted by ${display.label.toLowerCase()}\` }),`,
      '  ).toBeVisible();',
      `  await expect(columnHeader('${display.label}')).toHaveAttribute('aria-sort', 'ascending');`,
      "  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();",
      '  await expectNoAccessibilityViolations(page);',
      '',
      "  await pagination.getByRole('link', { name: 'Next' }).click();",
      '  await expect(listedNames(page)).toHaveText(names.slice(25));',
      "  await expect(pagination.getByRole('link', { name: 'Next' })).toBeDisabled();",
      '',
      "  await columnHeader('Added').getByRole('link', { name: 'Added' }).click();",
      '  await expect(listedNames(page)).toHaveText(newestFirst.slice(0, 25));',
      "  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');",
      `  await expect(page.getByLabel('${label}')).toHaveValue(word.toUpperCase());`,
      '  await expectNoAccessibilityViolations(page);',
      '',
      "  await pagination.getByRole('link', { name: 'Next' }).click();",
      '  await expect(listedNames(page)).toHaveText(newestFirst.slice(25));',
      "  await pagination.getByRole('link', { name: 'Previous' }).click();",
      '  await expect(listedNames(page)).toHaveText(newestFirst.slice(0, 25));',
      '',
      '  // A new search keeps the sort and starts from the first page.',
      '  await search(page, `${word} 0`);',
      "  await expect(listedNames(page)).toHaveText(newestFirst.filter((name) => name.includes(' 0')));",
      "  await expect(columnHeader('Added')).toHaveAttribute('aria-sort', 'descending');",
      '',
      '  await search(page, `${word} nothing`);',
      `  await expect(page.getByText(\`No ${humans} match “\${word} nothing”.\`)).toBeVisible();`,
      "  await expect(page.getByRole('table')).toHaveCount(0);",
      '  await expectNoAccessibilityViolations(page);',
      '});',
      '',
    ),
  };
}

export function managementSpec(resource: Resource): NewFile {
  const names = webNames(resource);
  const { instance, display, human, Human, humans, titles, title, table } = resource;
  const references = referencesOf(resource);
  const required = references.filter((field) => field.required);
  // A record's name, in a variable named for its field: `const name = \`Name ${uniqueWord()}\``.
  const name = display.property;
  const newName = `  const ${name} = \`${display.label} \${uniqueWord()}\`;`;
  const record = `testDb.${instance}`;
  const support = numberedSupport(resource);
  const staleMessage = `This ${human} was changed by someone else. Review the current values and save again.`;

  // The refused form: each required field left blank "can't be blank", and each number
  // field given a word "is not a number".
  const refusals = resource.fields.flatMap((field): Refusal[] => {
    if (field.type === 'integer' || field.type === 'money') {
      return [{ field, typed: "'many'", message: `${messageName(field)} is not a number` }];
    }
    if (field.required && field.type !== 'boolean') {
      return [{ field, typed: null, message: `${messageName(field)} can't be blank` }];
    }
    return [];
  });
  // What a tampered post can send that the browser's controls cannot.
  const tampered = resource.fields.flatMap((field) => {
    switch (field.type) {
      case 'date':
        return [{ field, text: '2024-02-30', message: `${messageName(field)} is not a date` }];
      case 'datetime':
        return [
          { field, text: '2024-03-01T24:00', message: `${messageName(field)} is not a valid time` },
        ];
      case 'references':
        return [{ field, text: '2000000000', message: `${messageName(field)} must exist` }];
      default:
        return [];
    }
  });
  const editFields = resource.fields.map((field) => ({
    field,
    first: firstSample(field),
    changed: changedSample(field),
  }));

  return {
    path: `e2e/${resource.file}-management.spec.ts`,
    contents: lines(
      "import type { Page } from '@playwright/test';",
      ...support.imports,
      importLine('@/lib/routes', [names.editPath, names.showPath, names.indexPath, names.newPath]),
      factoriesImport(resource, references),
      "import { testDb } from '@/test/support/database';",
      "import { expectEveryCustomElementServerRendered } from './support/components';",
      support.dataImport,
      "import { flashMessage, javaScriptEnabled, nextPostStatus } from './support/pages';",
      "import { expect, expectNoAccessibilityViolations, test } from './support/test';",
      '',
      `// Signed in as a catalog user, who may create, change and delete ${humans} (lib/policy.ts).`,
      "test.use({ signedInAs: 'catalog' });",
      '',
      `// Creating, editing and deleting ${humans} (generated with the resource: npm run generate), with`,
      '// and without JavaScript: the form and its errors, optimistic locking (ADR 9), the delete button.',
      '',
      `const STALE_MESSAGE = ${quote(staleMessage)};`,
      '',
      ...support.helpers,
      '/** A control of the form, by its label. */',
      'const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });',
      '',
      `/** Deletes the ${human} whose page is open: "Delete", then "Yes, delete". */`,
      'async function confirmDelete(page: Page, question: string) {',
      '  // Without JavaScript "Delete" opens a disclosure; with it, a dialog.',
      '  if (javaScriptEnabled()) {',
      "    await expect(page.locator('confirm-delete-button dialog')).toBeAttached();",
      "    await page.getByRole('button', { name: 'Delete', exact: true }).click();",
      "    await expect(page.getByRole('alertdialog', { name: question })).toBeVisible();",
      '  } else {',
      "    await page.getByText('Delete', { exact: true }).click();",
      '    await expect(page.getByText(question)).toBeVisible();',
      '  }',
      '  await expectNoAccessibilityViolations(page);',
      "  await page.getByRole('button', { name: 'Yes, delete' }).click();",
      '}',
      '',
      `test('a new ${human}, from the list: refused with its errors, then created', async ({ page }) => {`,
      '  const word = uniqueWord();',
      support.declaration,
      ...targetRecords(references),
      `  const ${resource.instances}Before = await ${record}.count();`,
      `  await page.goto(${names.indexPath}());`,
      '',
      `  await page.getByRole('link', { name: 'New ${human}' }).click();`,
      `  await expect(page).toHaveURL(${names.newPath}());`,
      `  await expect(page.getByRole('heading', { level: 1, name: 'New ${title}' })).toBeVisible();`,
      `  await expect(page).toHaveTitle('New ${title} · Widgets');`,
      ...references.map(
        (field) =>
          `  await expect(${control(field)}.locator('option').first()).toHaveText('-- Choose --');`,
      ),
      '  await expectEveryCustomElementServerRendered(page);',
      '  await expectNoAccessibilityViolations(page);',
      '',
      ...refusals
        .filter(({ typed }) => typed !== null)
        .map(({ field, typed }) => `  await ${control(field)}.fill(${typed});`),
      '  const status = nextPostStatus(page);',
      "  await page.getByRole('button', { name: 'Create' }).click();",
      '',
      "  // A plain form post is refused with 422; Next's client router needs its 200 to apply the state.",
      '  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);',
      "  await expect(page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' })).toBeVisible();",
      ...refusals.map(
        ({ field, message }) =>
          `  await expect(${control(field)}).toHaveAccessibleDescription(${quote(message)});`,
      ),
      ...refusals
        .filter(({ typed }) => typed !== null)
        .map(({ field, typed }) => `  await expect(${control(field)}).toHaveValue(${typed});`),
      '  await expectNoAccessibilityViolations(page);',
      `  expect(await ${record}.count()).toBe(${resource.instances}Before);`,
      '',
      ...resource.fields.map((field) => `  await ${firstSample(field).fill(control(field))};`),
      "  await page.getByRole('button', { name: 'Create' }).click();",
      '',
      `  await expect(page.getByRole('heading', { level: 1, name: ${firstSample(display).shown} })).toBeVisible();`,
      `  await expect(flashMessage(page)).toHaveText('${Human} created.');`,
      "  await expect(page.locator('dd')).toHaveText([",
      ...resource.fields.map((field) => `    ${firstSample(field).shown},`),
      '  ]);',
      `  const ${instance} = await ${record}.findFirstOrThrow({ where: { ${display.property}: ${firstSample(display).stored} } });`,
      `  await expect(page).toHaveURL(${names.showPath}(${instance}.id));`,
      `  expect(${instance}).toMatchObject({`,
      ...resource.fields.map((field) => `    ${field.property}: ${firstSample(field).stored},`),
      '    lockVersion: 0,',
      '  });',
      '  await expectNoAccessibilityViolations(page);',
      '});',
      '',
      `test('the edit form shows the ${human} as stored, and a change is saved', async ({ page }) => {`,
      '  const word = uniqueWord();',
      support.declaration,
      ...targetRecords(references),
      ...targetRecords(required, 'other'),
      `  const ${instance} = await ${names.factory}.create(${factoryFields(resource)});`,
      `  await page.goto(${names.showPath}(${instance}.id));`,
      '',
      "  await page.getByRole('link', { name: 'Edit' }).click();",
      `  await expect(page).toHaveURL(${names.editPath}(${instance}.id));`,
      `  await expect(page.getByRole('heading', { level: 1, name: 'Edit ${title}' })).toBeVisible();`,
      `  await expect(page).toHaveTitle(\`Edit ${display.label} \${word} · Widgets\`);`,
      ...editFields.map(({ field, first }) =>
        typeof first.input === 'string'
          ? `  await expect(${control(field)}).toHaveValue(${first.input});`
          : `  await expect(${control(field)}).toBeChecked();`,
      ),
      '  await expectEveryCustomElementServerRendered(page);',
      '  await expectNoAccessibilityViolations(page);',
      '',
      '  // Every required field changed, every optional one cleared.',
      ...editFields.map(({ field, changed }) => `  await ${changed.fill(control(field))};`),
      "  await page.getByRole('button', { name: 'Update' }).click();",
      '',
      `  await expect(flashMessage(page)).toHaveText('${Human} updated.');`,
      `  await expect(page).toHaveURL(${names.showPath}(${instance}.id));`,
      "  await expect(page.locator('dd')).toHaveText([",
      ...editFields.map(({ changed }) => `    ${changed.shown},`),
      '  ]);',
      '  await expectNoAccessibilityViolations(page);',
      `  expect(await ${record}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toMatchObject({`,
      ...editFields.map(({ field, changed }) => `    ${field.property}: ${changed.stored},`),
      '    lockVersion: 1,',
      '  });',
      '});',
      '',
      `test('a save based on an old version is refused with the current values; saving again works', async ({ page, context }) => {`,
      newName,
      `  const ${instance} = await ${names.factory}.create(${ownRecord(resource, name)});`,
      `  await page.goto(${names.editPath}(${instance}.id));`,
      `  await expect(${control(resource.fields[0]!)}).toBeFocused();`,
      '',
      '  // Someone else opens the same form and saves first.',
      '  const colleague = await context.newPage();',
      `  await colleague.goto(${names.editPath}(${instance}.id));`,
      `  await ${control(display, 'colleague')}.fill(\`\${${name}} by a colleague\`);`,
      "  await colleague.getByRole('button', { name: 'Update' }).click();",
      `  await expect(flashMessage(colleague)).toHaveText('${Human} updated.');`,
      '  await colleague.close();',
      '',
      `  await ${control(display)}.fill(\`\${${name}} by me\`);`,
      '  const status = nextPostStatus(page);',
      "  await page.getByRole('button', { name: 'Update' }).click();",
      '',
      '  expect(await status).toBe(javaScriptEnabled() ? 200 : 409);',
      "  await expect(page.getByRole('alert').filter({ hasText: STALE_MESSAGE })).toHaveText(STALE_MESSAGE);",
      `  await expect(${control(display)}).toHaveValue(\`\${${name}} by a colleague\`);`,
      '  await expectNoAccessibilityViolations(page);',
      '',
      '  // The form now carries the current version: a reviewed save goes through.',
      `  await ${control(display)}.fill(\`\${${name}} by me\`);`,
      "  await page.getByRole('button', { name: 'Update' }).click();",
      `  await expect(flashMessage(page)).toHaveText('${Human} updated.');`,
      `  expect(await ${record}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toMatchObject({`,
      `    ${name}: \`\${${name}} by me\`,`,
      '    lockVersion: 2,',
      '  });',
      '});',
      '',
      `test('deleting a ${human} asks first, then goes to the list with "${Human} deleted."', async ({ page }) => {`,
      newName,
      `  const ${instance} = await ${names.factory}.create(${ownRecord(resource, name)});`,
      `  await page.goto(${names.showPath}(${instance}.id));`,
      '',
      `  await confirmDelete(page, \`Delete \${${name}}?\`);`,
      '',
      `  await expect(page.getByRole('heading', { level: 1, name: '${titles}' })).toBeVisible();`,
      `  await expect(page).toHaveURL(${names.indexPath}());`,
      `  await expect(flashMessage(page)).toHaveText('${Human} deleted.');`,
      '  await expectNoAccessibilityViolations(page);',
      `  expect(await ${record}.findUnique({ where: { id: ${instance}.id } })).toBeNull();`,
      '});',
      '',
      `test('a form about a ${human} deleted meanwhile leads to the list, which says so', async ({ page }) => {`,
      `  const edited = await ${names.factory}.create(${ownRecord(resource, `\`${display.label} \${uniqueWord()}\``)});`,
      `  const deleted = await ${names.factory}.create(${ownRecord(resource, `\`${display.label} \${uniqueWord()}\``)});`,
      '',
      `  await page.goto(${names.editPath}(edited.id));`,
      `  await ${record}.delete({ where: { id: edited.id } });`,
      "  await page.getByRole('button', { name: 'Update' }).click();",
      `  await expect(page).toHaveURL(${names.indexPath}());`,
      `  await expect(flashMessage(page)).toHaveText('That ${human} no longer exists.');`,
      '',
      `  await page.goto(${names.showPath}(deleted.id));`,
      `  await ${record}.delete({ where: { id: deleted.id } });`,
      `  await confirmDelete(page, \`Delete \${${displayOf(resource, 'deleted')}}?\`);`,
      `  await expect(page).toHaveURL(${names.indexPath}());`,
      `  await expect(flashMessage(page)).toHaveText('That ${human} no longer exists.');`,
      '  await expectNoAccessibilityViolations(page);',
      '});',
      '',
      "// How the server reads a request is the same with or without the page's JavaScript, so these",
      '// run once, in the no-js project.',
      `test('the pages of an unknown or malformed id are not found', { tag: '@no-js-only' }, async ({ page }) => {`,
      `  for (const path of [${names.showPath}(999_999_999), '/${table}/abc', ${names.editPath}(999_999_999), '/${table}/abc/edit']) {`,
      '    await test.step(path, async () => {',
      '      const response = await page.goto(path);',
      '',
      '      expect(response?.status(), path).toBe(404);',
      "      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), path).toBeVisible();",
      '    });',
      '  }',
      '  await expectNoAccessibilityViolations(page);',
      '});',
      '',
      `// Everything in a plain form post is the user's to change, the ${human}'s id and version in their`,
      '// hidden fields included. These posts are made as a browser without JavaScript makes them, from',
      '// the fields of the real form, changed.',
      `test('a tampered edit form is refused and changes nothing', { tag: '@no-js-only' }, async ({ page }) => {`,
      `  const ${instance} = await ${names.factory}.create(${ownRecord(resource, `\`${display.label} \${uniqueWord()}\``)});`,
      `  await page.goto(${names.editPath}(${instance}.id));`,
      '  const fields: [string, string][] = await page',
      '    .locator(\'form:has(input[name="lock_version"])\')',
      '    .evaluate((form: HTMLFormElement) =>',
      '      [...new FormData(form)].map(([name, value]) => [name, String(value)]),',
      '    );',
      '  const post = (changes: Record<string, string | null>) => {',
      '    const multipart = Object.fromEntries(fields);',
      '    for (const [name, value] of Object.entries(changes)) {',
      '      if (value === null) delete multipart[name];',
      '      else multipart[name] = value;',
      '    }',
      '    return page.request.post(page.url(), { multipart, maxRedirects: 0 });',
      '  };',
      '',
      ...tampered.map(({ field, text, message }) =>
        lines(
          `  await test.step(${quote(message)}, async () => {`,
          `    const answer = await post({ ${field.param}: '${text}' });`,
          '',
          '    expect(answer.status()).toBe(422);',
          `    expect(await answer.text()).toContain(${quote(message)});`,
          '  });',
        ),
      ),
      "  await test.step('a missing or garbled version is answered as stale', async () => {",
      "    for (const lockVersion of [null, '', 'abc', '-1', '99999999999']) {",
      '      const answer = await post({ lock_version: lockVersion });',
      '',
      '      expect(answer.status(), String(lockVersion)).toBe(409);',
      '      expect(await answer.text()).toContain(STALE_MESSAGE);',
      '    }',
      '  });',
      "  await test.step('an id that is not one goes to the list', async () => {",
      "    for (const id of [null, '', 'abc', '-1', '0042', '99999999999']) {",
      '      const answer = await post({ id });',
      '',
      '      expect(answer.status(), String(id)).toBe(303);',
      `      expect(answer.headers().location, String(id)).toMatch(/\\/${table}$/);`,
      '    }',
      '  });',
      `  expect(await ${record}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toEqual(${instance});`,
      '});',
      '',
    ),
  };
}
