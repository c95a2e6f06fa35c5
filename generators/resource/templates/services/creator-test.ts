// services/<file>-creator.test.ts, modelled on services/widget-creator.test.ts: each field's
// rules with their messages, what is stored, and the unique index deciding a race.
import type { Field, Resource } from '../../model';
import { acceptances, blankValue, brokenValue, refusals, takenValue, validValue } from './samples';
import { lines, messageName, references, sortNames } from './support';

/** The test's factories: the resource's own and its references' targets'. */
export function factoryImports(resource: Resource, ownFactory: boolean): string {
  const names = sortNames([
    ...(ownFactory ? [`${resource.instance}Factory`] : []),
    ...references(resource).map((field) => `${field.target.instance}Factory`),
  ]);
  return names.length > 0 ? `import { ${names.join(', ')} } from '@/test/factories';` : '';
}

/** `manufacturerId: (await manufacturerFactory.create()).id`: a new record to refer to. */
export function newTarget(field: Field): string {
  return `(await ${field.target!.instance}Factory.create()).id`;
}

/** The input every creator test starts from, each reference with a target of its own. */
function newInput(resource: Resource): string {
  const { model } = resource;
  return lines(
    `/** A ${resource.human} every rule accepts${references(resource).length > 0 ? `, with a ${references(resource)[0]!.target.human} of its own` : ''}. */`,
    `async function new${model}(overrides: Partial<New${model}> = {}): Promise<New${model}> {`,
    '  return {',
    ...resource.fields.map(
      (field) =>
        `    ${field.property}: ${field.type === 'references' ? newTarget(field) : validValue(field)},`,
    ),
    '    ...overrides,',
    '  };',
    '}',
  );
}

function fieldTests(resource: Resource, field: Field): string {
  const { instance } = resource;
  const name = messageName(field.attribute);
  const refused = refusals(field, resource);
  const accepted = acceptances(field);
  const key = field.attribute;
  const taken =
    field.type === 'references'
      ? `  const taken = ${newTarget(field)};`
      : `  const taken = ${takenValue(field)};`;
  return lines(
    `  describe('${field.attribute}', () => {`,
    refused.length === 1 &&
      lines(
        `    it('refuses ${refused[0]!.title}', async () => {`,
        `      expect((await errorsFor({ ${field.property}: ${refused[0]!.value} })).${key}).toEqual([`,
        `        ${JSON.stringify(`${name} ${refused[0]!.message}`)},`,
        '      ]);',
        '    });',
      ),
    refused.length > 1 &&
      lines(
        '    it.each([',
        ...refused.map(
          ({ title, value, message }) =>
            `      [${JSON.stringify(title)}, ${value}, ${JSON.stringify(`${name} ${message}`)}],`,
        ),
        `    ])('refuses %s', async (_, ${field.property}, message) => {`,
        `      expect((await errorsFor({ ${field.property} })).${key}).toEqual([message]);`,
        '    });',
      ),
    refused.length > 0 && accepted.length > 0 && '',
    accepted.length === 1 &&
      lines(
        `    it('accepts ${accepted[0]!.title}', async () => {`,
        `      expect((await created({ ${field.property}: ${accepted[0]!.value} })).${field.property}).toEqual(${accepted[0]!.stored});`,
        '    });',
      ),
    accepted.length > 1 &&
      lines(
        '    it.each([',
        ...accepted.map(
          ({ title, value, stored }) => `      [${JSON.stringify(title)}, ${value}, ${stored}],`,
        ),
        `    ])('accepts %s', async (_, ${field.property}, stored) => {`,
        `      expect((await created({ ${field.property} })).${field.property}).toEqual(stored);`,
        '    });',
      ),
    field.unique &&
      lines(
        '',
        `    it('must be unique', async () => {`,
        `    ${taken}`,
        `      await ${instance}Factory.create({ ${field.property}: taken });`,
        '',
        `      expect((await errorsFor({ ${field.property}: taken })).${key}).toEqual([`,
        `        '${name} has already been taken',`,
        '      ]);',
        '    });',
      ),
    field.unique &&
      !field.required &&
      lines(
        '',
        `    it('may be blank for any number of ${resource.humans}', async () => {`,
        `      await ${instance}Factory.create({ ${field.property}: null });`,
        '',
        `      expect((await created({ ${field.property}: ${blankValue(field)} })).${field.property}).toBeNull();`,
        '    });',
      ),
    '  });',
  );
}

