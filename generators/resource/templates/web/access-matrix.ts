// The access matrix's rows for the resource (e2e/access-matrix.spec.ts): its four pages and three
// server actions, as lib/policy.ts's default for a generated resource has them (everyone reads;
// catalog and admin write), the record its pages are about, and the imports they need.
//
// The text goes next to anchor lines, so it must be what prettier prints (the engine checks that
// destroy can remove it again): lines that would pass 100 characters are broken as prettier
// breaks them, and objects too long for a line are written one entry a line, which prettier keeps.
import type { Field, Resource } from '../../model';
import { addNamedImport, insertAfterLine, insertBeforeLine, type FileEdit } from '../../output';
import { lines, webNames, type Reference } from './names';

const PATH = 'e2e/access-matrix.spec.ts';
const PRINT_WIDTH = 100;
const WRITERS = "['catalog', 'admin']";

/** `head{ entries }tail` on one line when it fits, else one entry a line. */
function object(indent: string, head: string, entries: string[], tail: string): string {
  const oneLine = `${indent}${head}{ ${entries.join(', ')} }${tail}`;
  if (oneLine.length <= PRINT_WIDTH) return oneLine;
  return lines(
    `${indent}${head}{`,
    ...entries.map((entry) => `${indent}  ${entry},`),
    `${indent}}${tail}`,
  );
}

/** `head body` on one line when it fits; else prettier puts an arrow's body on the next line. */
function arrow(indent: string, head: string, body: string): string {
  const oneLine = `${indent}${head} ${body}`;
  return oneLine.length <= PRINT_WIDTH ? oneLine : `${indent}${head}\n${indent}  ${body}`;
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
  const { instance, model, table, display } = resource;
  const id = `${instance}Id`;
  const record = display.property;

  const pages = [
    object('  ', `'/${table}': `, [`path: () => ${names.indexPath}()`, "allowed: 'everyone'"], ','),
    object('  ', `'/${table}/new': `, [`path: () => ${names.newPath}()`, `allowed: ${WRITERS}`], ','),
    object('  ', `'/${table}/[id]': `, [`path: () => ${names.showPath}(${id})`, "allowed: 'everyone'"], ','),
    object(
      '  ',
      `'/${table}/[id]/edit': `,
      [`path: () => ${names.editPath}(${id})`, `allowed: ${WRITERS}`],
      ',',
    ),
  ];

  const required = resource.fields.filter(
    (field) => field !== display && field.required && validText(field) !== null,
  );
  const createFields = [
    entry(display.param, record),
    ...required.map((field) => entry(field.param, validText(field)!)),
  ];
  // Another unique field keeps the record's own value: the edit form read is another record's.
  const otherUnique = resource.fields.filter(
    (field) => field !== display && field.unique && field.type === 'string',
  );
  const action = (name: string) => `'app/${table}/actions.ts#${name}': {`;
  const actions = lines(
    `  ${action(names.create)}`,
    `    allowed: ${WRITERS},`,
    '    allowedStatus: 303,',
    object(
      '    ',
      'form: async () => (',
      [`page: ${names.newPath}()`, `containing: 'input[name="${display.param}"]'`],
      '),',
    ),
    '    prepare: async () => {',
    `      const ${record} = uniqueName('${resource.human}');`,
    '      return {',
    object('        ', 'fields: ', createFields, ','),
    arrow(
      '        ',
      'happened: async () =>',
      `(await testDb.${instance}.count({ where: { ${record} } })) > 0,`,
    ),
    '      };',
    '    },',
    '  },',
    `  ${action(names.update)}`,
    `    allowed: ${WRITERS},`,
    '    allowedStatus: 303,',
    object(
      '    ',
      'form: async () => (',
      [`page: ${names.editPath}(${id})`, `containing: 'input[name="lock_version"]'`],
      '),',
    ),
    '    prepare: async () => {',
    otherUnique.length > 0
      ? `      const ${instance} = await ${names.factory}.create();`
      : `      const { id } = await ${names.factory}.create();`,
    `      const ${record} = uniqueName('renamed');`,
    '      return {',
    object(
      '        ',
      'fields: ',
      [
        otherUnique.length > 0 ? `id: String(${instance}.id)` : 'id: String(id)',
        entry(display.param, record),
        ...otherUnique.map((field) =>
          entry(
            field.param,
            field.required ? `${instance}.${field.property}` : `${instance}.${field.property} ?? ''`,
          ),
        ),
        "lock_version: '0'",
      ],
      ',',
    ),
    arrow(
      '        ',
      'happened: async () =>',
      `(await testDb.${instance}.count({ where: { ${otherUnique.length > 0 ? `id: ${instance}.id` : 'id'}, ${record} } })) > 0,`,
    ),
    '      };',
    '    },',
    '  },',
    `  ${action(names.destroy)}`,
    `    allowed: ${WRITERS},`,
    '    allowedStatus: 303,',
    object(
      '    ',
      'form: async () => (',
      [`page: ${names.showPath}(${id})`, `containing: 'input[name="id"]'`],
      '),',
    ),
    '    prepare: async () => {',
    `      const { id } = await ${names.factory}.create();`,
    '      return {',
    "        fields: { id: String(id) },",
    arrow(
      '        ',
      'happened: async () =>',
      `(await testDb.${instance}.count({ where: { id } })) === 0,`,
    ),
    '      };',
    '    },',
    '  },',
    '',
  );

  return [
    ...[names.indexPath, names.newPath, names.showPath, names.editPath].map((name) =>
      addNamedImport(PATH, '@/lib/routes', name),
    ),
    addNamedImport(PATH, '@/test/factories', names.factory),
    insertAfterLine(PATH, 'let userId = 0;', `let ${id} = 0;\n`),
    insertBeforeLine(
      PATH,
      "  '/users': { path: () => usersPath(), allowed: ['admin'] },",
      `${pages.join('\n')}\n`,
    ),
    insertBeforeLine(PATH, "  'app/users/actions.ts#createUser': {", actions),
    insertAfterLine(
      PATH,
      "    userId = (await userFactory.create({ role: 'catalog' })).id;",
      `    ${id} = (await ${names.factory}.create()).id;\n`,
    ),
  ];
}
