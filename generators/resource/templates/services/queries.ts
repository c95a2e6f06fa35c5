// services/<file>-queries.ts: what the resource's pages and API read, modelled on
// services/widget-queries.ts (the keyset list in SQL, its search and join) and
// services/manufacturer-queries.ts (the choices for other resources' selects).
import type { Resource } from '../../model';
import {
  BOOKKEEPING,
  comment,
  doc,
  displayColumn,
  lines,
  modelType,
  referenceAlias,
  references,
  selectColumn,
  sqlList,
} from './support';

export function queriesFile(resource: Resource): string {
  const { model, models, instance, instances, human, humans, table, display, fields } = resource;
  const refs = references(resource);
  const DETAILS = detailsConstant(resource);
  // An optional display field may be NULL: NULL compares as nothing (not even to a boundary
  // row's NULL), so the list orders by the blank text instead (see the migration's index).
  const displaySql = display.required
    ? `${table}.${display.column}`
    : `COALESCE(${table}.${display.column}, '')`;
  const detailsSelect = [
    '  id: true,',
    ...fields.map((field) => `  ${field.property}: true,`),
    ...BOOKKEEPING.map(({ property }) => `  ${property}: true,`),
    ...refs.map(
      (field) =>
        `  ${field.target.instance}: { select: { id: true, ${field.target.display}: true } },`,
    ),
  ];
  const selected = [
    `${table}.id`,
    ...fields.map((field) => selectColumn(resource, field)),
    ...BOOKKEEPING.map((column) => selectColumn(resource, column)),
    ...refs.map(
      (field) =>
        `${field.target.table}.${displayColumn(field.target)} AS "${referenceAlias(field)}"`,
    ),
  ];
  const joins = refs.map(
    (field) =>
      `      ${field.required ? 'JOIN' : 'LEFT JOIN'} ${field.target.table} ON ${field.target.table}.id = ${table}.${field.column}`,
  );
  const rowType = lines(
    `type ${model}ListRow = {`,
    '  id: number;',
    ...fields.map((field) => `  ${field.property}: ${modelType(field)};`),
    ...BOOKKEEPING.map(({ property, type }) => `  ${property}: ${type};`),
    ...refs.map(
      (field) => `  ${referenceAlias(field)}: ${field.required ? 'string' : 'string | null'};`,
    ),
    '};',
  );
  const mapped = refs.map((field) => {
    const value = `{ id: ${instance}.${field.property}, ${field.target.display}: ${referenceAlias(field)} }`;
    return field.required
      ? `      ${field.target.instance}: ${value},`
      : comment(
          `None chosen: nothing to join (LEFT JOIN), so its ${field.target.display} is null too.`,
          6,
        ) +
          `      ${field.target.instance}: ${instance}.${field.property} === null ? null : { id: ${instance}.${field.property}, ${field.target.display}: ${referenceAlias(field)}! },`;
  });
  const choicesSelect =
    display.property === 'name' && display.required
      ? null
      : display.property === 'name'
        ? `  return ${instances}.map(({ id, name }) => ({ id, name: name ?? '' }));`
        : `  return ${instances}.map(({ id, ${display.property} }) => ({ id, name: ${display.property}${display.required ? '' : " ?? ''"} }));`;

  return lines(
    `import 'server-only';`,
    `import { Prisma } from '@/generated/prisma/client';`,
    `import { db } from '@/lib/db';`,
    `import { containsIgnoringCase } from '@/lib/db/text-search';`,
    `import { readPage, type KeysetOrder } from '@/lib/pagination';`,
    `import type { ${model}ListParams, ${model}Sort } from '@/lib/params';`,
    '',
    comment(
      `The data the ${human} pages${resource.api ? ' and the JSON API' : ''} show, and the ${humans} other resources' forms offer. Reads only; writes go through the ${human} services.`,
    ),
    comment(
      `Each order has its index (the migration that creates ${table}) and ends with the id, so that no two ${humans} tie and paging skips or repeats none.`,
    ) + `const ORDERS: Record<${model}Sort, KeysetOrder> = {`,
    `  ${display.name}: {`,
    `    table: Prisma.sql\`${table}\`,`,
    `    columns: [Prisma.sql\`${displaySql}\`, Prisma.sql\`${table}.id\`],`,
    `    direction: 'ascending',`,
    '  },',
    '  newest: {',
    `    table: Prisma.sql\`${table}\`,`,
    `    columns: [Prisma.sql\`${table}.created_at\`, Prisma.sql\`${table}.id\`],`,
    `    direction: 'descending',`,
    '  },',
    '};',
    '',
    comment(
      refs.length > 0
        ? `A ${human} with its ${refs.map((field) => field.target.human).join(' and ')}: a row of the list, its page, its edit form${resource.api ? ', and what the JSON API shows' : ''}. The creator and the editor return it too.`
        : `A ${human}: a row of the list, its page, its edit form${resource.api ? ', and what the JSON API shows' : ''}. The creator and the editor return it too.`,
    ) + `const ${DETAILS} = {`,
    ...detailsSelect,
    `} satisfies Prisma.${model}Select;`,
    '',
    `export type ${model}Details = Prisma.${model}GetPayload<{ select: typeof ${DETAILS} }>;`,
    '',
    refs.length > 0 &&
      comment(
        `A row as the list's SQL selects it. $queryRaw does not check it against the query: the aliases below and services/${resource.file}-queries.test.ts keep the two in step.`,
      ) +
        rowType +
        '\n',
    doc(
      lines(
        `One page of ${humans} in the chosen order${refs.length > 0 ? `, each with its ${refs.map((field) => field.target.human).join(' and ')}` : ''}, optionally only those whose ${display.label.toLowerCase()} contains the search. SQL rather than Prisma: Prisma's cursors compare the columns one by one (a = … AND id > … OR a > …), which no index can seek to.`,
        refs.length > 0 &&
          `\nThe page's ids are found first, from the columns of the order's index alone, and the rows are read for those ids only: a search that matches few rows near the start of the order makes the index scan pass (and filter) many entries, and from the index alone (an index-only scan) that costs a fraction of fetching each of those rows from the table.`,
      ),
    ) + `export async function list${models}({ sort, q, cursor }: ${model}ListParams) {`,
    refs.length > 0
      ? lines(
          '  const page = await readPage(',
          '    ORDERS[sort],',
          '    cursor,',
          `    ({ seek, orderBy, limit }) => db.$queryRaw<${model}ListRow[]>\``,
          sqlList('SELECT ', selected, 6),
          '      FROM (',
          `        SELECT ${table}.id FROM ${table}`,
          `        WHERE \${containsIgnoringCase(Prisma.sql\`${table}.${display.column}\`, q)} AND \${seek}`,
          '        ORDER BY ${orderBy}',
          '        LIMIT ${limit}',
          '      ) AS page',
          `      JOIN ${table} ON ${table}.id = page.id`,
          ...joins,
          '      ORDER BY ${orderBy}`,',
          '  );',
          `  const ${instances} = page.rows.map(`,
          `    ({ ${refs.map(referenceAlias).join(', ')}, ...${instance} }): ${model}Details => ({`,
          `      ...${instance},`,
          ...mapped,
          '    }),',
          '  );',
          `  return { ${instances}, previousPage: page.previousPage, nextPage: page.nextPage };`,
        )
      : lines(
          comment(
            `The rows are ${model}Details: $queryRaw does not check that against the query; the aliases below and services/${resource.file}-queries.test.ts keep the two in step.`,
            2,
          ) + '  const page = await readPage(',
          '    ORDERS[sort],',
          '    cursor,',
          `    ({ seek, orderBy, limit }) => db.$queryRaw<${model}Details[]>\``,
          sqlList('SELECT ', selected, 6),
          `      FROM ${table}`,
          `      WHERE \${containsIgnoringCase(Prisma.sql\`${table}.${display.column}\`, q)} AND \${seek}`,
          '      ORDER BY ${orderBy}',
          '      LIMIT ${limit}`,',
          '  );',
          `  return { ${instances}: page.rows, previousPage: page.previousPage, nextPage: page.nextPage };`,
        ),
    '}',
    '',
    doc(
      `A ${human}${refs.length > 0 ? ` with its ${refs.map((field) => field.target.human).join(' and ')}` : ''}, or null when there is none.`,
    ) + `export async function find${model}(id: number): Promise<${model}Details | null> {`,
    `  return db.${instance}.findUnique({ where: { id }, select: ${DETAILS} });`,
    '}',
    '',
    doc(
      `Every ${human} as a choice for a form's select, by ${display.label.toLowerCase()}: another resource's reference to ${humans}.`,
    ) + `export async function list${model}Choices(): Promise<{ id: number; name: string }[]> {`,
    choicesSelect
      ? lines(
          `  const ${instances} = await db.${instance}.findMany({`,
          `    orderBy: [{ ${display.property}: 'asc' }, { id: 'asc' }],`,
          `    select: { id: true, ${display.property}: true },`,
          '  });',
          choicesSelect,
        )
      : lines(
          `  return db.${instance}.findMany({`,
          `    orderBy: [{ name: 'asc' }, { id: 'asc' }],`,
          '    select: { id: true, name: true },',
          '  });',
        ),
    '}',
    '',
  );
}

/** What a resource's details are selected with, named as WIDGET_DETAILS is: GADGET_DETAILS. */
function detailsConstant(resource: Resource): string {
  return `${resource.key.toUpperCase()}_DETAILS`;
}
