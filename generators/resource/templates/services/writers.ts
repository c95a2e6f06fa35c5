// services/<file>-creator.ts, -editor.ts and -destroyer.ts: the writes, modelled on
// services/widget-creator.ts, widget-editor.ts (optimistic locking) and widget-destroyer.ts.
import type { Resource } from '../../model';
import { comment, doc, lines, references } from './support';

/**
 * Why the database can refuse a write the rules passed: a unique value taken, or a referred-to
 * record deleted, by another request in between. Null when nothing can (no unique field, no
 * reference): then the write has no catch, as it would have nothing to catch.
 */
function raceComment(resource: Resource, indent: number): string | null {
  const uniques = resource.fields.filter((field) => field.unique);
  const refs = references(resource);
  const reasons = [
    uniques.length > 0 &&
      `Another request took the ${uniques.map((field) => field.label.toLowerCase()).join(' or ')} first (the unique index decided)`,
    refs.length > 0 &&
      `${uniques.length > 0 ? 'or the' : 'The'} ${refs.map((field) => field.target.human).join(' or ')} was deleted since it was checked (the foreign key decided)`,
  ].filter(Boolean);
  return reasons.length === 0 ? null : comment(`${reasons.join(', ')}.`, indent);
}

function fieldErrorCatch(resource: Resource, indent: number, result: string): string {
  const pad = ' '.repeat(indent);
  return lines(
    `${pad}} catch (error) {`,
    raceComment(resource, indent + 2)!.trimEnd(),
    `${pad}  const fieldError = fieldErrorFromDatabaseError(error);`,
    `${pad}  if (!fieldError) throw error;`,
    `${pad}  errors.add(fieldError.attribute as ${resource.model}Attribute, fieldError.message);`,
    `${pad}  return ${result};`,
    `${pad}}`,
  );
}

/**
 * What a write returns besides the row: each reference's target as `<Model>Details` has it, so
 * that the row written is the record the queries read. Null when there is no reference.
 */
function includeReferences(resource: Resource): string | null {
  const refs = references(resource);
  if (refs.length === 0) return null;
  const targets = refs.map(
    (field) => `${field.target.instance}: { select: { id: true, ${field.target.display}: true } }`,
  );
  return `{ ${targets.join(', ')} }`;
}

export function creatorFile(resource: Resource): string {
  const { model, instance, human, file } = resource;
  const include = includeReferences(resource);
  const create = `db.${instance}.create({ data${include ? `, include: ${include}` : ''} })`;
  const racy = raceComment(resource, 0) !== null;
  return lines(
    `import 'server-only';`,
    `import { db } from '@/lib/db';`,
    racy && `import { fieldErrorFromDatabaseError } from '@/lib/db/errors';`,
    `import { logger } from '@/lib/logger';`,
    `import type { ValidationErrors } from '@/lib/validation-errors';`,
    `import type { ${model}Details } from '@/services/${file}-queries';`,
    `import { check${model}Fields, type ${model}Attribute, type ${model}Fields } from '@/services/${file}-rules';`,
    '',
    comment(
      `Creating a ${human}: the field rules (shared with editing, services/${file}-rules.ts) and the insert.`,
    ),
    doc(`A ${human} to create, as the form${resource.api ? ' (or the API)' : ''} gave it.`) +
      `export type New${model} = ${model}Fields;`,
    '',
    `export type Create${model}Result =`,
    `  | { created: true; ${instance}: ${model}Details }`,
    `  | { created: false; errors: ValidationErrors<${model}Attribute> };`,
    '',
    `export class ${model}Creator {`,
    `  async create${model}(input: New${model}): Promise<Create${model}Result> {`,
    `    const { errors, data } = await check${model}Fields(input);`,
    '    if (!data) return { created: false, errors };',
    '',
    racy
      ? lines(
          '    try {',
          `      const ${instance} = await ${create};`,
          `      logger.info({ ${instance}Id: ${instance}.id }, \`${model} \${${instance}.id} created\`);`,
          `      return { created: true, ${instance} };`,
          fieldErrorCatch(resource, 4, '{ created: false, errors }'),
        )
      : lines(
          `    const ${instance} = await ${create};`,
          `    logger.info({ ${instance}Id: ${instance}.id }, \`${model} \${${instance}.id} created\`);`,
          `    return { created: true, ${instance} };`,
        ),
    '  }',
    '}',
    '',
  );
}

