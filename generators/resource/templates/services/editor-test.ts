// services/<file>-editor.test.ts, modelled on services/widget-editor.test.ts: the changes stored,
// the creation rules said the same way, and optimistic locking (stale saves, concurrent saves).
import type { Field, Resource } from '../../model';
import { factoryImports, newTarget } from './creator-test';
import { brokenValue, changedValue, takenValue, validValue } from './samples';
import { comment, lines, messageName, references } from './support';

/** What an untouched form sends for the field: the record's value as the form holds it. */
function currentValue(resource: Resource, field: Field): string {
  const value = `${resource.instance}.${field.property}`;
  return (field.type === 'string' || field.type === 'text') && !field.required
    ? `${value} ?? ''`
    : value;
}

export function editorTestFile(resource: Resource): string {
  const { model, instance, human, file, fields, display } = resource;
  const refs = references(resource);
  const uniques = fields.filter((field) => field.unique);
  const broken = fields
    .map((field) => ({ field, refusal: brokenValue(field, resource) }))
    .filter((broken) => broken.refusal !== null);
  // Values no factory gives, for creating beside a record from the factory.
  const valid = (field: Field) =>
    field.type === 'references' ? newTarget(field) : validValue(field);
  const contested = uniques[0];
  const contestedValue = (field: Field) =>
    field.type === 'string' ? "'Test Contested'" : takenValue(field);

  return lines(
    `import { beforeEach, describe, expect, it } from 'vitest';`,
    `import type { ${model} } from '@/generated/prisma/client';`,
    factoryImports(resource, true),
    `import { deleteTestData, testDb, withRawClient } from '@/test/support/database';`,
    `import { ${model}Creator } from '@/services/${file}-creator';`,
    `import { ${model}Editor, type ${model}Changes } from '@/services/${file}-editor';`,
    `import type { ${model}Fields } from '@/services/${file}-rules';`,
    '',
    `const editor = new ${model}Editor();`,
    '',
    `/** The ${human}'s current values as changes at its current version: what an untouched form sends. */`,
    `function changesFor(${instance}: ${model}, overrides: Partial<${model}Changes> = {}): ${model}Changes {`,
    '  return {',
    ...fields.map((field) => `    ${field.property}: ${currentValue(resource, field)},`),
    `    lockVersion: ${instance}.lockVersion,`,
    '    ...overrides,',
    '  };',
    '}',
    '',
    `async function errorsFor(${instance}: ${model}, overrides: Partial<${model}Changes>) {`,
    `  const result = await editor.update${model}(${instance}.id, changesFor(${instance}, overrides));`,
    `  if (result.updated || result.reason !== 'invalid') {`,
    '    throw new Error(`expected the changes to be refused as invalid, got ${JSON.stringify(result)}`);',
    '  }',
    '  return result.errors.toFullMessages();',
    '}',
    '',
    'beforeEach(deleteTestData);',
    '',
    `describe('${model}Editor.update${model}', () => {`,
    `  it('stores the changes, adds one to the version, and returns the ${human}', async () => {`,
    `    const ${instance} = await ${instance}Factory.create();`,
    ...refs.map(
      (field) =>
        `    const ${field.target.instance} = await ${field.target.instance}Factory.create();`,
    ),
    '    const changes = {',
    ...fields.map(
      (field) =>
        `      ${field.property}: ${field.type === 'references' ? `${field.target!.instance}.id` : changedValue(field, instance)},`,
    ),
    '    };',
    '',
    `    const result = await editor.update${model}(${instance}.id, changesFor(${instance}, changes));`,
    '',
    `    const stored = await testDb.${instance}.findUniqueOrThrow({ where: { id: ${instance}.id } });`,
    '    expect(stored).toMatchObject({ ...changes, lockVersion: 1 });',
    `    expect(stored.updatedAt.getTime()).toBeGreaterThan(${instance}.updatedAt.getTime());`,
    refs.length > 0
      ? `    expect(result).toEqual({ updated: true, ${instance}: { ...stored, ${refs.map((field) => `${field.target.instance}: { id: ${field.target.instance}.id, ${field.target.display}: ${field.target.instance}.${field.target.display} }`).join(', ')} } });`
      : `    expect(result).toEqual({ updated: true, ${instance}: stored });`,
    '  });',
    uniques.length > 0 &&
      lines(
        '',
        `  it('keeps its own ${uniques.map((field) => field.label.toLowerCase()).join(' and ')}: a ${human} is not taken by itself', async () => {`,
        `    const ${instance} = await ${instance}Factory.create();`,
        '',
        `    const result = await editor.update${model}(${instance}.id, changesFor(${instance}));`,
        '',
        '    expect(result.updated).toBe(true);',
        '  });',
      ),
    '',
    `  describe('the creation rules', () => {`,
    comment(
      `Each case breaks rules; creating and editing must answer with the same messages, in the same order, because they share one set of rules (services/${file}-rules.ts).`,
      4,
    ).trimEnd(),
    `    const cases: [string, Partial<${model}Fields>][] = [`,
    ...broken.map(
      ({ field, refusal }) =>
        `      [${JSON.stringify(`${field.label.toLowerCase()}: ${refusal!.title}`)}, { ${field.property}: ${refusal!.value} }],`,
    ),
    `      ['everything wrong at once', { ${broken.map(({ field, refusal }) => `${field.property}: ${refusal!.value}`).join(', ')} }],`,
    '    ];',
    '',
    `    it.each(cases)('say the same as creation about %s', async (_, fields) => {`,
    `      const ${instance} = await ${instance}Factory.create();`,
    comment(`Values that no ${human} has yet: only the case's own rules are broken.`, 6).trimEnd(),
    `      const valid: ${model}Fields = {`,
    ...fields.map((field) => `        ${field.property}: ${valid(field)},`),
    '      };',
    `      const created = await new ${model}Creator().create${model}({ ...valid, ...fields });`,
    `      if (created.created) throw new Error('expected creation to refuse it');`,
    '',
    `      const editErrors = await errorsFor(${instance}, { ...valid, ...fields });`,
    '',
    '      expect(Object.values(editErrors).flat()).toEqual(',
    '        Object.values(created.errors.toFullMessages()).flat(),',
    '      );',
    '      expect(Object.values(editErrors).flat().length).toBeGreaterThan(0);',
    '    });',
    ...uniques.map((field) =>
      lines(
        '',
        `    it('refuses the ${field.label.toLowerCase()} of another ${human}', async () => {`,
        field.type === 'references'
          ? `      const taken = ${newTarget(field)};`
          : `      const taken = ${takenValue(field)};`,
        `      await ${instance}Factory.create({ ${field.property}: taken });`,
        `      const ${instance} = await ${instance}Factory.create();`,
        '',
        `      expect((await errorsFor(${instance}, { ${field.property}: taken })).${field.attribute}).toEqual([`,
        `        '${messageName(field.attribute)} has already been taken',`,
        '      ]);',
        '    });',
      ),
    ),
    '  });',
    '',
    `  describe('optimistic locking', () => {`,
    `    it('refuses a save based on an older version and returns the ${human} as it is now', async () => {`,
    `      const ${instance} = await ${instance}Factory.create({ ${display.property}: 'Test Original' });`,
    `      const openedAt = changesFor(${instance});`,
    '      // Someone else saves first.',
    `      await editor.update${model}(${instance}.id, { ...openedAt, ${display.property}: 'Test Saved First' });`,
    '',
    `      const result = await editor.update${model}(${instance}.id, { ...openedAt, ${display.property}: 'Test Saved Late' });`,
    '',
    '      expect(result).toMatchObject({',
    '        updated: false,',
    `        reason: 'stale',`,
    `        current: { ${display.property}: 'Test Saved First', lockVersion: 1 },`,
    '      });',
    `      expect(await testDb.${instance}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toMatchObject({`,
    `        ${display.property}: 'Test Saved First',`,
    '        lockVersion: 1,',
    '      });',
    '    });',
    '',
    `    it('saves again from the current version', async () => {`,
    `      const ${instance} = await ${instance}Factory.create();`,
    `      await testDb.${instance}.update({ where: { id: ${instance}.id }, data: { lockVersion: 5 } });`,
    '',
    `      const stale = await editor.update${model}(${instance}.id, changesFor(${instance}));`,
    `      if (stale.updated || stale.reason !== 'stale') throw new Error('expected a stale save');`,
    `      const again = await editor.update${model}(`,
    `        ${instance}.id,`,
    `        changesFor(stale.current, { ${display.property}: 'Test Saved Again' }),`,
    '      );',
    '',
    '      expect(again).toMatchObject({',
    '        updated: true,',
    `        ${instance}: { ${display.property}: 'Test Saved Again', lockVersion: 6 },`,
    '      });',
    '    });',
    '',
    `    it('answers a missing version as stale, never as an update', async () => {`,
    `      const ${instance} = await ${instance}Factory.create();`,
    '',
    `      const result = await editor.update${model}(`,
    `        ${instance}.id,`,
    `        changesFor(${instance}, { ${display.property}: 'Test Unversioned', lockVersion: null }),`,
    '      );',
    '',
    `      expect(result).toMatchObject({ updated: false, reason: 'stale', current: ${instance} });`,
    `      expect(await testDb.${instance}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toEqual(${instance});`,
    '    });',
    '',
    `    it('loses no update under concurrent saves of the same version: one wins, the rest are stale', async () => {`,
    `      const ${instance} = await ${instance}Factory.create();`,
    `      const openedAt = changesFor(${instance});`,
    '',
    '      const results = await Promise.all(',
    '        Array.from({ length: 20 }, (_, index) =>',
    `          editor.update${model}(${instance}.id, { ...openedAt, ${display.property}: \`Test Concurrent \${index}\` }),`,
    '        ),',
    '      );',
    '',
    '      const winners = results.filter((result) => result.updated);',
    '      expect(winners).toHaveLength(1);',
    `      expect(results.filter((result) => !result.updated && result.reason === 'stale')).toHaveLength(19);`,
    comment(`The row is exactly the winner's save, once: version 1.`, 6).trimEnd(),
    `      const stored = await testDb.${instance}.findUniqueOrThrow({ where: { id: ${instance}.id } });`,
    `      expect(winners[0]!.updated && winners[0]!.${instance}).toMatchObject(stored);`,
    '      expect(stored.lockVersion).toBe(1);',
    '    });',
    contested &&
      lines(
        '',
        `    it('lets the unique index decide a race for a ${contested.label.toLowerCase()}: one ${human} gets it, no error', async () => {`,
        `      const ${resource.instances} = await ${instance}Factory.createList(10);`,
        contested.type === 'references'
          ? `      const contested = ${newTarget(contested)};`
          : `      const contested = ${contestedValue(contested)};`,
        '',
        '      const results = await Promise.all(',
        `        ${resource.instances}.map((${instance}) =>`,
        `          editor.update${model}(${instance}.id, changesFor(${instance}, { ${contested.property}: contested })),`,
        '        ),',
        '      );',
        '',
        '      expect(results.filter((result) => result.updated)).toHaveLength(1);',
        '      for (const result of results) {',
        '        if (!result.updated) {',
        `          expect(result.reason === 'invalid' && result.errors.toFullMessages().${contested.attribute}).toEqual([`,
        `            '${messageName(contested.attribute)} has already been taken',`,
        '          ]);',
        '        }',
        '      }',
        `      expect(await testDb.${instance}.count({ where: { ${contested.property}: contested } })).toBe(1);`,
        '    });',
      ),
    '  });',
    '',
    `  it('answers a ${human} that does not exist (or no longer does) as not found', async () => {`,
    `    const ${instance} = await ${instance}Factory.create();`,
    `    const changes = changesFor(${instance});`,
    `    await withRawClient((sql) => sql.query('DELETE FROM ${resource.table} WHERE id = $1', [${instance}.id]));`,
    '',
    `    expect(await editor.update${model}(${instance}.id, changes)).toEqual({`,
    '      updated: false,',
    `      reason: 'not-found',`,
    '    });',
    `    expect(await editor.update${model}(2_147_483_647, changes)).toEqual({`,
    '      updated: false,',
    `      reason: 'not-found',`,
    '    });',
    '  });',
    '});',
    '',
  );
}
