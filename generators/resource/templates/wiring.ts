// Template group "wiring": what connects a resource to the rest of the app, in the files every
// resource shares: its path helpers (lib/routes.ts), its list parameters (lib/params.ts), who may
// do what (lib/policy.ts) and its link in the main navigation (app/layout.tsx).
import type { Resource } from '../model';
import { addNamedImport, insertAfterLine, insertBeforeLine, type Output } from '../output';

/** The policy lines the generator adds, which the command prints so they can be adjusted. */
export function policyLines(resource: Resource): { everyone: string; catalog: string } {
  return {
    everyone: `can('read', '${resource.model}');`,
    catalog: `can(['create', 'update', 'destroy'], '${resource.model}');`,
  };
}

function sortsConstant(resource: Resource): string {
  return `${resource.key.toUpperCase()}_SORTS`;
}

export function wiringOutput(resource: Resource): Output {
  const { model, models, table } = resource;
  const sorts = sortsConstant(resource);
  const display = resource.display.name;
  const policy = policyLines(resource);

  const params = `export const ${sorts} = ['${display}', 'newest'] as const;
export type ${model}Sort = (typeof ${sorts})[number];

const ${resource.instance}ListSchema = z
  .object({ sort: z.enum(${sorts}).catch('${display}'), q: searchSchema, ...cursorFields })
  .transform(({ after, before, ...list }) => ({ ...list, cursor: cursorOf({ after, before }) }));
export type ${model}ListParams = z.infer<typeof ${resource.instance}ListSchema>;

/** /${table}?sort=newest&q=text&after=7 */
export function parse${model}ListParams(searchParams: SearchParams): ${model}ListParams {
  return ${resource.instance}ListSchema.parse(searchParams);
}

`;

  const routes = `export function ${resource.instances}Path(query: { sort?: ${model}Sort; q?: string } & PageQuery = {}): string {
  return withQuery('/${table}', query);
}

export function new${model}Path(): string {
  return '/${table}/new';
}

export function ${resource.instance}Path(id: number): string {
  return \`/${table}/\${id}\`;
}

export function edit${model}Path(id: number): string {
  return \`/${table}/\${id}/edit\`;
}

`;

  const apiRoutes = `export function api${models}Path(query: { sort?: ${model}Sort; q?: string; cursor?: string } = {}): string {
  return withQuery('/api/v1/${table}', query);
}

export function api${model}Path(id: number): string {
  return \`/api/v1/${table}/\${id}\`;
}

`;

  // As prettier lays it out: the Link's attributes on their own lines when they do not fit on one.
  const link = `<Link href={${resource.instances}Path()} className="text-brand hover:underline">`;
  const linkLines =
    20 + link.length <= 100
      ? `                    ${link}\n`
      : `                    <Link
                      href={${resource.instances}Path()}
                      className="text-brand hover:underline"
                    >\n`;
  const navigationLink = `                {ability.can('read', '${model}') && (
                  <li>
${linkLines}                      ${resource.titles}
                    </Link>
                  </li>
                )}
`;

  return {
    files: [],
    edits: [
      insertBeforeLine('lib/params.ts', 'export const USER_SORTS', params, { topLevel: true }),
      addNamedImport('lib/routes.ts', '@/lib/params', `${model}Sort`, { typeOnly: true }),
      insertBeforeLine('lib/routes.ts', 'export function usersPath(', routes, { topLevel: true }),
      ...(resource.api
        ? [
            insertBeforeLine('lib/routes.ts', "/** The API's OpenAPI document. */", apiRoutes, {
              topLevel: true,
            }),
          ]
        : []),
      addNamedImport('lib/policy.ts', '@/generated/prisma/client', model, { typeOnly: true }),
      insertAfterLine('lib/policy.ts', '      ApiKey: ApiKey;', `      ${model}: ${model};\n`),
      insertAfterLine(
        'lib/policy.ts',
        "  can('create', 'WidgetRating');",
        `  ${policy.everyone}\n`,
      ),
      insertAfterLine(
        'lib/policy.ts',
        "      can('update', 'Widget', WIDGET_CATALOG_FIELDS);",
        `      ${policy.catalog}\n`,
      ),
      addNamedImport('app/layout.tsx', '@/lib/routes', `${resource.instances}Path`),
      insertBeforeLine('app/layout.tsx', "{ability.can('read', 'User') && (", navigationLink),
    ],
  };
}
