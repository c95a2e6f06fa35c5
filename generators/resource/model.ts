// What `npm run generate -- resource …` is asked for, checked and named: the one description of a
// resource that every template reads (docs/extending.md). Nothing here touches a file; reading
// the project (which models and routes exist) is the caller's, passed in as a ProjectFacts.
import {
  camelize,
  dasherize,
  humanize,
  pluralize,
  singularize,
  titleize,
  underscore,
} from 'inflection';

/** The field types the generator knows, with what each becomes (docs/extending.md's table). */
export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'money',
  'boolean',
  'date',
  'datetime',
  'references',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Every way a resource is named, for one word ("Gadget") or several ("SparePart"). */
export type Names = {
  /** Prisma model, class and type names: "SparePart". */
  model: string;
  /** "SpareParts" (in identifiers such as `listSpareParts`). */
  models: string;
  /** A variable holding one: "sparePart". */
  instance: string;
  /** A variable holding several: "spareParts". */
  instances: string;
  /** In file names: "spare-part" (services/spare-part-creator.ts). */
  file: string;
  /** "spare-parts". */
  files: string;
  /** The table and the URL segment, like /widget_ratings: "spare_parts". */
  table: string;
  /** Singular snake_case, the JSON API's envelope key: "spare_part". */
  key: string;
  /** In a sentence: "spare part", "spare parts". */
  human: string;
  humans: string;
  /** At the start of a sentence: "Spare part" ("Spare part created."). */
  Human: string;
  Humans: string;
  /** In a heading: "Spare Part", "Spare Parts" ("New Spare Part"). */
  title: string;
  titles: string;
};

export type Field = {
  /** As given, snake_case: "released_on", "price", "manufacturer". */
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** The column: the name, but "price_cents" for money and "manufacturer_id" for a reference. */
  column: string;
  /** The Prisma field (camelCase of the column): "releasedOn", "priceCents", "manufacturerId". */
  property: string;
  /**
   * What errors are reported on (ValidationErrors) and the form's value key is named from: the
   * name ("price", "manufacturer"), as the widget's are. Full messages humanize it.
   */
  attribute: string;
  /** The form field's `name`: "price" (dollars), "manufacturer_id"; else the name. */
  param: string;
  /** The form state's value key (camelCase of param): "price", "manufacturerId", "releasedOn". */
  value: string;
  /** The JSON API's attribute: the column ("price_cents", "manufacturer_id", "released_on"). */
  apiAttribute: string;
  /** The label on forms and pages: "Released on", "Price", "Manufacturer". */
  label: string;
  /** For a reference: the resource referred to. */
  target?: Target;
};

/** A resource a reference points at, as the project already has it. */
export type Target = Names & {
  /** Its Prisma field that names a record for people ("name"): shown in links and selects. */
  display: string;
  /** Its query module's choices function, `list<Model>Choices` in services/<file>-queries.ts. */
  choicesFunction: string;
};

export type Resource = Names & {
  fields: Field[];
  /** Also generate the JSON API (app/api/v1/<table>) and its contract tests. */
  api: boolean;
  /** The first string field: a record's title, its link text, what the list searches and sorts. */
  display: Field;
  /** The command that generated it, as recorded in the migration (destroy reads it back). */
  command: string;
  /** The migration's folder in prisma/migrations: "20261122093000_create_gadgets". */
  migration: string;
};

/** What the generator needs to know about the project it writes into. */
export type ProjectFacts = {
  /** Prisma model names in prisma/schema.prisma, with their String fields in order. */
  models: Map<string, { table: string; stringFields: string[] }>;
  /** Folders directly under app/ (route segments taken). */
  appFolders: Set<string>;
  /** Whether services/<file>-queries.ts exports list<Model>Choices, by model name. */
  hasChoicesFunction: (model: string) => boolean;
};

/** A mistake in the command: the message says what is wrong and how to write it instead. */
export class GeneratorError extends Error {
  override name = 'GeneratorError';
}

// Names a resource may not take: the app's own folders and subjects, and words that are not
// identifiers in TypeScript or mean something else to Prisma and the policy.
const RESERVED_RESOURCE_NAMES = new Set([
  // Names the generated code uses for its own variables and types.
  'Field',
  'Number',
  'Result',
  'Status',
  'Word',
  'All',
  'Api',
  'App',
  'Error',
  'Job',
  'Layout',
  'Page',
  'Prisma',
  'Record',
  'Session',
  'Styleguide',
  'Up',
]);

