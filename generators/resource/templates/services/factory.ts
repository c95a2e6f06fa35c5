// The resource's factory, appended to test/factories/index.ts: unique values from the factory's
// sequence, others from faker, and each required reference made by its own factory unless the
// test gives one (as widgetFactory makes a manufacturer).
import type { Resource } from '../../model';
import { addNamedImport, appendToFile, type FileEdit } from '../../output';
import { factoryValue } from './samples';
import { lines, references } from './support';

const FACTORIES = 'test/factories/index.ts';

function factoryText(resource: Resource): string {
  const { model, instance, fields } = resource;
  const required = references(resource).filter((field) => field.required);
  const defaults = lines(
    '    return {',
    '      id: 0,',
    ...fields
      .filter((field) => !(field.type === 'references' && field.required))
      .map((field) => `      ${field.property}: ${factoryValue(field, resource)},`),
    '      lockVersion: 0,',
    '      createdAt: new Date(),',
    '      updatedAt: new Date(),',
    '    };',
  );
  if (required.length === 0) {
    return lines(
      `export const ${instance}Factory = Factory.define<${model}>(({ sequence, onCreate }) => {`,
      `  onCreate(({ id, ...data }) => testDb.${instance}.create({ data }));`,
      defaults,
      '});',
      '',
    );
  }
  const ids = required.map((field) => field.property);
  return lines(
    `type ${model}Params = Omit<${model}, ${ids.map((id) => `'${id}'`).join(' | ')}> & { ${ids.map((id) => `${id}?: number`).join('; ')} };`,
    '',
    `export const ${instance}Factory = Factory.define<${model}Params, object, ${model}>(({ sequence, onCreate }) => {`,
    `  onCreate(async ({ id, ${ids.join(', ')}, ...data }) =>`,
    `    testDb.${instance}.create({`,
    '      data: {',
    '        ...data,',
    ...required.map(
      (field) =>
        `        ${field.property}: ${field.property} ?? (await ${field.target.instance}Factory.create()).id,`,
    ),
    '      },',
    '    }),',
    '  );',
    defaults,
    '});',
    '',
  );
}

export function factoryEdits(resource: Resource): FileEdit[] {
  return [
    addNamedImport(FACTORIES, '@/generated/prisma/client', resource.model, { typeOnly: true }),
    appendToFile(FACTORIES, factoryText(resource), { topLevel: true }),
  ];
}
