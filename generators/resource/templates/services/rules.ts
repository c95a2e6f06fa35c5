// services/<file>-rules.ts: the field rules the creator and the editor share, modelled on
// services/widget-rules.ts, with the rules of each field's type from lib/field-rules.ts.
import type { Field, Resource } from '../../model';
import {
  checkFunction,
  comment,
  doc,
  inputDescription,
  inputType,
  lines,
  references,
  sortNames,
} from './support';

/** How the rules call the check of one field, assigning what it passes to a local. */
function checkCall(resource: Resource, field: Field): string | null {
  const check = checkFunction(field);
  if (!check) return null;
  const required = field.required ? 'required: true' : '';
  const args = `errors, '${field.attribute}', fields.${field.property}`;
  if (field.type === 'references') {
    const target = field.target!;
    const find = `find: (id) => db.${target.instance}.findUnique({ where: { id }, select: { id: true } })`;
    return `  const ${field.property} = await ${check}(${args}, { ${[required, find].filter(Boolean).join(', ')} });`;
  }
  return `  const ${field.property} = ${check}(${args}${required ? `, { ${required} }` : ''});`;
}

function uniquenessCall(resource: Resource, field: Field): string {
  return `  await checkUniqueness(errors, '${field.attribute}', ${field.property}, (value) =>
    db.${resource.instance}.findFirst({ where: { ...others, ${field.property}: value }, select: { id: true } }),
  );`;
}

export function rulesFile(resource: Resource): string {
  const { model, instance, human, fields } = resource;
  const uniques = fields.filter((field) => field.unique);
  const usesDb = uniques.length > 0 || references(resource).length > 0;
  const checks = sortNames([
    ...fields.map(checkFunction).filter((check): check is string => check !== null),
    ...(uniques.length > 0 ? ['checkUniqueness'] : []),
  ]);
  const prismaTypes = uniques.length > 0 ? `${model}, Prisma` : model;
  // What the type of a required field leaves out: the check returns null for blank and refused.
  const narrowed = fields.filter((field) => field.required).map((field) => field.property);
  const data = fields
    .map((field) =>
      field.type === 'boolean' ? `${field.property}: fields.${field.property}` : field.property,
    )
    .join(', ');

  const parameter =
    uniques.length > 0
      ? `fields: ${model}Fields, { ${instance}Id }: { ${instance}Id?: number } = {}`
      : `fields: ${model}Fields`;
  const functionDoc =
    uniques.length > 0
      ? `Checks a ${human}'s fields against every rule, collecting all errors in the order of the fields. \`${instance}Id\` is the ${human} being edited: its own values do not count as taken.`
      : `Checks a ${human}'s fields against every rule, collecting all errors in the order of the fields.`;

  return lines(
    `import 'server-only';`,
    `import type { ${prismaTypes} } from '@/generated/prisma/client';`,
    usesDb && `import { db } from '@/lib/db';`,
    `import { ${checks.join(', ')} } from '@/lib/field-rules';`,
    `import { ValidationErrors } from '@/lib/validation-errors';`,
    '',
    comment(
      `The rules a ${human}'s fields follow, in one place: ${model}Creator applies them to a new ${human} and ${model}Editor to a changed one, so both say the same things in the same order. Each field follows the rules of its type (lib/field-rules.ts); the ${human}'s own business rules go here too.`,
    ),
    doc(`The fields a ${human}'s errors are reported on.`) +
      `export type ${model}Attribute = ${fields.map((field) => `'${field.attribute}'`).join(' | ')};`,
    '',
    doc(
      `The fields the rules check, as the form${resource.api ? ' (or the API)' : ''} gave them.`,
    ) + `export type ${model}Fields = {`,
    ...fields.map(
      (field) => doc(inputDescription(field), 2) + `  ${field.property}: ${inputType(field)};`,
    ),
    '};',
    '',
    doc(`What the creator and the editor write: the fields as the rules passed them.`) +
      `type ${model}Data = Pick<${model}, ${fields.map((field) => `'${field.property}'`).join(' | ')}>;`,
    '',
    doc(`What the rules found, and what to write when they found nothing wrong (else null).`) +
      `export type Checked${model}Fields = {
  errors: ValidationErrors<${model}Attribute>;
  data: ${model}Data | null;
};`,
    '',
    doc(functionDoc) +
      `export async function check${model}Fields(${parameter}): Promise<Checked${model}Fields> {`,
    uniques.length > 0 &&
      comment(`Another ${human}'s value is taken; the ${human}'s own (when editing) is not.`, 2) +
        `  const others: Prisma.${model}WhereInput = ${instance}Id === undefined ? {} : { id: { not: ${instance}Id } };`,
    `  const errors = new ValidationErrors<${model}Attribute>();`,
    ...fields.flatMap((field) => [
      checkCall(resource, field),
      field.unique ? uniquenessCall(resource, field) : null,
    ]),
    `  if (${['!errors.isEmpty', ...narrowed.map((property) => `${property} === null`)].join(' || ')}) {`,
    '    return { errors, data: null };',
    '  }',
    `  return { errors, data: { ${data} } };`,
    '}',
    '',
  );
}
