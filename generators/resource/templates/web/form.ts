// The resource's form (app/<table>/_components/<file>-form.tsx) and what it shows
// (<file>-form-state.ts), modelled on the widget's.
import type { Field, Resource } from '../../model';
import type { NewFile } from '../../output';
import {
  a,
  comment,
  controlId,
  docComment,
  formLabel,
  hasType,
  importLine,
  lines,
  referencesOf,
  webNames,
  type Reference,
} from './names';

/** The form value a field starts with on the new form. */
function emptyValue(field: Field): string {
  return field.type === 'boolean' ? 'false' : "''";
}

/** The form value showing a stored record's field, an expression on `record`. */
function storedValue(field: Field, record: string): string {
  const value = `${record}.${field.property}`;
  const shown = (text: string) => (field.required ? text : `${value} === null ? '' : ${text}`);
  switch (field.type) {
    case 'string':
    case 'text':
      return field.required ? value : `${value} ?? ''`;
    case 'integer':
    case 'references':
      return shown(`String(${value})`);
    case 'money':
      return shown(`formatDollarsForInput(${value})`);
    case 'boolean':
      return value;
    case 'date':
      return shown(`formatDateForInput(${value})`);
    case 'datetime':
      return shown(`formatDateTimeForInput(${value})`);
  }
}

function valueComment(field: Field): string | false {
  switch (field.type) {
    case 'money':
      return '  /** In dollars, as typed: "123.45". */';
    case 'boolean':
      return '  /** Whether the box is ticked. */';
    case 'datetime':
      return '  /** In UTC, as the field shows it: "2024-03-01T14:05". */';
    case 'references':
      return docComment(`The id of the ${field.target!.human} chosen, or "" for none.`, '  ');
    default:
      return false;
  }
}

export function formStateFile(resource: Resource): NewFile {
  const names = webNames(resource);
  const { instance, human } = resource;
  const values = resource.fields.map((field) =>
    lines(
      valueComment(field),
      `  ${field.value}: ${field.type === 'boolean' ? 'boolean' : 'string'};`,
    ),
  );
  return {
    path: `${names.folder}/_components/${resource.file}-form-state.ts`,
    contents: lines(
      comment(
        `What the ${human} form (${resource.file}-form.tsx) shows: the values in its fields and the errors of the last save. The pages build the first state; the actions (app/${resource.table}/actions.ts) return the next one when a save is refused.`,
      ),
      `import type { ResourceFormState } from '@/app/_components/resource-form';`,
      importLine('@/lib/dates', [
        hasType(resource, 'date') && 'formatDateForInput',
        hasType(resource, 'datetime') && 'formatDateTimeForInput',
      ]),
      importLine('@/lib/money', [hasType(resource, 'money') && 'formatDollarsForInput']),
      `import type { ${names.attributeType} } from '${names.rulesModule}';`,
      `import type { ${names.detailsType} } from '${names.queriesModule}';`,
      '',
      '/** What the user typed, as they typed it: a form that failed shows it again unchanged. */',
      `export type ${names.formValues} = {`,
      docComment(`Editing only: the ${human}'s id, posted in a hidden field.`, '  '),
      '  id?: string;',
      ...values,
      docComment(
        `Editing only: the ${human}'s lock_version when the form was opened (ADR 9).`,
        '  ',
      ),
      '  lockVersion?: string;',
      '};',
      '',
      `export type ${names.formState} = ResourceFormState<${names.formValues}, ${names.attributeType}>;`,
      '',
      docComment(`The new-${human} form: every field empty.`),
      `export function ${names.newFormState}(): ${names.formState} {`,
      `  return { values: { ${resource.fields.map((field) => `${field.value}: ${emptyValue(field)}`).join(', ')} } };`,
      '}',
      '',
      docComment(
        `The edit form for ${a(human)} as stored: its values, and the version they are from.`,
      ),
      `export function ${names.editFormState}(${instance}: ${names.detailsType}): ${names.formState} {`,
      '  return {',
      '    values: {',
      `      id: String(${instance}.id),`,
      ...resource.fields.map((field) => `      ${field.value}: ${storedValue(field, instance)},`),
      `      lockVersion: String(${instance}.lockVersion),`,
      '    },',
      '  };',
      '}',
      '',
    ),
  };
}