// Columns every generated table has already, and words TypeScript or the forms reserve.
const RESERVED_FIELD_NAMES = new Set([
  'id',
  'created_at',
  'updated_at',
  'lock_version',
  'class',
  'constructor',
  'default',
  'delete',
  'function',
  'new',
  'prototype',
  'return',
  'this',
  'typeof',
  'values',
  'errors',
  '__proto__',
  // Names the generated services use for their own variables.
  'data',
  'db',
  'fields',
  'others',
]);

const RESOURCE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const FIELD_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const FIELD_OPTIONS = new Set(['required', 'unique']);
// A PostgreSQL identifier is at most 63 bytes: the longest generated one is an index name.
const MAXIMUM_NAME_LENGTH = 30;

export function namesOf(model: string): Names {
  const table = underscore(pluralize(model));
  const key = underscore(model);
  return {
    model,
    models: camelize(table),
    instance: camelize(key, true),
    instances: camelize(table, true),
    file: dasherize(key),
    files: dasherize(table),
    table,
    key,
    human: humanize(key, true),
    humans: humanize(table, true),
    Human: humanize(key),
    Humans: humanize(table),
    title: titleize(key),
    titles: titleize(table),
  };
}

/**
 * The resource a command describes, e.g. `resource Gadget name:string:required:unique
 * price:money:required manufacturer:references --api`. Throws a GeneratorError naming every
 * problem before anything is written.
 */
export function parseResource(
  argv: string[],
  project: ProjectFacts,
  { migration, existing = false }: { migration: string; existing?: boolean },
): Resource {
  const problems: string[] = [];
  const [name, ...rest] = argv;
  let api = false;
  const specs: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!;
    if (argument === '--api') api = true;
    else if (argument === '--belongs-to') {
      const target = rest[++index];
      if (!target) problems.push('--belongs-to needs a resource: --belongs-to Manufacturer.');
      else specs.push(`${underscore(target)}:references:required`);
    } else if (argument.startsWith('--')) problems.push(`Unknown option ${argument}.`);
    else specs.push(argument);
  }

  if (!name) throw new GeneratorError(usage('Name the resource.'));
  if (!RESOURCE_NAME.test(name)) {
    problems.push(
      `"${name}" is not a resource name: write it in PascalCase, singular, e.g. Gadget or SparePart.`,
    );
  } else if (singularize(name) !== name) {
    problems.push(
      `"${name}" is plural: name the resource in the singular, e.g. ${singularize(name)}.`,
    );
  } else if (pluralize(name) === name) {
    problems.push(
      `"${name}" has no plural form in English: choose a countable name (e.g. EquipmentItem for Equipment).`,
    );
  } else if (name.length > MAXIMUM_NAME_LENGTH) {
    problems.push(`"${name}" is longer than ${MAXIMUM_NAME_LENGTH} characters.`);
  }
  const names = namesOf(name);
  // Destroying reads the command back from a resource that exists by now.
  if (RESOURCE_NAME.test(name) && !existing) {
    if (RESERVED_RESOURCE_NAMES.has(name)) problems.push(`"${name}" is reserved by the app.`);
    if (project.models.has(name)) {
      problems.push(`${name} exists already (prisma/schema.prisma has model ${name}).`);
    }
    for (const existing of project.models.values()) {
      if (existing.table === names.table && !project.models.has(name)) {
        problems.push(`The table ${names.table} exists already.`);
      }
    }
    if (project.appFolders.has(names.table)) {
      problems.push(`app/${names.table} exists already: the route /${names.table} is taken.`);
    }
  }

  const fields: Field[] = [];
  for (const spec of specs) {
    const field = parseField(spec, project, problems);
    if (field) fields.push(field);
  }
  if (specs.length === 0) problems.push('Give the resource fields, e.g. name:string:required.');
  checkFieldsTogether(fields, problems);

  const display = fields.find((field) => field.type === 'string');
  if (fields.length > 0 && !display) {
    problems.push(
      'A resource needs a string field to name its records (their titles, links and the search): add one, e.g. name:string:required.',
    );
  } else if (display && !display.required) {
    problems.push(
      `"${display.name}", the first string field, names the records (titles, links, the search): make it :required.`,
    );
  }
  for (const field of fields) {
    if (field.column === `${names.key}_id`) {
      problems.push(
        `"${field.name}": ${field.column} would name the ${names.human} itself; choose another name.`,
      );
    }
  }
  if (problems.length > 0) throw new GeneratorError(usage(problems.join('\n')));

  return {
    ...names,
    fields,
    api,
    display: display!,
    command: ['resource', ...argv].join(' '),
    migration,
  };
}