export function editorFile(resource: Resource): string {
  const { model, instance, human, file } = resource;
  const racy = raceComment(resource, 0) !== null;
  const uniques = resource.fields.some((field) => field.unique);
  const include = includeReferences(resource);
  const update = (indent: number) => {
    const pad = ' '.repeat(indent);
    return lines(
      comment(
        `One conditional statement, never read-then-write: PostgreSQL locks the row, and a concurrent save of the same version that commits first leaves this one matching no row. The version goes up with every update, so each version is saved at most once.`,
        indent,
      ).trimEnd(),
      `${pad}const [${instance}] = await db.${instance}.updateManyAndReturn({`,
      `${pad}  where: { id, lockVersion: changes.lockVersion },`,
      `${pad}  data: { ...data, lockVersion: { increment: 1 } },`,
      include && `${pad}  include: ${include},`,
      `${pad}});`,
      `${pad}if (${instance}) return { updated: true, ${instance} };`,
    );
  };
  return lines(
    `import 'server-only';`,
    `import { db } from '@/lib/db';`,
    racy && `import { fieldErrorFromDatabaseError } from '@/lib/db/errors';`,
    `import { logger } from '@/lib/logger';`,
    `import type { ValidationErrors } from '@/lib/validation-errors';`,
    `import { find${model}, type ${model}Details } from '@/services/${file}-queries';`,
    `import { check${model}Fields, type ${model}Attribute, type ${model}Fields } from '@/services/${file}-rules';`,
    '',
    comment(
      `Editing a ${human}: the creation rules (services/${file}-rules.ts) and optimistic locking (docs/decisions/0009-optimistic-locking-with-lock-version.md): a save applies only to the version of the ${human} the editor saw, so no update is lost silently.`,
    ),
    doc(`What the editor is told when a save comes too late.`) +
      `export const STALE_${resource.key.toUpperCase()}_MESSAGE =`,
    `  'This ${human} was changed by someone else. Review the current values and save again.';`,
    '',
    doc(
      `A ${human}'s new values, as the edit form${resource.api ? ' (or the API)' : ''} gave them.`,
    ) + `export type ${model}Changes = ${model}Fields & {`,
    doc(
      `The ${human}'s lock_version when the form was opened. Null when the form did not say (missing or garbled): that is answered as stale, never taken to mean "whatever it is now".`,
      2,
    ) + '  lockVersion: number | null;',
    '};',
    '',
    doc(
      `What an update did. Stale: someone else saved the ${human} since the form was opened, so nothing was written; \`current\` is the ${human} as it is now, for the editor to review.`,
    ) + `export type Update${model}Result =`,
    `  | { updated: true; ${instance}: ${model}Details }`,
    `  | { updated: false; reason: 'invalid'; errors: ValidationErrors<${model}Attribute> }`,
    `  | { updated: false; reason: 'stale'; current: ${model}Details }`,
    `  | { updated: false; reason: 'not-found' };`,
    '',
    `export class ${model}Editor {`,
    `  async update${model}(id: number, changes: ${model}Changes): Promise<Update${model}Result> {`,
    uniques
      ? `    const { errors, data } = await check${model}Fields(changes, { ${instance}Id: id });`
      : `    const { errors, data } = await check${model}Fields(changes);`,
    `    if (!data) return { updated: false, reason: 'invalid', errors };`,
    '',
    '    if (changes.lockVersion !== null) {',
    racy
      ? lines(
          '      try {',
          update(8),
          fieldErrorCatch(resource, 6, `{ updated: false, reason: 'invalid', errors }`),
        )
      : update(6),
    '    }',
    '',
    comment(
      `Nothing was written: the ${human} has another version now, or no longer exists. This read decides nothing; it tells the editor what the ${human} looks like now.`,
      4,
    ).trimEnd(),
    `    const current = await find${model}(id);`,
    `    if (!current) return { updated: false, reason: 'not-found' };`,
    '    logger.info(',
    `      { ${instance}Id: id, lockVersion: changes.lockVersion, currentLockVersion: current.lockVersion },`,
    `      \`${model} \${id} was not updated: it changed since the form was opened\`,`,
    '    );',
    `    return { updated: false, reason: 'stale', current };`,
    '  }',
    '}',
    '',
  );
}

export function destroyerFile(resource: Resource): string {
  const { model, instance, human } = resource;
  return lines(
    `import 'server-only';`,
    `import { db } from '@/lib/db';`,
    `import { constraintViolationOf } from '@/lib/db/errors';`,
    `import { logger } from '@/lib/logger';`,
    '',
    comment(
      `Deleting a ${human}. One that rows of another table still refer to stays: their foreign keys refuse the delete, and the ${human} is in use.`,
    ),
    `export type Destroy${model}Result =`,
    '  | { destroyed: true }',
    `  | { destroyed: false; reason: 'not-found' | 'in-use' };`,
    '',
    comment(`SQLSTATE foreign_key_violation: on a delete, another row still refers to this one.`) +
      `const FOREIGN_KEY_VIOLATION = '23503';`,
    '',
    `export class ${model}Destroyer {`,
    doc(
      `Deletes the ${human}, whatever its version: a delete is a decision about the ${human}, not about the values someone saw (ADR 9). A ${human} that is already gone is a result, not an error.`,
      2,
    ) + `  async destroy${model}(id: number): Promise<Destroy${model}Result> {`,
    '    try {',
    comment(
      `One statement decides, so a ${human} deleted by someone else a moment ago is not an error.`,
      6,
    ).trimEnd(),
    `      const { count } = await db.${instance}.deleteMany({ where: { id } });`,
    `      if (count === 0) return { destroyed: false, reason: 'not-found' };`,
    '    } catch (error) {',
    '      if (constraintViolationOf(error)?.code !== FOREIGN_KEY_VIOLATION) throw error;',
    `      logger.info({ ${instance}Id: id }, \`${model} \${id} was not deleted: other records refer to it\`);`,
    `      return { destroyed: false, reason: 'in-use' };`,
    '    }',
    `    logger.info({ ${instance}Id: id }, \`${model} \${id} deleted\`);`,
    '    return { destroyed: true };',
    '  }',
    '}',
    '',
  );
}
