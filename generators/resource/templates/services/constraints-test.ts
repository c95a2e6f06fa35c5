// prisma/<file>-constraints.test.ts, modelled on prisma/constraints.test.ts: raw SQL, written
// around the app, against each constraint of the resource's migration.
import type { Resource } from '../../model';
import { factoryImports } from './creator-test';
import { sqlValue } from './samples';
import { comment, doc, lines, references } from './support';

export function constraintsTestFile(resource: Resource): string {
  const { human, humans, table, fields } = resource;
  const refs = references(resource);
  const uniqueRefs = refs.filter((field) => field.unique);
  const uniques = fields.filter((field) => field.unique);
  const optionalUniques = uniques.filter((field) => !field.required);
  // What the tests below name: the targets rows refer to, and the existing row when a test
  // changes it.
  const existingIds = [
    ...refs.map((field) => `${field.target.instance}Id`),
    ...uniqueRefs.map((field) => `other${field.target.model}Id`),
    ...(optionalUniques.length > 0 ? [`${resource.instance}Id`] : []),
  ];
  const needsExisting = existingIds.length > 0;
  const notNull = [
    ...fields.filter((field) => field.required || field.type === 'boolean'),
    { column: 'lock_version' },
  ];
  const optionals = fields.filter((field) => !field.required && field.type !== 'boolean');
  const booleans = fields.filter((field) => field.type === 'boolean');
  const refusal = (change: string, error: string) =>
    `  { change: { ${change} }, error: ${error} },`;

  return lines(
    comment(
      `The ${table} table's own rules, proven by writing around the app: raw SQL straight to the test database, as a script, a console session or a buggy service could (prisma/constraints.test.ts does the same for the other tables). Each constraint of the migration that creates ${table} refuses a bad row (checked by its SQLSTATE and name) and accepts a good one.`,
    ).trimEnd(),
    `import type pg from 'pg';`,
    `import { beforeEach, describe, expect, it } from 'vitest';`,
    factoryImports(resource, false) || null,
    `import { deleteTestData, withRawClient } from '@/test/support/database';`,
    '',
    '// SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)',
    `const NOT_NULL = '23502';`,
    refs.length > 0 && `const FOREIGN_KEY = '23503';`,
    fields.some((field) => field.unique) && `const UNIQUE = '23505';`,
    fields.some((field) => field.type === 'money') && `const CHECK = '23514';`,
    refs.length > 0 && lines('', 'const NO_SUCH_ID = -1;'),
    '',
    'type Row = Record<string, unknown>;',
    '',
    needsExisting &&
      lines(
        doc(
          refs.length > 0
            ? `Rows already in the database before each test. The ${refs.map((field) => field.target.humans).join(' and ')} come from their factories: this file is about the ${table} table.`
            : 'Rows already in the database before each test.',
        ) + 'interface Existing {',
        ...existingIds.map((id) => `  ${id}: number;`),
        '}',
        '',
        'let existing: Existing;',
        '',
      ),
    'async function insert(sql: pg.Client, row: Row): Promise<number> {',
    '  const columns = Object.keys(row);',
    '  const placeholders = columns.map((_, index) => `$${index + 1}`);',
    '  const result = await sql.query<{ id: number }>(',
    `    \`INSERT INTO ${table} (\${columns.join(', ')}) VALUES (\${placeholders.join(', ')}) RETURNING id\`,`,
    '    Object.values(row),',
    '  );',
    '  return result.rows[0]!.id;',
    '}',
    '',
    '/** A row the table accepts; every refusal below changes one thing in it. */',
    'function validRow(): Row {',
    '  return {',
    ...fields.map((field) => `    ${field.column}: ${sqlValue(field, 'new')},`),
    '  };',
    '}',
    '',
    needsExisting || uniques.length > 0
      ? lines(
          'beforeEach(async () => {',
          '  await deleteTestData();',
          ...refs.map(
            (field) =>
              `  const ${field.target.instance}Id = (await ${field.target.instance}Factory.create()).id;`,
          ),
          ...uniqueRefs.map(
            (field) =>
              `  const other${field.target.model}Id = (await ${field.target.instance}Factory.create()).id;`,
          ),
          uniques.length > 0 &&
            comment(`The ${human} whose unique values the refusals below take.`, 2) +
              `  ${optionalUniques.length > 0 ? `const ${resource.instance}Id = ` : ''}await withRawClient((sql) =>`,
          uniques.length > 0 &&
            lines(
              '    insert(sql, {',
              ...fields.map(
                (field) => `      ${field.column}: ${sqlValue(field, 'existing', '')},`,
              ),
              '    }),',
              '  );',
            ),
          needsExisting && `  existing = { ${existingIds.join(', ')} };`,
          '});',
          '',
        )
      : lines('beforeEach(deleteTestData);', ''),
    '/** `price_cents = 0`, `name = NULL`: how a test names the change it makes to a valid row. */',
    'function describeChange(change: Row): string {',
    '  return Object.entries(change)',
    '    .map(',
    '      ([column, value]) =>',
    "        `${column} = ${typeof value === 'string' ? `'${value}'` : String(value ?? 'NULL')}`,",
    '    )',
    "    .join(', ');",
    '}',
    '',
    `describe('refused rows', () => {`,
    '  const notNull = (column: string) => ({ code: NOT_NULL, column });',
    fields.some((field) => field.unique) &&
      '  const unique = (constraint: string) => ({ code: UNIQUE, constraint });',
    fields.some((field) => field.type === 'money') &&
      '  const check = (constraint: string) => ({ code: CHECK, constraint });',
    refs.length > 0 &&
      '  const foreignKey = (constraint: string) => ({ code: FOREIGN_KEY, constraint });',
    '',
    '  const refusals: { change: Row; error: Partial<pg.DatabaseError> }[] = [',
    ...notNull.map((field) => refusal(`${field.column}: null`, `notNull('${field.column}')`)),
    ...fields
      .filter((field) => field.unique && field.type !== 'references')
      .map((field) =>
        refusal(
          `${field.column}: ${sqlValue(field, 'existing')}`,
          `unique('${table}_${field.column}_key')`,
        ),
      ),
    ...fields
      .filter((field) => field.type === 'money')
      .flatMap((field) => [
        refusal(`${field.column}: 0`, `check('${table}_${field.column}_must_be_positive')`),
        refusal(`${field.column}: -1`, `check('${table}_${field.column}_must_be_positive')`),
      ]),
    ...refs.map((field) =>
      refusal(`${field.column}: NO_SUCH_ID`, `foreignKey('${table}_${field.column}_fkey')`),
    ),
    '  ];',
    '',
    '  for (const { change, error } of refusals) {',
    `    it(\`${table}: \${describeChange(change)} (\${error.constraint ?? 'not null'})\`, async () => {`,
    '      await withRawClient(async (sql) => {',
    '        await expect(insert(sql, { ...validRow(), ...change })).rejects.toMatchObject(error);',
    '      });',
    '    });',
    '  }',
    ...uniqueRefs.map((field) =>
      lines(
        '',
        comment(`Its value is known once the test runs: a test of its own.`, 2).trimEnd(),
        `  it('${table}: the ${field.column} of the existing ${human} (${table}_${field.column}_key)', async () => {`,
        '    await withRawClient(async (sql) => {',
        `      const row = { ...validRow(), ${field.column}: ${sqlValue(field, 'existing')} };`,
        `      await expect(insert(sql, row)).rejects.toMatchObject(unique('${table}_${field.column}_key'));`,
        '    });',
        '  });',
      ),
    ),
    ...refs.map((field) =>
      lines(
        '',
        `  it('deleting a ${field.target.human} that ${humans} refer to (${table}_${field.column}_fkey)', async () => {`,
        '    await withRawClient(async (sql) => {',
        '      await insert(sql, validRow());',
        `      await expect(`,
        `        sql.query('DELETE FROM ${field.target.table} WHERE id = $1', [existing.${field.target.instance}Id]),`,
        `      ).rejects.toMatchObject(foreignKey('${table}_${field.column}_fkey'));`,
        '    });',
        '  });',
      ),
    ),
    '});',
    '',
    `describe('accepted rows', () => {`,
    `  it('${table}: the valid row every refusal above starts from', async () => {`,
    '    await withRawClient(async (sql) => {',
    '      await expect(insert(sql, validRow())).resolves.toEqual(expect.any(Number));',
    '    });',
    '  });',
    ...fields
      .filter((field) => field.type === 'money')
      .map((field) =>
        lines(
          '',
          `  it('${table}: ${field.column} = 1, the smallest amount', async () => {`,
          '    await withRawClient(async (sql) => {',
          `      await expect(insert(sql, { ...validRow(), ${field.column}: 1 })).resolves.toEqual(`,
          '        expect.any(Number),',
          '      );',
          '    });',
          '  });',
        ),
      ),
    optionals.length > 0 &&
      lines(
        '',
        `  it('${table}: every optional column NULL', async () => {`,
        '    await withRawClient(async (sql) => {',
        '      const row = {',
        '        ...validRow(),',
        ...optionals.map((field) => `        ${field.column}: null,`),
        '      };',
        '      await expect(insert(sql, row)).resolves.toEqual(expect.any(Number));',
        '    });',
        '  });',
      ),
    optionalUniques.length > 0 &&
      lines(
        '',
        `  it('${table}: two rows without a ${optionalUniques.map((field) => field.column).join(' or ')} (NULLs are never equal)', async () => {`,
        '    await withRawClient(async (sql) => {',
        `      await sql.query('UPDATE ${table} SET ${optionalUniques.map((field) => `${field.column} = NULL`).join(', ')} WHERE id = $1', [`,
        `        existing.${resource.instance}Id,`,
        '      ]);',
        `      const row = { ...validRow(), ${optionalUniques.map((field) => `${field.column}: null`).join(', ')} };`,
        '      await expect(insert(sql, row)).resolves.toEqual(expect.any(Number));',
        '    });',
        '  });',
      ),
    '',
    `  it('${table}: the defaults of a ${human} that does not say${booleans.length > 0 ? ' (unchecked is false)' : ''}', async () => {`,
    '    await withRawClient(async (sql) => {',
    booleans.length > 0
      ? `      const { ${booleans.map((field) => `${field.column}, `).join('')}...row } = validRow();`
      : '      const row = validRow();',
    '      const id = await insert(sql, row);',
    '',
    '      const { rows } = await sql.query(',
    `        'SELECT ${[...booleans.map((field) => field.column), 'lock_version'].join(', ')} FROM ${table} WHERE id = $1',`,
    '        [id],',
    '      );',
    `      expect(rows).toEqual([{ ${[...booleans.map((field) => `${field.column}: false`), 'lock_version: 0'].join(', ')} }]);`,
    '    });',
    '  });',
    '});',
    '',
  );
}
