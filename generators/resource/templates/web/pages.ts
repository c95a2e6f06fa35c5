// The resource's pages (app/<table>/page.tsx, new/, [id]/, [id]/edit/), modelled on the widget's
// and the manufacturer's.
import type { Field, Resource } from '../../model';
import type { NewFile } from '../../output';
import {
  comment,
  displayOf,
  hasType,
  importLine,
  lines,
  referencesOf,
  searchLabel,
  webNames,
  type Reference,
} from './names';

// What an optional field shows when it has no value.
const NO_VALUE = "'—'";

/** `value` shown by `shown`, or the no-value mark when an optional field has none. */
function orNone(field: Field, value: string, shown: string): string {
  return field.required ? shown : `${value} === null ? ${NO_VALUE} : ${shown}`;
}

/** How the show page (and a list's cell) shows a field of `record`, as JSX. */
function shownValue(field: Field, record: string): string {
  const value = `${record}.${field.property}`;
  switch (field.type) {
    case 'string':
    case 'text':
    case 'integer':
      return field.required ? `{${value}}` : `{${value} ?? ${NO_VALUE}}`;
    case 'money': {
      const price = `<Price cents={${value}} />`;
      return field.required ? price : `{${orNone(field, value, price)}}`;
    }
    case 'boolean':
      return `{${value} ? 'Yes' : 'No'}`;
    case 'date':
    case 'datetime': {
      const format = field.type === 'date' ? 'formatDate' : 'formatDateTime';
      const time = `<time dateTime={${value}.toISOString()}>{${format}(${value})}</time>`;
      return field.required ? time : `{${orNone(field, value, time)}}`;
    }
    case 'references': {
      const { target } = field as Reference;
      const related = `${record}.${target.instance}`;
      const link = `<Link href={${target.instance}Path(${related}.id)} className="link">{${related}.${target.display}}</Link>`;
      return field.required ? link : `{${related} ? ${link} : ${NO_VALUE}}`;
    }
  }
}

/** The list's columns: like the widgets', what names a record and what compares them. */
function listedFields(resource: Resource) {
  const references = referencesOf(resource);
  const amounts = resource.fields.filter((field) => field.type === 'money');
  return { references, amounts };
}

