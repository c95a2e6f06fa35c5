import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyCheckout, snapshotTree } from './checkout';
import { ACCEPTANCE_FIELDS, EVERY_FIELD_TYPE } from './samples';
import {
  applyPlan,
  destroyResource,
  findGeneratedMigration,
  generateResource,
  nextMigrationName,
  planGenerate,
  readProject,
  renderResource,
  resourceToDestroy,
} from './generator';
import { GeneratorError, parseResource } from './model';

const ROOT = path.resolve(__dirname, '../..');

// Names no one would give a resource of their own: the tests must pass in a project that has one.
const SAMPLES = {
  everyType: EVERY_FIELD_TYPE,
  acceptance: ACCEPTANCE_FIELDS,
  severalWords: ['SampleSparePart', 'title:string:required'],
  // Names long enough that prettier lays the generated code out differently.
  longName: ['SampleStockAdjustmentRecord', 'reference_code:string:required', '--api'],
};

describe('the templates, on this project as it is', () => {
  it.each(Object.entries(SAMPLES))(
    'generate %s into files that do not exist yet, with edits that destroy undoes exactly',
    (_, argv) => {
      const resource = parseResource(argv, readProject(ROOT), {
        migration: nextMigrationName(ROOT, 'sample'),
      });
      // planGenerate refuses when a generated file exists or an edit cannot be undone byte for byte.
      const plan = planGenerate(ROOT, renderResource(resource));
      expect(plan.writes.size).toBeGreaterThan(plan.edited.size);
    },
  );
});

describe('generating and destroying', () => {
  let project: string;
  beforeEach(() => {
    project = copyCheckout(ROOT, 'widgets-generator-test-');
  });
  afterEach(() => {
    rmSync(project, { recursive: true, force: true });
  });

  it('writes the resource, records the command in its migration, and destroy restores the tree', () => {
    const before = snapshotTree(project);
    const { resource, plan } = generateResource(
      project,
      SAMPLES.acceptance,
      new Date('2099-01-01T00:00:00Z'),
    );

    expect(resource.migration).toBe('20990101000000_create_sample_gadgets');
    expect(findGeneratedMigration(project, 'sample_gadgets')).toEqual({
      migration: '20990101000000_create_sample_gadgets',
      argv: SAMPLES.acceptance,
    });
    for (const file of plan.writes.keys()) expect(existsSync(path.join(project, file))).toBe(true);
    expect(readFileSync(path.join(project, 'prisma/schema.prisma'), 'utf8')).toContain(
      'model SampleGadget {',
    );
    expect(existsSync(path.join(project, 'tmp/generator'))).toBe(false);

    destroyResource(project, resourceToDestroy(project, 'SampleGadget'));
    expect(snapshotTree(project)).toEqual(before);
  });

  it('destroys resources generated one after another, the last first, back to the tree before', () => {
    const before = snapshotTree(project);
    generateResource(project, SAMPLES.severalWords);
    // Refers to the first: its table is emptied before it, and its model gains a relation.
    generateResource(project, [
      'SamplePart',
      'code:string:required',
      'sample_spare_part:references:required',
    ]);
    expect(readFileSync(path.join(project, 'test/support/database.ts'), 'utf8')).toMatch(
      /'sample_parts',\n\s+'sample_spare_parts',/,
    );
    destroyResource(project, resourceToDestroy(project, 'SamplePart'));
    destroyResource(project, resourceToDestroy(project, 'SampleSparePart'));
    expect(snapshotTree(project)).toEqual(before);
  });

  it('refuses to generate a resource twice, writing nothing', () => {
    generateResource(project, SAMPLES.severalWords);
    const after = snapshotTree(project);
    expect(() => generateResource(project, SAMPLES.severalWords)).toThrow(
      'SampleSparePart exists already (prisma/schema.prisma has model SampleSparePart).',
    );
    expect(snapshotTree(project)).toEqual(after);
  });

  it('refuses a file in the way, and an edit whose place or file is gone, before writing anything', () => {
    rmSync(path.join(project, 'app/layout.tsx'));
    mkdirSync(path.join(project, 'app/sample_gadgets'));
    writeFileSync(path.join(project, 'app/sample_gadgets/page.tsx'), '// Written by hand.\n');
    const routes = readFileSync(path.join(project, 'lib/routes.ts'), 'utf8');
    writeFileSync(
      path.join(project, 'lib/routes.ts'),
      routes.replace('export function usersPath(', 'export function peoplePath('),
    );
    const before = snapshotTree(project);

    let message = '';
    try {
      // As if the folder had been made after the command was checked: the plan finds the file.
      const resource = parseResource(
        SAMPLES.acceptance,
        { ...readProject(project), appFolders: new Set() },
        {
          migration: '20990101000000_create_sample_gadgets',
        },
      );
      planGenerate(project, renderResource(resource));
    } catch (error) {
      expect(error).toBeInstanceOf(GeneratorError);
      message = (error as Error).message;
    }
    expect(message).toContain('Nothing was written');
    expect(message).toContain('app/sample_gadgets/page.tsx exists already.');
    expect(message).toContain('app/layout.tsx is gone: the generator edits it');
    expect(message).toContain(
      'lib/routes.ts: expected exactly one "export function usersPath(" to insert next to, found none.',
    );
    expect(snapshotTree(project)).toEqual(before);
  });

  it('puts back what it moved when a write fails half way', () => {
    const before = snapshotTree(project);
    // The second file cannot be written: a folder stands where it goes.
    mkdirSync(path.join(project, 'lib/blocked.ts'));
    expect(() =>
      applyPlan(project, {
        writes: new Map([
          ['lib/routes.ts', '// replaced\n'],
          ['lib/new-file.ts', '// new\n'],
          ['lib/blocked.ts', '// blocked\n'],
        ]),
        deletes: [],
        edited: new Set(['lib/routes.ts']),
      }),
    ).toThrow();
    rmSync(path.join(project, 'lib/blocked.ts'), { recursive: true });
    expect(snapshotTree(project)).toEqual(before);
  });

  it('destroys only a resource it generated, and refuses one whose edits were changed by hand', () => {
    expect(() => resourceToDestroy(project, 'Widget')).toThrow('No generated resource Widget');

    generateResource(project, SAMPLES.severalWords);
    const policyFile = path.join(project, 'lib/policy.ts');
    writeFileSync(
      policyFile,
      readFileSync(policyFile, 'utf8').replace("can('read', 'SampleSparePart');\n", ''),
    );
    const after = snapshotTree(project);
    expect(() => destroyResource(project, resourceToDestroy(project, 'SampleSparePart'))).toThrow(
      'Nothing was removed',
    );
    expect(snapshotTree(project)).toEqual(after);
  });
});

describe('nextMigrationName', () => {
  it('is now, unless an existing migration is later: then one second after it', () => {
    expect(nextMigrationName(ROOT, 'gadgets', new Date('2099-01-02T03:04:05Z'))).toBe(
      '20990102030405_create_gadgets',
    );
    const latest = readdirSync(path.join(ROOT, 'prisma/migrations')).sort().at(-1)!;
    const next = nextMigrationName(ROOT, 'gadgets', new Date('2000-01-01T00:00:00Z'));
    expect(next > latest).toBe(true);
    expect(next.slice(0, 12)).toBe(latest.slice(0, 12));
  });
});
