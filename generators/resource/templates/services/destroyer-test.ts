// services/<file>-destroyer.test.ts, modelled on services/widget-destroyer.test.ts, and the
// refusal to delete a record that another table refers to.
import type { Resource } from '../../model';
import { factoryImports } from './creator-test';
import { comment, lines, references } from './support';

export function destroyerTestFile(resource: Resource): string {
  const { model, instance, human, humans, table, file, key } = resource;
  const refs = references(resource);
  const referring = `test_references_to_${table}`;
  return lines(
    `import { beforeEach, describe, expect, it } from 'vitest';`,
    factoryImports(resource, true),
    `import { deleteTestData, testDb, withRawClient } from '@/test/support/database';`,
    `import { ${model}Destroyer } from '@/services/${file}-destroyer';`,
    '',
    `const destroyer = new ${model}Destroyer();`,
    '',
    'beforeEach(deleteTestData);',
    '',
    `describe('${model}Destroyer.destroy${model}', () => {`,
    `  it('deletes the ${human}${refs.length > 0 ? ` and nothing else: not its ${refs.map((field) => field.target.human).join(' or ')}` : ', and nothing else'}', async () => {`,
    ...refs.map(
      (field) =>
        `    const ${field.target.instance} = await ${field.target.instance}Factory.create();`,
    ),
    `    const ${instance} = await ${instance}Factory.create(${refs.length > 0 ? `{ ${refs.map((field) => `${field.property}: ${field.target.instance}.id`).join(', ')} }` : ''});`,
    `    const other = await ${instance}Factory.create();`,
    '',
    `    expect(await destroyer.destroy${model}(${instance}.id)).toEqual({ destroyed: true });`,
    '',
    `    expect(await testDb.${instance}.findUnique({ where: { id: ${instance}.id } })).toBeNull();`,
    `    expect(await testDb.${instance}.findUnique({ where: { id: other.id } })).toEqual(other);`,
    ...refs.map(
      (field) =>
        `    expect(await testDb.${field.target.instance}.findUnique({ where: { id: ${field.target.instance}.id } })).toEqual(${field.target.instance});`,
    ),
    '  });',
    '',
    `  it('answers a ${human} that is already gone as not found', async () => {`,
    `    const ${instance} = await ${instance}Factory.create();`,
    `    await destroyer.destroy${model}(${instance}.id);`,
    '',
    `    expect(await destroyer.destroy${model}(${instance}.id)).toEqual({`,
    '      destroyed: false,',
    `      reason: 'not-found',`,
    '    });',
    '  });',
    '',
    `  it('deletes a ${human} once when two requests delete it at the same time', async () => {`,
    `    const ${instance} = await ${instance}Factory.create();`,
    '',
    '    const results = await Promise.all([',
    `      destroyer.destroy${model}(${instance}.id),`,
    `      destroyer.destroy${model}(${instance}.id),`,
    '    ]);',
    '',
    '    expect(results).toEqual(',
    `      expect.arrayContaining([{ destroyed: true }, { destroyed: false, reason: 'not-found' }]),`,
    '    );',
    `    expect(await testDb.${instance}.count()).toBe(0);`,
    '  });',
    '',
    `  it('keeps a ${human} that rows of another table refer to, as in use', async () => {`,
    comment(
      `A table that refers to ${humans}, as one generated with ${key}:references would, made for this test alone.`,
      4,
    ).trimEnd(),
    '    await withRawClient((sql) =>',
    `      sql.query('CREATE TABLE ${referring} (${key}_id integer NOT NULL REFERENCES ${table} (id))'),`,
    '    );',
    '    try {',
    `      const ${instance} = await ${instance}Factory.create();`,
    '      await withRawClient((sql) =>',
    `        sql.query('INSERT INTO ${referring} (${key}_id) VALUES ($1)', [${instance}.id]),`,
    '      );',
    '',
    `      expect(await destroyer.destroy${model}(${instance}.id)).toEqual({`,
    '        destroyed: false,',
    `        reason: 'in-use',`,
    '      });',
    `      expect(await testDb.${instance}.findUnique({ where: { id: ${instance}.id } })).toEqual(${instance});`,
    '    } finally {',
    `      await withRawClient((sql) => sql.query('DROP TABLE ${referring}'));`,
    '    }',
    '  });',
    '});',
    '',
  );
}