export function indexPage(resource: Resource): NewFile {
  const names = webNames(resource);
  const { display, instance, instances, Humans, humans, titles } = resource;
  const { references, amounts } = listedFields(resource);
  const sortType = names.sortType;
  const sortName = display.name;
  const label = searchLabel(resource);
  const reference = (field: Reference) =>
    field.required
      ? `${instance}.${field.target.instance}.${field.target.display}`
      : `${instance}.${field.target.instance}?.${field.target.display} ?? ${NO_VALUE}`;
  const amount = (field: Field) => {
    const value = `${instance}.${field.property}`;
    return orNone(field, value, `<Price cents={${value}} />`);
  };
  return {
    path: `${names.folder}/page.tsx`,
    contents: lines(
      "import type { Metadata } from 'next';",
      "import Link from 'next/link';",
      "import { SearchForm } from '@/app/_components/search-form';",
      "import { renderForbidden } from '@/app/_components/forbidden-page';",
      "import { Button } from '@/components/button';",
      "import { DataTable } from '@/components/data-table';",
      "import { PageHeader } from '@/components/page-header';",
      "import { Pagination } from '@/components/pagination';",
      amounts.length > 0 && "import { Price } from '@/components/price';",
      "import { formatDate } from '@/lib/dates';",
      "import type { Cursor } from '@/lib/pagination';",
      importLine('@/lib/params', [names.parseListParams, `type ${sortType}`, 'type SearchParams']),
      importLine('@/lib/routes', [names.showPath, names.indexPath, names.newPath]),
      "import { authorize, currentAbility } from '@/lib/authorization';",
      `import { ${names.list} } from '${names.queriesModule}';`,
      '',
      `export const metadata: Metadata = { title: '${titles}' };`,
      '',
      comment(
        `Each sort orders the list by one column, in one direction (services/${resource.file}-queries.ts).`,
      ),
      `const SORT_DIRECTIONS: Record<${sortType}, 'ascending' | 'descending'> = {`,
      `  ${sortName}: 'ascending',`,
      "  newest: 'descending',",
      '};',
      '',
      `const SORT_DESCRIPTIONS: Record<${sortType}, string> = {`,
      `  ${sortName}: 'sorted by ${display.label.toLowerCase()}',`,
      "  newest: 'newest first',",
      '};',
      '',
      comment(`What the table shows: which ${humans} and in which order, not how many (ADR 11).`),
      `function describeList(sort: ${sortType}, q: string): string {`,
      `  return \`\${q ? \`${Humans} matching “\${q}”\` : 'All ${humans}'}, \${SORT_DESCRIPTIONS[sort]}\`;`,
      '}',
      '',
      `export default async function ${resource.models}Page({`,
      '  searchParams,',
      '}: {',
      '  searchParams: Promise<SearchParams>;',
      '}) {',
      `  if (!(await authorize('read', '${resource.model}')).allowed) return renderForbidden();`,
      `  const { sort, q, cursor } = ${names.parseListParams}(await searchParams);`,
      `  const [list, ability] = await Promise.all([${names.list}({ sort, q, cursor }), currentAbility()]);`,
      '',
      "  // A sortable column's header links to the first page sorted by that column, keeping the search.",
      `  const sortableBy = (option: ${sortType}) => ({`,
      `    sortHref: ${names.indexPath}({ sort: option, q }),`,
      '    sorted: option === sort ? SORT_DIRECTIONS[option] : undefined,',
      '  });',
      '  // Paging keeps the sort and the search.',
      `  const pageHref = (page: Cursor | null) => (page ? ${names.indexPath}({ sort, q, ...page }) : undefined);`,
      '',
      '  return (',
      '    <>',
      '      <PageHeader',
      `        heading="${titles}"`,
      '        actions={',
      `          ability.can('create', '${resource.model}') && <Button href={${names.newPath}()}>New ${resource.human}</Button>`,
      '        }',
      '      />',
      '',
      label === 'Search by name'
        ? `      <SearchForm action={${names.indexPath}()} sort={sort} q={q} />`
        : `      <SearchForm action={${names.indexPath}()} sort={sort} q={q} label="${label}" />`,
      '',
      '      <DataTable',
      '        caption={describeList(sort, q)}',
      '        columns={[',
      `          { key: '${display.attribute}', label: '${display.label}', ...sortableBy('${sortName}') },`,
      ...references.map(
        (field) => `          { key: '${field.attribute}', label: '${field.label}' },`,
      ),
      "          { key: 'added', label: 'Added', ...sortableBy('newest') },",
      ...amounts.map(
        (field) =>
          `          { key: '${field.attribute}', label: '${field.label}', align: 'end' },`,
      ),
      '        ]}',
      `        rows={list.${instances}.map((${instance}) => ({`,
      `          key: ${instance}.id,`,
      '          cells: {',
      `            ${display.attribute}: (`,
      `              <Link href={${names.showPath}(${instance}.id)} className="link">`,
      `                {${displayOf(resource, instance)}}`,
      '              </Link>',
      '            ),',
      ...references.map((field) => `            ${field.attribute}: ${reference(field)},`),
      '            added: (',
      `              <time dateTime={${instance}.createdAt.toISOString()} className="whitespace-nowrap">`,
      `                {formatDate(${instance}.createdAt)}`,
      '              </time>',
      '            ),',
      ...amounts.map((field) => `            ${field.attribute}: ${amount(field)},`),
      '          },',
      '        }))}',
      `        emptyMessage={q ? \`No ${humans} match “\${q}”.\` : 'There are no ${humans} yet.'}`,
      '      />',
      '',
      '      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />',
      '    </>',
      '  );',
      '}',
      '',
    ),
  };
}

