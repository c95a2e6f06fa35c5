// The values the generated tests try, by field type: what each field's rules refuse (with Rails'
// message) and accept (with what is stored), as TypeScript source. One table for every test file,
// so that the creator's and the editor's tests and the factory agree on what a valid value is.
import type { Field, Resource } from '../../model';
import { quote } from './support';

/** A refused value: why (the test's title), the value, and the message. */
export type Refusal = { title: string; value: string; message: string };
/** An accepted value: why, the value, and what the database then holds. */
export type Acceptance = { title: string; value: string; stored: string };

/** A value every rule accepts, as `New<Model>` takes it (null for a reference: made by the test). */
export function validValue(field: Field): string {
  switch (field.type) {
    case 'string':
    case 'text':
      return quote(`Test ${field.label}`);
    case 'integer':
      return '12';
    case 'money':
      return '123_45';
    case 'boolean':
      return 'true';
    case 'date':
      return "new Date('2024-05-01')";
    case 'datetime':
      return "new Date('2024-05-01T12:34:56.789Z')";
    case 'references':
      return 'null';
  }
}

/** Another valid value, for an edit that changes every field (a reference gets a new target). */
export function changedValue(field: Field, instance: string): string {
  switch (field.type) {
    case 'string':
    case 'text':
      return quote(`Test ${field.label} Changed`);
    case 'integer':
      return '34';
    case 'money':
      return '99_99';
    case 'boolean':
      return `!${instance}.${field.property}`;
    case 'date':
      return "new Date('2025-06-30')";
    case 'datetime':
      return "new Date('2025-06-30T23:59:59.999Z')";
    case 'references':
      return 'null';
  }
}

/** What the field is when left blank, as `New<Model>` takes it. */
export function blankValue(field: Field): string {
  return field.type === 'string' || field.type === 'text' ? "''" : 'null';
}

/** A value another record can hold, to find it taken (a reference's is made by the test). */
export function takenValue(field: Field): string {
  switch (field.type) {
    case 'string':
      return quote(`Test Taken ${field.label}`);
    case 'integer':
      return '42';
    case 'money':
      return '42_00';
    case 'date':
      return "new Date('2020-01-01')";
    case 'datetime':
      return "new Date('2020-01-01T00:00:00.000Z')";
    default:
      return 'null';
  }
}

export function refusals(field: Field, resource: Resource): Refusal[] {
  const blank: Refusal[] = field.required
    ? [{ title: 'blank', value: blankValue(field), message: "can't be blank" }]
    : [];
  switch (field.type) {
    case 'string':
      return [
        ...blank,
        ...(field.required
          ? [{ title: 'only spaces', value: "'   '", message: "can't be blank" }]
          : []),
        {
          title: '256 characters',
          value: "'x'.repeat(256)",
          message: 'is too long (maximum is 255 characters)',
        },
      ];
    case 'text':
      return [
        ...blank,
        {
          title: '10,001 characters',
          value: "'x'.repeat(10_001)",
          message: 'is too long (maximum is 10000 characters)',
        },
      ];
    case 'integer':
      return [
        ...blank,
        { title: 'what is not a number', value: 'Number.NaN', message: 'is not a number' },
        { title: 'a fraction', value: '1.5', message: 'must be an integer' },
        {
          title: 'more than an integer column holds',
          value: '2_147_483_648',
          message: 'must be less than or equal to 2147483647',
        },
        {
          title: 'less than an integer column holds',
          value: '-2_147_483_649',
          message: 'must be greater than or equal to -2147483648',
        },
      ];
    case 'money':
      return [
        ...blank,
        { title: 'what is not an amount', value: 'Number.NaN', message: 'is not a number' },
        { title: 'nothing', value: '0', message: 'must be greater than 0' },
        { title: 'a negative amount', value: '-1', message: 'must be greater than 0' },
        {
          title: 'more than the column holds',
          value: '2_147_483_648',
          message: 'must be less than or equal to $21,474,836.47',
        },
      ];
    case 'boolean':
      return [];
    case 'date':
      return [
        ...blank,
        { title: 'what is not a date', value: "new Date('not a date')", message: 'is not a date' },
      ];
    case 'datetime':
      return [
        ...blank,
        {
          title: 'what is not a time',
          value: "new Date('not a time')",
          message: 'is not a valid time',
        },
      ];
    case 'references':
      return [
        ...blank,
        {
          title: `an id that names no ${field.target?.human ?? resource.human}`,
          value: '2_000_000_000',
          message: 'must exist',
        },
      ];
  }
}