/** The field's control, inside its FormField. The first field takes the focus. */
function control(resource: Resource, field: Field, first: boolean): string {
  const focus = first ? ' autoFocus' : '';
  const value = `values.${field.value}`;
  const name = `name="${field.param}"`;
  switch (field.type) {
    case 'string':
      return `<input ${name} type="text" defaultValue={${value}}${focus} />`;
    case 'text':
      return `<textarea ${name} rows={5} defaultValue={${value}}${focus} />`;
    case 'integer':
      return `<input ${name} type="text" inputMode="numeric" defaultValue={${value}}${focus} />`;
    case 'money':
      return `<input ${name} type="text" inputMode="decimal" defaultValue={${value}} placeholder="e.g. 123.45"${focus} />`;
    case 'boolean':
      // The field lays its control out full width: a checkbox keeps its own size.
      return `<input ${name} type="checkbox" defaultChecked={${value}} className="size-5 justify-self-start accent-brand"${focus} />`;
    case 'date':
      return `<input ${name} type="date" defaultValue={${value}}${focus} />`;
    case 'datetime':
      return `<input ${name} type="datetime-local" defaultValue={${value}}${focus} />`;
    case 'references': {
      const { target } = field as Reference;
      return lines(
        `<select ${name} defaultValue={${value}}${focus}>`,
        '  <option value="">-- Choose --</option>',
        `  {${target.instances}.map((${target.instance}) => (`,
        `    <option key={${target.instance}.id} value={${target.instance}.id}>`,
        `      {${target.instance}.name}`,
        '    </option>',
        '  ))}',
        '</select>',
      );
    }
  }
}

export function formFile(resource: Resource): NewFile {
  const names = webNames(resource);
  const references = referencesOf(resource);
  const choices = references.map(({ target }) => target.instances);
  const fields = resource.fields.map((field, index) =>
    lines(
      `<FormField id="${controlId(resource, field)}" label="${formLabel(field)}" errors={errors?.${field.attribute}}>`,
      control(resource, field, index === 0),
      '</FormField>',
      '',
    ),
  );
  return {
    path: `${names.folder}/_components/${resource.file}-form.tsx`,
    contents: lines(
      "'use client';",
      comment(
        `The ${resource.human} form, for a new ${resource.human} and for editing one (Rails' _form partial): the page gives it the action, the first state, ${references.length > 0 ? 'the submit label and the choices for its selects' : 'and the submit label'}; ResourceForm does what every form does.`,
      ),
      "import { Fragment } from 'react';",
      "import { ResourceForm } from '@/app/_components/resource-form';",
      "import { FormField } from '@/components/form-field';",
      `import type { ${names.formState} } from './${resource.file}-form-state';`,
      '',
      references.length > 0 && 'type Choice = { id: number; name: string };\n',
      `type ${names.form}Props = {`,
      docComment(
        `A server action from app/${resource.table}/actions.ts: ${names.create} or ${names.update}.`,
        '  ',
      ),
      `  action: (previous: ${names.formState}, formData: FormData) => Promise<${names.formState}>;`,
      `  initialState: ${names.formState};`,
      "  submitLabel: 'Create' | 'Update';",
      ...choices.map((choice) => `  ${choice}: Choice[];`),
      '};',
      '',
      choices.length > 0
        ? `export function ${names.form}({ ${choices.join(', ')}, ...form }: ${names.form}Props) {`
        : `export function ${names.form}(form: ${names.form}Props) {`,
      '  return (',
      '    <ResourceForm {...form}>',
      '      {({ values, errors }) => (',
      '        // A new version (the current values, after a conflict) renders the fields afresh:',
      '        // changing their defaultValues would not replace what is on screen.',
      '        <Fragment key={values.lockVersion}>',
      '          {values.lockVersion !== undefined && (',
      '            <input type="hidden" name="lock_version" value={values.lockVersion} />',
      '          )}',
      '',
      ...fields,
      '        </Fragment>',
      '      )}',
      '    </ResourceForm>',
      '  );',
      '}',
      '',
    ),
  };
}
