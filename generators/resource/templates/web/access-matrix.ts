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

/**
 * A value for a unique field that no other post gives (two actors may create): a name, a random
 * number or day, a record of its own to refer to.
 */
function uniqueText(field: Field): string {
  switch (field.type) {
    case 'integer':
      return 'String(Math.floor(Math.random() * 1_000_000_000))';
    case 'money':
      return '(1 + Math.random() * 1_000_000).toFixed(2)';
    case 'date':
      return '`${1000 + Math.floor(Math.random() * 9000)}-01-01`';
    case 'datetime':
      return 'new Date(Math.random() * 1e12).toISOString().slice(0, 23)';
    case 'references':
      return `String((await ${(field as Reference).target.instance}Factory.create()).id)`;
    default:
      return validText(field)!;
  }
}

/** The text the edit form shows for `record`'s field (the record is a factory's). */
function storedText(field: Field, record: string): string {
  const value = `${record}.${field.property}`;
  const optional = !field.required;
  switch (field.type) {
    case 'string':
    case 'text':
      return optional ? `${value} ?? ''` : value;
    case 'integer':
    case 'references':
      return optional ? `String(${value} ?? '')` : `String(${value})`;
    case 'money':
      return optional
        ? `${value} === null ? '' : (${value} / 100).toFixed(2)`
        : `(${value} / 100).toFixed(2)`;
    case 'date':
    case 'datetime': {
      const length = field.type === 'date' ? 10 : 23;
      return optional
        ? `${value}?.toISOString().slice(0, ${length}) ?? ''`
        : `${value}.toISOString().slice(0, ${length})`;
    }
    case 'boolean':
      return `${value} ? 'on' : ''`;
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
    ...required.map((field) =>
      entry(field.param, field.unique ? uniqueText(field) : validText(field)!),
    ),
  ];
  // The edit form is read from another record's page: a unique field keeps the record's own value.
  const otherUnique = resource.fields.filter((field) => field !== display && field.unique);
  // The record updated: `{ id }`, or the whole record when the post needs more of it.
  const updated = otherUnique.length > 0 ? instance : '{ id }';
  const updatedId = otherUnique.length > 0 ? `${instance}.id` : 'id';
  const updateFields = [
    `id: String(${updatedId})`,
    entry(display.param, record),
    ...otherUnique.map((field) => entry(field.param, storedText(field, instance))),
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
      `const ${updated} = await ${names.factory}.create();`,
      `const ${record} = uniqueName('renamed');`,
      'return {',
      `fields: { ${updateFields.join(', ')} },`,
      `happened: async () => (await testDb.${instance}.count({ where: { ${entry('id', updatedId)}, ${record} } })) > 0,`,
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