export function newPage(resource: Resource): NewFile {
  const names = webNames(resource);
  const references = referencesOf(resource);
  return {
    path: `${names.folder}/new/page.tsx`,
    contents: lines(
      "import type { Metadata } from 'next';",
      "import { renderForbidden } from '@/app/_components/forbidden-page';",
      `import { ${names.create} } from '${names.actionsModule}';`,
      `import { ${names.form} } from '${names.formModule}';`,
      `import { ${names.newFormState} } from '${names.formStateModule}';`,
      "import { PageHeader } from '@/components/page-header';",
      "import { authorize } from '@/lib/authorization';",
      ...servicesImports(references),
      '',
      `export const metadata: Metadata = { title: 'New ${resource.title}' };`,
      '',
      `export default async function New${resource.model}Page() {`,
      `  if (!(await authorize('create', '${resource.model}')).allowed) return renderForbidden();`,
      loadChoices(references),
      '',
      '  return (',
      '    <>',
      `      <PageHeader heading="New ${resource.title}" />`,
      `      <${names.form}`,
      `        action={${names.create}}`,
      `        initialState={${names.newFormState}()}`,
      '        submitLabel="Create"',
      ...references.map(({ target }) => `        ${target.instances}={${target.instances}}`),
      '      />',
      '    </>',
      '  );',
      '}',
      '',
    ),
  };
}

/** The imports from services/: the choices for each select, and `more`; in order of module. */
function servicesImports(references: Reference[], ...more: [string, string][]): string[] {
  return [
    ...references.map(({ target }): [string, string] => [
      `@/services/${target.file}-queries`,
      target.choicesFunction,
    ]),
    ...more,
  ]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, name]) => `import { ${name} } from '${module}';`);
}

// The choices of every select, read together.
function loadChoices(references: Reference[]): string | false {
  if (references.length === 0) return false;
  if (references.length === 1) {
    const { target } = references[0]!;
    return `  const ${target.instances} = await ${target.choicesFunction}();`;
  }
  return lines(
    `  const [${references.map(({ target }) => target.instances).join(', ')}] = await Promise.all([`,
    ...references.map(({ target }) => `    ${target.choicesFunction}(),`),
    '  ]);',
  );
}

// The record a request names, shared by the page and its title (like the widget pages).
function recordFor(resource: Resource): string {
  const names = webNames(resource);
  const { instance, human } = resource;
  return lines(
    'type Props = { params: Promise<{ id: string }> };',
    '',
    comment(
      `The ${human} a request names, or null when the id is malformed or unknown. cache() lets the title and the page share one lookup.`,
    ),
    `const ${instance}For = cache(async (idSegment: string) => {`,
    '  const id = parseId(idSegment);',
    `  return id === null ? null : ${names.find}(id);`,
    '});',
  );
}

