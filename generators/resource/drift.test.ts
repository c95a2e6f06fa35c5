// The templates and the hand-written resources must not drift apart (ADR 16). A Gadget shaped like
// a widget (a unique name, a price, a required manufacturer, the API) is rendered, and each file
// is compared with its hand-written counterpart: the widget's file of the same name (gadget →
// widget), else the manufacturer's. The counterpart must exist, export what the generated file
// exports, and be built from the same parts: when the widget pages start using a new component or
// helper, the templates must follow (or this test says which file did not).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, renderResource } from './generator';
import { parseResource } from './model';

const ROOT = path.resolve(__dirname, '../..');

const gadget = parseResource(
  [
    'Gadget',
    'name:string:required:unique',
    'price:money:required',
    'manufacturer:references:required',
    '--api',
  ],
  readProject(ROOT),
  // As if it existed: the test renders it, writes nothing, and must pass in a project that has
  // generated a Gadget of its own.
  { migration: '20990101000000_create_gadgets', existing: true },
);
const generated = renderResource(gadget).files;

// Generated files with no one hand-written counterpart, and why.
const WITHOUT_COUNTERPART: Record<string, string> = {
  'prisma/migrations/20990101000000_create_gadgets/migration.sql':
    'the catalogue was created by one migration for all its tables',
  'prisma/gadget-constraints.test.ts':
    "the hand-written tables' constraints are tested together in prisma/constraints.test.ts",
};

/** The hand-written files a generated file corresponds to, by substituting the resource's names. */
function counterpartsOf(file: string): string[] {
  const as = (singular: string, plural: string) =>
    file
      .replaceAll('gadgets', plural)
      .replaceAll('Gadgets', plural.charAt(0).toUpperCase() + plural.slice(1))
      .replaceAll('gadget', singular)
      .replaceAll('Gadget', singular.charAt(0).toUpperCase() + singular.slice(1));
  return [as('widget', 'widgets'), as('manufacturer', 'manufacturers')].filter((candidate) =>
    existsSync(path.join(ROOT, candidate)),
  );
}

function exportsOf(source: string): Set<string> {
  const names = [
    ...source.matchAll(/^export (?:async )?(?:function|const|class|type|interface) (\w+)/gm),
  ].map(([, name]) => name!);
  if (/^export default /m.test(source)) names.push('default');
  return new Set(names);
}

// The shared building blocks a resource's files are made of: components, the form and page
// helpers, and the infrastructure every resource uses the same way.
const BUILDING_BLOCKS =
  /^@\/(components\/(page-header|button|data-table|pagination|confirm-delete-button|form-field|price)|app\/_components\/\w[\w-]*|lib\/(authorization|flash|form-response|routes|params|pagination|validation-errors|db|db\/errors|db\/text-search|api\/[\w-]+)|test\/(factories|support\/[\w-]+))$/;

function buildingBlocksOf(source: string): Set<string> {
  return new Set(
    [...source.matchAll(/^import[^'"]*from '([^']+)';$/gm)]
      .map(([, module]) => module!)
      .filter((module) => BUILDING_BLOCKS.test(module)),
  );
}

/** A name in a generated file as the widget's (or manufacturer's) code spells it. */
function asHandWritten(name: string, singular: string): string {
  const Singular = singular.charAt(0).toUpperCase() + singular.slice(1);
  return name
    .replaceAll('GADGET', singular.toUpperCase())
    .replaceAll('Gadget', Singular)
    .replaceAll('gadget', singular);
}

describe('the generated files and the hand-written resources', () => {
  it('have a hand-written counterpart for every generated file', () => {
    const missing = generated
      .map((file) => file.path)
      .filter((file) => !(file in WITHOUT_COUNTERPART) && counterpartsOf(file).length === 0);
    expect(missing).toEqual([]);
  });

  for (const file of generated.filter((file) => !(file.path in WITHOUT_COUNTERPART))) {
    it(`${file.path}: exports what its counterpart exports, and uses the same building blocks`, () => {
      const counterparts = counterpartsOf(file.path);
      const sources = counterparts.map((counterpart) =>
        readFileSync(path.join(ROOT, counterpart), 'utf8'),
      );
      const handWritten = new Set(sources.flatMap((source) => [...exportsOf(source)]));
      const unmatched = [...exportsOf(file.contents)].filter(
        (name) =>
          !handWritten.has(asHandWritten(name, 'widget')) &&
          !handWritten.has(asHandWritten(name, 'manufacturer')),
      );
      expect(unmatched, `exported by ${file.path} but not by ${counterparts.join(' or ')}`).toEqual(
        [],
      );

      // What every counterpart uses, the generated file uses too.
      const used = buildingBlocksOf(file.contents);
      const sharedByCounterparts = sources
        .map(buildingBlocksOf)
        .reduce((shared, blocks) => new Set([...shared].filter((block) => blocks.has(block))));
      const notUsed = [...sharedByCounterparts].filter((block) => !used.has(block));
      expect(notUsed, `used by ${counterparts.join(' and ')} but not by ${file.path}`).toEqual([]);
    });
  }
});
