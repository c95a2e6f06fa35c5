// What the web templates call things: the names the other groups define (lib/routes.ts,
// lib/params.ts, services/) as the contract spells them, and the web's own.
import type { Field, FieldType, Resource, Target } from '../../model';

/** A field that refers to another resource, with that resource. */
export type Reference = Field & { target: Target };

export function webNames(resource: Resource) {
  const { model, models, instance, instances, key, file } = resource;
  const constant = key.toUpperCase();
  return {
    /** The resource's folder under app/: its URL segment. */
    folder: `app/${resource.table}`,
    // lib/routes.ts
    indexPath: `${instances}Path`,
    newPath: `new${model}Path`,
    showPath: `${instance}Path`,
    editPath: `edit${model}Path`,
    // lib/params.ts
    sortType: `${model}Sort`,
    parseListParams: `parse${model}ListParams`,
    // services/
    rulesModule: `@/services/${file}-rules`,
    attributeType: `${model}Attribute`,
    fieldsType: `${model}Fields`,
    queriesModule: `@/services/${file}-queries`,
    detailsType: `${model}Details`,
    list: `list${models}`,
    find: `find${model}`,
    creatorModule: `@/services/${file}-creator`,
    creator: `${model}Creator`,
    editorModule: `@/services/${file}-editor`,
    editor: `${model}Editor`,
    staleMessage: `STALE_${constant}_MESSAGE`,
    destroyerModule: `@/services/${file}-destroyer`,
    destroyer: `${model}Destroyer`,
    // app/<table>/
    actionsModule: `@/app/${resource.table}/actions`,
    create: `create${model}`,
    update: `update${model}`,
    destroy: `destroy${model}`,
    leaveMissing: `leaveMissing${model}`,
    formModule: `@/app/${resource.table}/_components/${file}-form`,
    form: `${model}Form`,
    formStateModule: `@/app/${resource.table}/_components/${file}-form-state`,
    formState: `${model}FormState`,
    formValues: `${model}FormValues`,
    newFormState: `new${model}FormState`,
    editFormState: `edit${model}FormState`,
    // test/factories
    factory: `${instance}Factory`,
  };
}

export function referencesOf(resource: Resource): Reference[] {
  return resource.fields.filter((field): field is Reference => field.type === 'references');
}

export function hasType(resource: Resource, type: FieldType): boolean {
  return resource.fields.some((field) => field.type === type);
}

/** The form control's id: "gadget-released-on". */
export function controlId(resource: Resource, field: Field): string {
  return `${resource.file}-${field.name.replaceAll('_', '-')}`;
}

/** The form's label: a datetime says its zone, since it is not the reader's. */
export function formLabel(field: Field): string {
  return field.type === 'datetime' ? `${field.label} (UTC)` : field.label;
}

/** How the index page's search box is labelled (SearchForm's default is "Search by name"). */
export function searchLabel(resource: Resource): string {
  return `Search by ${resource.display.label.toLowerCase()}`;
}

/**
 * `import { a, type B } from 'module';` for the names given (none: no line), sorted as
 * TypeScript's "organize imports" sorts them.
 */
export function importLine(module: string, names: (string | false)[]): string | false {
  const kept = names.filter((name): name is string => name !== false);
  if (kept.length === 0) return false;
  const key = (name: string) => name.replace(/^type /, '').toLowerCase();
  const sorted = [...new Set(kept)].sort((a, b) => key(a).localeCompare(key(b)));
  const typeOnly = sorted.every((name) => name.startsWith('type '));
  const list = typeOnly ? sorted.map((name) => name.replace(/^type /, '')) : sorted;
  return `import ${typeOnly ? 'type ' : ''}{ ${list.join(', ')} } from '${module}';`;
}

/** Lines of source, leaving out those a condition left out (`false`); '' is a blank line. */
export function lines(...parts: (string | false)[]): string {
  return parts.filter((part) => part !== false).join('\n');
}

/** "a gadget", "an item": the word with its indefinite article. */
export function a(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What names a record on its pages (the model makes the display field required). */
export function displayOf(resource: Resource, record: string): string {
  return `${record}.${resource.display.property}`;
}

const PRINT_WIDTH = 100;

// Greedy word wrap: as many words a line as fit in `width`. "ADR 9" stays on one line.
function wrap(text: string, width: number): string[] {
  const wrapped: string[] = [];
  for (const word of text.replace(/\bADR (\d+)/g, 'ADR\u00a0$1').split(' ')) {
    const last = wrapped.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      wrapped[wrapped.length - 1] = `${last} ${word}`;
    } else {
      wrapped.push(word);
    }
  }
  return wrapped.map((line) => line.replaceAll('\u00a0', ' '));
}

/**
 * A `//` comment saying `text`, wrapped at the print width as the hand-written comments are
 * (prettier leaves comments as they are, so a template that breaks lines by hand breaks them
 * wherever the names it fills in happen to end).
 */
export function comment(text: string, indent = ''): string {
  return wrap(text, PRINT_WIDTH - indent.length - 3)
    .map((line) => `${indent}// ${line}`)
    .join('\n');
}

/** A `/** … *\/` comment saying `text`: on one line when it fits, else wrapped. */
export function docComment(text: string, indent = ''): string {
  const oneLine = `${indent}/** ${text} */`;
  if (oneLine.length <= PRINT_WIDTH) return oneLine;
  return lines(
    `${indent}/**`,
    ...wrap(text, PRINT_WIDTH - indent.length - 3).map((line) => `${indent} * ${line}`),
    `${indent} */`,
  );
}