export function showPage(resource: Resource): NewFile {
  const names = webNames(resource);
  const { instance, humans, model } = resource;
  const references = referencesOf(resource);
  const dates = [
    hasType(resource, 'date') && 'formatDate',
    hasType(resource, 'datetime') && 'formatDateTime',
  ];
  const title = displayOf(resource, instance);
  return {
    path: `${names.folder}/[id]/page.tsx`,
    contents: lines(
      "import type { Metadata } from 'next';",
      "import Link from 'next/link';",
      "import { cache } from 'react';",
      "import { renderForbidden } from '@/app/_components/forbidden-page';",
      "import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';",
      `import { ${names.destroy} } from '${names.actionsModule}';`,
      importLine('@/lib/dates', dates),
      "import { parseId } from '@/lib/params';",
      importLine('@/lib/routes', [
        names.editPath,
        names.indexPath,
        ...references.map(({ target }) => `${target.instance}Path`),
      ]),
      "import { authorize, currentAbility } from '@/lib/authorization';",
      "import { Button } from '@/components/button';",
      "import { ConfirmDeleteButton } from '@/components/confirm-delete-button';",
      "import { PageHeader } from '@/components/page-header';",
      hasType(resource, 'money') && "import { Price } from '@/components/price';",
      `import { ${names.find} } from '${names.queriesModule}';`,
      '',
      recordFor(resource),
      '',
      'export async function generateMetadata({ params }: Props): Promise<Metadata> {',
      `  const ${instance} = await ${instance}For((await params).id);`,
      `  return ${instance} ? { title: ${title} } : notFoundMetadata;`,
      '}',
      '',
      `export default async function ${model}Page({ params }: Props) {`,
      `  if (!(await authorize('read', '${model}')).allowed) return renderForbidden();`,
      `  const ${instance} = await ${instance}For((await params).id);`,
      `  if (!${instance}) return renderNotFound();`,
      '  const ability = await currentAbility();',
      '',
      '  return (',
      '    <>',
      '      <PageHeader',
      `        heading={${title}}`,
      '        actions={',
      '          <>',
      `            {ability.can('update', '${model}') && (`,
      `              <Button href={${names.editPath}(${instance}.id)} variant="secondary">`,
      '                Edit',
      '              </Button>',
      '            )}',
      `            {ability.can('destroy', '${model}') && (`,
      '              <ConfirmDeleteButton',
      `                action={${names.destroy}}`,
      `                hiddenFields={{ id: ${instance}.id }}`,
      `                question={\`Delete \${${title}}?\`}`,
      '              />',
      '            )}',
      '          </>',
      '        }',
      '      />',
      '',
      '      <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-2">',
      ...resource.fields.map((field) =>
        lines(
          `        <dt className="font-semibold">${field.label}</dt>`,
          field.type === 'text'
            ? // Kept as typed: its line breaks are part of it.
              `        <dd className="whitespace-pre-line">${shownValue(field, instance)}</dd>`
            : `        <dd>${shownValue(field, instance)}</dd>`,
        ),
      ),
      '      </dl>',
      '',
      '      <p className="mt-6">',
      `        <Link href={${names.indexPath}()} className="link">`,
      `          Back to all ${humans}`,
      '        </Link>',
      '      </p>',
      '    </>',
      '  );',
      '}',
      '',
    ),
  };
}

export function editPage(resource: Resource): NewFile {
  const names = webNames(resource);
  const { instance, human, model } = resource;
  const references = referencesOf(resource);
  return {
    path: `${names.folder}/[id]/edit/page.tsx`,
    contents: lines(
      "import type { Metadata } from 'next';",
      "import Link from 'next/link';",
      "import { cache } from 'react';",
      "import { renderForbidden } from '@/app/_components/forbidden-page';",
      "import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';",
      `import { ${names.update} } from '${names.actionsModule}';`,
      `import { ${names.form} } from '${names.formModule}';`,
      `import { ${names.editFormState} } from '${names.formStateModule}';`,
      "import { PageHeader } from '@/components/page-header';",
      "import { parseId } from '@/lib/params';",
      `import { ${names.showPath} } from '@/lib/routes';`,
      "import { authorize } from '@/lib/authorization';",
      ...servicesImports(references, [names.queriesModule, names.find]),
      '',
      recordFor(resource),
      '',
      'export async function generateMetadata({ params }: Props): Promise<Metadata> {',
      `  const ${instance} = await ${instance}For((await params).id);`,
      `  return ${instance} ? { title: \`Edit \${${displayOf(resource, instance)}}\` } : notFoundMetadata;`,
      '}',
      '',
      `export default async function Edit${model}Page({ params }: Props) {`,
      `  if (!(await authorize('update', '${model}')).allowed) return renderForbidden();`,
      `  const ${instance} = await ${instance}For((await params).id);`,
      `  if (!${instance}) return renderNotFound();`,
      loadChoices(references),
      '',
      comment(
        `The form carries the ${human}'s id and the version it shows in hidden fields; app/${resource.table}/actions.ts says why a changed id cannot cause a lost update.`,
        '  ',
      ),
      '  return (',
      '    <>',
      `      <PageHeader heading="Edit ${resource.title}" />`,
      `      <${names.form}`,
      `        action={${names.update}}`,
      `        initialState={${names.editFormState}(${instance})}`,
      '        submitLabel="Update"',
      ...references.map(({ target }) => `        ${target.instances}={${target.instances}}`),
      '      />',
      '      <p className="mt-6">',
      `        <Link href={${names.showPath}(${instance}.id)} className="link">`,
      `          Back to the ${human}`,
      '        </Link>',
      '      </p>',
      '    </>',
      '  );',
      '}',
      '',
    ),
  };
}