function parseField(spec: string, project: ProjectFacts, problems: string[]): Field | null {
  const [name = '', type = '', ...options] = spec.split(':');
  const before = problems.length;
  if (!FIELD_NAME.test(name)) {
    problems.push(
      `"${spec}": "${name}" is not a field name: write it in snake_case, e.g. released_on.`,
    );
  } else if (RESERVED_FIELD_NAMES.has(name)) {
    problems.push(
      `"${spec}": "${name}" is reserved (every table has id, timestamps and lock_version).`,
    );
  } else if (name.length > MAXIMUM_NAME_LENGTH) {
    problems.push(`"${spec}": "${name}" is longer than ${MAXIMUM_NAME_LENGTH} characters.`);
  }
  if (!(FIELD_TYPES as readonly string[]).includes(type)) {
    problems.push(
      type === ''
        ? `"${spec}": give the field a type: ${name}:string (types: ${FIELD_TYPES.join(', ')}).`
        : `"${spec}": unknown type "${type}" (types: ${FIELD_TYPES.join(', ')}).`,
    );
  }
  for (const option of options) {
    if (!FIELD_OPTIONS.has(option)) {
      problems.push(`"${spec}": unknown option "${option}" (options: required, unique).`);
    }
  }
  if (new Set(options).size !== options.length) problems.push(`"${spec}": an option is repeated.`);
  const required = options.includes('required');
  const unique = options.includes('unique');
  if (type === 'boolean' && required) {
    problems.push(
      `"${spec}": a boolean is always true or false (unchecked is false): drop :required.`,
    );
  }
  if ((type === 'boolean' || type === 'text') && unique) {
    problems.push(`"${spec}": a ${type} field cannot be unique.`);
  }

  let target: Target | undefined;
  if (type === 'references' && FIELD_NAME.test(name)) {
    const model = camelize(name);
    const existing = project.models.get(model);
    if (!existing) {
      problems.push(
        `"${spec}": there is no model ${model} to refer to (prisma/schema.prisma); generate it first.`,
      );
    } else {
      const display = existing.stringFields.includes('name') ? 'name' : existing.stringFields[0];
      if (!display) problems.push(`"${spec}": ${model} has no text field to show in a select.`);
      const choicesFunction = `list${model}Choices`;
      if (!project.hasChoicesFunction(model)) {
        problems.push(
          `"${spec}": services/${dasherize(underscore(model))}-queries.ts has no ${choicesFunction}() for the form's select: add one first (see listManufacturerChoices).`,
        );
      }
      target = { ...namesOf(model), display: display ?? 'name', choicesFunction };
    }
  }
  if (problems.length > before) return null;

  const fieldType = type as FieldType;
  const column =
    fieldType === 'money' ? `${name}_cents` : fieldType === 'references' ? `${name}_id` : name;
  const param = fieldType === 'references' ? column : name;
  return {
    name,
    type: fieldType,
    required,
    unique,
    column,
    property: camelize(column, true),
    attribute: name,
    param,
    value: camelize(param, true),
    apiAttribute: column,
    label: humanize(name),
    ...(target ? { target } : {}),
  };
}

function checkFieldsTogether(fields: Field[], problems: string[]): void {
  const targets = fields.flatMap((field) => (field.target ? [field.target.model] : []));
  for (const model of new Set(targets)) {
    if (targets.filter((target) => target === model).length > 1) {
      problems.push(
        `Only one reference to ${model} per resource (Prisma would need named relations).`,
      );
    }
  }
  const seen = new Map<string, string>();
  for (const field of fields) {
    for (const taken of new Set([field.name, field.column])) {
      const other = seen.get(taken);
      if (other) problems.push(`"${field.name}" and "${other}" would both be named ${taken}.`);
      else seen.set(taken, field.name);
    }
  }
}

function usage(problem: string): string {
  return `${problem}

Usage: npm run generate -- resource <Name> <field>:<type>[:required][:unique] … [--belongs-to <Resource>] [--api]
       npm run generate -- destroy resource <Name>
Types: ${FIELD_TYPES.join(', ')}. Example:
       npm run generate -- resource Gadget name:string:required:unique price:money:required released_on:date manufacturer:references --api`;
}
