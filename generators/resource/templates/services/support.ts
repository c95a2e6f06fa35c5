// What the services templates share: the TypeScript and SQL each field type becomes, and the
// layout prettier leaves alone (comments and SQL inside template literals are never rewrapped,
// so the templates wrap them at the project's 100 columns themselves).
import { camelize, underscore } from 'inflection';
import type { Field, FieldType, Resource, Target } from '../../model';

const PRINT_WIDTH = 100;

/** `// text` wrapped at 100 columns, at `indent` spaces, ending in a newline. */
export function comment(text: string, indent = 0): string {
  return wrapWords(text, PRINT_WIDTH - indent - 3)
    .map((line) => `${' '.repeat(indent)}// ${line}\n`)
    .join('');
}

/** A JSDoc comment: on one line when it fits, else one ` * ` line each, ending in a newline. */
export function doc(text: string, indent = 0): string {
  const pad = ' '.repeat(indent);
  const oneLine = `${pad}/** ${text} */`;
  if (oneLine.length <= PRINT_WIDTH && !text.includes('\n')) return `${oneLine}\n`;
  // Paragraphs are separated by a blank line in the text, and by a bare " *" in the comment.
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) =>
    wrapWords(paragraph, PRINT_WIDTH - indent - 3)
      .map((line) => `${pad} * ${line}\n`)
      .join(''),
  );
  return `${pad}/**\n${paragraphs.join(`${pad} *\n`)}${pad} */\n`;
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A SQL list such as a SELECT's columns, as the widget queries lay it out: `first` starts the
 * first line (at `indent`), and the items continue under the first one.
 */
export function sqlList(first: string, items: string[], indent: number): string {
  const continuation = ' '.repeat(indent + first.length);
  const lines: string[] = [];
  let line = `${' '.repeat(indent)}${first}`;
  let empty = true;
  items.forEach((item, index) => {
    const text = index < items.length - 1 ? `${item},` : item;
    if (!empty && line.length + 1 + text.length > PRINT_WIDTH) {
      lines.push(line);
      line = `${continuation}${text}`;
    } else {
      line = empty ? `${line}${text}` : `${line} ${text}`;
    }
    empty = false;
  });
  lines.push(line);
  return lines.join('\n');
}

/** Import names sorted as TypeScript's "organize imports" sorts them (lib/output.ts does too). */
export function sortNames(names: Iterable<string>): string[] {
  const key = (name: string) => name.replace(/^type /, '').toLowerCase();
  return [...new Set(names)].sort((a, b) => key(a).localeCompare(key(b)));
}

export function references(resource: Resource): (Field & { target: Target })[] {
  return resource.fields.filter(
    (field): field is Field & { target: Target } => field.type === 'references' && !!field.target,
  );
}

/** The field's type on the Prisma model (and so in `<Model>Details`). */
export function modelType(field: Field): string {
  const base: Record<FieldType, string> = {
    string: 'string',
    text: 'string',
    integer: 'number',
    money: 'number',
    boolean: 'boolean',
    date: 'Date',
    datetime: 'Date',
    references: 'number',
  };
  return field.required || field.type === 'boolean'
    ? base[field.type]
    : `${base[field.type]} | null`;
}

/** The field's type in `<Model>Fields`, what the form (or the API) gives the services. */
export function inputType(field: Field): string {
  const types: Record<FieldType, string> = {
    string: 'string',
    text: 'string',
    integer: 'number | null',
    money: 'number | null',
    boolean: 'boolean',
    date: 'Date | null',
    datetime: 'Date | null',
    references: 'number | null',
  };
  return types[field.type];
}

/** What the field means in `<Model>Fields`, said once for every resource. */
export function inputDescription(field: Field): string {
  const blank = field.required ? '' : ' Blank is none (NULL).';
  switch (field.type) {
    case 'string':
      return `As typed; surrounding spaces do not count.${blank}`;
    case 'text':
      return `As typed, line breaks kept; surrounding spaces do not count.${blank}`;
    case 'integer':
      return 'Null when blank; NaN when what was typed is not a whole number.';
    case 'money':
      return 'In cents. Null when blank; NaN when what was typed is not an amount of dollars.';
    case 'boolean':
      return 'Unchecked is false.';
    case 'date':
      return 'The day, at midnight UTC. Null when blank; an Invalid Date when it is not a date.';
    case 'datetime':
      return 'In UTC. Null when blank; an Invalid Date when what was typed is not a time.';
    case 'references':
      return `The ${field.target?.human ?? field.name}'s id; null when none was chosen.`;
  }
}

/** The lib/field-rules.ts check of a field's type; booleans have none. */
export function checkFunction(field: Field): string | null {
  const checks: Record<FieldType, string | null> = {
    string: 'checkString',
    text: 'checkText',
    integer: 'checkInteger',
    money: 'checkMoney',
    boolean: null,
    date: 'checkDate',
    datetime: 'checkDateTime',
    references: 'checkReference',
  };
  return checks[field.type];
}

/** The column a field's SQL selects, named for its property when the two differ. */
export function selectColumn(resource: Resource, field: { column: string; property: string }) {
  const column = `${resource.table}.${field.column}`;
  return field.column === field.property ? column : `${column} AS "${field.property}"`;
}

/** The columns every generated table has besides the fields, as properties. */
export const BOOKKEEPING = [
  { column: 'lock_version', property: 'lockVersion', type: 'number' },
  { column: 'created_at', property: 'createdAt', type: 'Date' },
  { column: 'updated_at', property: 'updatedAt', type: 'Date' },
];

/** The target's column that names its records (its display field, in snake_case). */
export function displayColumn(target: Target): string {
  return underscore(target.display);
}

/** The alias the list's SQL gives a reference's display value: "manufacturerName". */
export function referenceAlias(field: Field & { target: Target }): string {
  return camelize(`${field.name}_${displayColumn(field.target)}`, true);
}

/**
 * How a full message names an attribute: as lib/validation-errors.ts's fullMessage does, which
 * is not always the label ("owner_id" is "Owner id" there, "Owner" as a label).
 */
export function messageName(attribute: string): string {
  const words = attribute.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A string as a single-quoted TypeScript literal (prettier's quotes). */
export function quote(text: string): string {
  if (text.includes("'") && !text.includes('"')) return `"${text}"`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Lines joined, dropping the parts that are not strings ("nothing here"); '' is a blank line. */
export function lines(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string').join('\n');
}