export function acceptances(field: Field): Acceptance[] {
  const same = (title: string, value: string): Acceptance => ({ title, value, stored: value });
  const blank: Acceptance[] =
    field.required || field.type === 'boolean'
      ? []
      : [
          ...(field.type === 'string' || field.type === 'text'
            ? [{ title: 'spaces only, as none', value: "'   '", stored: 'null' }]
            : []),
          { title: 'blank, as none', value: blankValue(field), stored: 'null' },
        ];
  switch (field.type) {
    case 'string':
      return [
        same('255 characters, counted as people count them', "'🔩'.repeat(255)"),
        {
          title: 'surrounding spaces, trimmed',
          value: quote(`  Test ${field.label}  `),
          stored: quote(`Test ${field.label}`),
        },
        ...blank,
      ];
    case 'text':
      return [
        same('line breaks', "'Line one\\n\\nLine two'"),
        same('10,000 characters', "'x'.repeat(10_000)"),
        ...blank,
      ];
    case 'integer':
      return [
        same('the largest an integer column holds', '2_147_483_647'),
        same('the smallest an integer column holds', '-2_147_483_648'),
        same('zero', '0'),
        ...blank,
      ];
    case 'money':
      return [same('one cent', '1'), same('$21,474,836.47', '2_147_483_647'), ...blank];
    case 'boolean':
      return [same('true', 'true'), same('false', 'false')];
    case 'date':
      return [same('a leap day', "new Date('2024-02-29')"), ...blank];
    case 'datetime':
      return [same('a time to the millisecond', "new Date('2024-02-29T23:59:59.999Z')"), ...blank];
    case 'references':
      return blank;
  }
}

/** The first refusal: a value that breaks the field's rules, for "everything wrong at once". */
export function brokenValue(field: Field, resource: Resource): Refusal | null {
  return refusals(field, resource)[0] ?? null;
}

/** What the factory gives the field: unique values from its sequence, others from faker. */
export function factoryValue(field: Field, resource: Resource): string {
  const isDisplay = field.name === resource.display.name;
  switch (field.type) {
    case 'string':
      return isDisplay
        ? `\`Test ${resource.title} \${sequence}\``
        : field.unique
          ? `\`Test ${field.label} \${sequence}\``
          : 'faker.lorem.words(3)';
    case 'text':
      return 'faker.lorem.paragraph()';
    case 'integer':
      return field.unique ? '1_000 + sequence' : 'faker.number.int({ min: 0, max: 1_000 })';
    case 'money':
      return field.unique
        ? '1_000_00 + sequence'
        : 'faker.number.int({ min: 1_00, max: 9_999_00 })';
    case 'boolean':
      return 'faker.datatype.boolean()';
    case 'date':
      return field.unique
        ? 'new Date(Date.UTC(2000, 0, sequence))'
        : 'new Date(faker.date.past({ years: 10 }).toISOString().slice(0, 10))';
    case 'datetime':
      return field.unique
        ? 'new Date(Date.UTC(2000, 0, 1, 0, 0, sequence))'
        : 'faker.date.past({ years: 10 })';
    case 'references':
      return 'null';
  }
}

/**
 * Values for the constraint test's raw SQL rows: a new row's, and the existing row's. A reference
 * names a target the test made, as `${prefix}manufacturerId` (the existing row's unique reference
 * names another one).
 */
export function sqlValue(field: Field, which: 'new' | 'existing', prefix = 'existing.'): string {
  const isNew = which === 'new';
  switch (field.type) {
    case 'string':
    case 'text':
      return quote(`${isNew ? 'New' : 'Existing'} ${field.label}`);
    case 'integer':
      return isNew ? '1' : '2';
    case 'money':
      return isNew ? '100' : '200';
    case 'boolean':
      return 'true';
    case 'date':
      return isNew ? "'2024-05-01'" : "'2024-05-02'";
    case 'datetime':
      return isNew ? "'2024-05-01T12:00:00Z'" : "'2024-05-02T12:00:00Z'";
    case 'references': {
      const target = `${field.target!.instance}Id`;
      const other = `other${field.target!.model}Id`;
      return `${prefix}${isNew || !field.unique ? target : other}`;
    }
  }
}
