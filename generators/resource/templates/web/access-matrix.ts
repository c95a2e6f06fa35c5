// The access matrix's rows for the resource (e2e/access-matrix.spec.ts): its four pages and three
// server actions, as lib/policy.ts's default for a generated resource has them (everyone reads;
// catalog and admin write), the record its pages are about, and the imports they need.
//
// The rows go into the tables' object literals, next to anchor lines, so they must be laid out as
// prettier lays them out there (the engine checks that destroy can take them out again): they are
// formatted here inside an object of their own, at the same depth.
import prettier from '@prettier/sync';
import type { Field, Resource } from '../../model';
import { addNamedImport, insertAfterLine, insertBeforeLine, type FileEdit } from '../../output';
import { lines, webNames, type Reference } from './names';

const PATH = 'e2e/access-matrix.spec.ts';
const WRITERS = "['catalog', 'admin']";

/** Entries of a top-level object literal, as prettier lays them out. */
function objectEntries(entries: string): string {
  const options = prettier.resolveConfig(PATH) ?? {};
  const head = 'const rows = {\n';
  const formatted = prettier.format(`${head}${entries}};\n`, { ...options, filepath: PATH });
  return formatted.slice(head.length, -'};\n'.length);
}

/** A valid value for a required field, as the form posts it; null for one that needs none. */
function validText(field: Field): string | null {
  switch (field.type) {
    case 'string':
      return `uniqueName('${field.label.toLowerCase()}')`;
    case 'text':
      return "'Matrix text'";
    case 'integer':
      return "'7'";
    case 'money':
      return "'12.34'";
    case 'boolean':
      return null;
    case 'date':
      return "'2024-03-01'";
    case 'datetime':
      return "'2024-03-01T14:05'";
    case 'references':
      return `String(${(field as Reference).target.instance}Id)`;
  }
}

/** `name` or `released_on: value`: an entry of an object literal. */
function entry(key: string, value: string): string {
  return key === value ? key : `${key}: ${value}`;
}

export function accessMatrixEdits(resource: Resource): FileEdit[] {
  const names = webNames(resource);
  const { instance, table, display } = resource;
  const id = `${instance}Id`;
  // The variable holding the name a test gives a record: `name`, `title`…
  const record = display.property;

  const pages = objectEntries(
    lines(
      `'/${table}': { path: () => ${names.indexPath}(), allowed: 'everyone' },`,
      `'/${table}/new': { path: () => ${names.newPath}(), allowed: ${WRITERS} },`,
      `'/${table}/[id]': { path: () => ${names.showPath}(${id}), allowed: 'everyone' },`,
      `'/${table}/[id]/edit': { path: () => ${names.editPath}(${id}), allowed: ${WRITERS} },`,
      '',
    ),
  );

  const required = resource.fields.filter(
    (field) => field !== display && field.required && validText(field) !== null,
  );
  const createFields = [
    entry(display.param, record),
    ...required.map((field) => entry(field.param, validText(field)!)),
  ];
  // Another unique field keeps the record's own value: the form read is another record's.
  const otherUnique = resource.fields.filter(
    (field) => field !== display && field.unique && field.type === 'string',
  );
  const updateFields = [
    'id: String(id)',
    entry(display.param, record),
    ...otherUnique.map((field) =>
      entry(field.param, `${instance}.${field.property}${field.required ? '' : " ?? ''"}`),
    ),
    "lock_version: '0'",
  ];
  const action = (name: string) => `'app/${table}/actions.ts#${name}': {`;
  const actions = objectEntries(
    lines(
      action(names.create),
      `allowed: ${WRITERS},`,
      'allowedStatus: 303,',
      `form: async () => ({ page: ${names.newPath}(), containing: 'input[name="${display.param}"]' }),`,
      'prepare: async () => {',
      `const ${record} = uniqueName('${resource.human}');`,
      'return {',
      `fields: { ${createFields.join(', ')} },`,
      `happened: async () => (await testDb.${instance}.count({ where: { ${record} } })) > 0,`,
      '};',
      '},',
      '},',
      action(names.update),
      `allowed: ${WRITERS},`,
      'allowedStatus: 303,',
      `form: async () => ({ page: ${names.editPath}(${id}), containing: 'input[name="lock_version"]' }),`,
      'prepare: async () => {',
      otherUnique.length > 0
        ? `const ${instance} = await ${names.factory}.create();\nconst { id } = ${instance};`
        : `const { id } = await ${names.factory}.create();`,
      `const ${record} = uniqueName('renamed');`,
      'return {',
      `fields: { ${updateFields.join(', ')} },`,
      `happened: async () => (await testDb.${instance}.count({ where: { id, ${record} } })) > 0,`,
      '};',
      '},',
      '},',
      action(names.destroy),
      `allowed: ${WRITERS},`,
      'allowedStatus: 303,',
      `form: async () => ({ page: ${names.showPath}(${id}), containing: 'input[name="id"]' }),`,
      'prepare: async () => {',
      `const { id } = await ${names.factory}.create();`,
      'return {',
      'fields: { id: String(id) },',
      `happened: async () => (await testDb.${instance}.count({ where: { id } })) === 0,`,
      '};',
      '},',
      '},',
      '',
    ),
  );

  return [
    ...[names.indexPath, names.newPath, names.showPath, names.editPath].map((name) =>
      addNamedImport(PATH, '@/lib/routes', name),
    ),
    addNamedImport(PATH, '@/test/factories', names.factory),
    insertAfterLine(PATH, 'let userId = 0;', `let ${id} = 0;\n`),
    insertBeforeLine(PATH, "  '/users': { path: () => usersPath(), allowed: ['admin'] },", pages),
    insertBeforeLine(PATH, "  'app/users/actions.ts#createUser': {", actions),
    insertAfterLine(
      PATH,
      "    userId = (await userFactory.create({ role: 'catalog' })).id;",
      `    ${id} = (await ${names.factory}.create()).id;\n`,
    ),
  ];
}