export function creatorTestFile(resource: Resource): string {
  const { model, instance, human, file, fields } = resource;
  const refs = references(resource);
  const uniques = fields.filter((field) => field.unique);
  const broken = fields
    .map((field) => ({ field, refusal: brokenValue(field, resource) }))
    .filter((broken) => broken.refusal !== null);
  const ownFactory = uniques.length > 0;
  const detailsOf = (row: string) =>
    refs.length > 0
      ? `{ ...${row}, ${refs.map((field) => `${field.target.instance}: { id: ${field.target.instance}.id, ${field.target.display}: ${field.target.instance}.${field.target.display} }`).join(', ')} }`
      : `${row}`;
  const raceMessages =
    uniques.length === 1
      ? lines(
          `        expect(result.errors.toFullMessages()).toEqual({`,
          `          ${uniques[0]!.attribute}: ['${messageName(uniques[0]!.attribute)} has already been taken'],`,
          '        });',
        )
      : `        expect(new Set(Object.values(result.errors.toMessages()).flat())).toEqual(new Set(['has already been taken']));`;

  return lines(
    `import { beforeEach, describe, expect, it } from 'vitest';`,
    factoryImports(resource, ownFactory) || null,
    `import { deleteTestData, testDb } from '@/test/support/database';`,
    `import { ${model}Creator, type New${model} } from '@/services/${file}-creator';`,
    '',
    `const creator = new ${model}Creator();`,
    '',
    newInput(resource),
    '',
    `async function errorsFor(overrides: Partial<New${model}>) {`,
    `  const result = await creator.create${model}(await new${model}(overrides));`,
    `  if (result.created) throw new Error('expected the ${human} to be refused');`,
    '  return result.errors.toFullMessages();',
    '}',
    '',
    `/** The ${human} created, as the database holds it. */`,
    `async function created(overrides: Partial<New${model}>) {`,
    `  const result = await creator.create${model}(await new${model}(overrides));`,
    '  if (!result.created) {',
    '    throw new Error(`expected it to be created: ${JSON.stringify(result.errors.toMessages())}`);',
    '  }',
    `  return testDb.${instance}.findUniqueOrThrow({ where: { id: result.${instance}.id } });`,
    '}',
    '',
    'beforeEach(deleteTestData);',
    '',
    `describe('${model}Creator.create${model}', () => {`,
    `  it('stores a valid ${human} and returns it${refs.length > 0 ? ` with its ${refs.map((field) => field.target.human).join(' and ')}` : ''}', async () => {`,
    ...refs.map(
      (field) =>
        `    const ${field.target.instance} = await ${field.target.instance}Factory.create();`,
    ),
    `    const input = await new${model}(${refs.length > 0 ? `{ ${refs.map((field) => `${field.property}: ${field.target.instance}.id`).join(', ')} }` : ''});`,
    '',
    `    const result = await creator.create${model}(input);`,
    '',
    `    if (!result.created) throw new Error('expected the ${human} to be created');`,
    `    const stored = await testDb.${instance}.findUniqueOrThrow({ where: { id: result.${instance}.id } });`,
    '    expect(stored).toMatchObject({ ...input, lockVersion: 0 });',
    `    expect(result.${instance}).toEqual(${detailsOf('stored')});`,
    '  });',
    '',
    ...fields.flatMap((field) => [fieldTests(resource, field), '']),
    `  it('reports every broken rule at once, in the order of the fields, and writes nothing', async () => {`,
    `    const result = await creator.create${model}(`,
    `      await new${model}({ ${broken.map(({ field, refusal }) => `${field.property}: ${refusal!.value}`).join(', ')} }),`,
    '    );',
    '',
    '    expect(result.created).toBe(false);',
    '    if (result.created) return;',
    '    expect(Object.values(result.errors.toFullMessages()).flat()).toEqual([',
    ...broken.map(
      ({ field, refusal }) =>
        `      ${JSON.stringify(`${messageName(field.attribute)} ${refusal!.message}`)},`,
    ),
    '    ]);',
    `    expect(await testDb.${instance}.count()).toBe(0);`,
    '  });',
    uniques.length > 0 &&
      lines(
        '',
        `  it('lets the unique index decide a race: one ${human}, the others refused, no error', async () => {`,
        `    const input = await new${model}();`,
        '',
        '    const results = await Promise.all(',
        `      Array.from({ length: 20 }, () => creator.create${model}({ ...input })),`,
        '    );',
        '',
        '    expect(results.filter((result) => result.created)).toHaveLength(1);',
        '    for (const result of results) {',
        '      if (!result.created) {',
        raceMessages,
        '      }',
        '    }',
        `    expect(await testDb.${instance}.count()).toBe(1);`,
        '  });',
      ),
    '});',
    '',
  );
}
