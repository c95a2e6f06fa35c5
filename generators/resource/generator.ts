// The resource generator's engine: reads the project, renders every template group, and writes the
// result all at once or not at all; destroys by undoing exactly that. docs/extending.md explains
// the files it writes; docs/decisions/0016-a-resource-generator.md why it works this way.
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  globSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import prettier from '@prettier/sync';
import { format as formatPrismaSchema, get_dmmf } from '@prisma/prisma-schema-wasm';
import { GeneratorError, namesOf, parseResource, type ProjectFacts, type Resource } from './model';
import { EditError, type FileEdit, type NewFile, type Output } from './output';
import { apiOutput } from './templates/api';
import { databaseOutput } from './templates/database';
import { serviceOutput } from './templates/services';
import { webOutput } from './templates/web';
import { wiringOutput } from './templates/wiring';

/** Every template group, in the order their files are listed. */
export function renderResource(resource: Resource): Output {
  const groups = [databaseOutput, wiringOutput, serviceOutput, webOutput, apiOutput];
  const outputs = groups.map((group) => group(resource));
  return {
    files: outputs.flatMap((output) => output.files),
    edits: outputs.flatMap((output) => output.edits),
  };
}

// --- Reading the project --------------------------------------------------------------------------

type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: { name: string; type: string; kind: string }[];
};

export function readProject(root: string): ProjectFacts {
  const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const { datamodel } = JSON.parse(
    get_dmmf(JSON.stringify({ prismaSchema: schema, noColor: true })),
  ) as {
    datamodel: { models: DmmfModel[] };
  };
  const models = new Map(
    datamodel.models.map((model) => [
      model.name,
      {
        table: model.dbName ?? model.name,
        stringFields: model.fields
          .filter((field) => field.kind === 'scalar' && field.type === 'String')
          .map((field) => field.name),
      },
    ]),
  );
  const appFolders = new Set(
    readdirSync(path.join(root, 'app'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
  );
  const hasChoicesFunction = (model: string) => {
    const file = path.join(root, 'services', `${kebab(model)}-queries.ts`);
    return (
      existsSync(file) &&
      new RegExp(`export (async )?function list${model}Choices\\b`).test(readFileSync(file, 'utf8'))
    );
  };
  return { models, appFolders, hasChoicesFunction };
}

function kebab(model: string): string {
  return model.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

// --- Planning: every file's new contents, checked before anything is written ------------------------

/**
 * Files to write (path → contents) and to delete, from the project root; `edited` are the writes
 * to files the project has already.
 */
export type Plan = { writes: Map<string, string>; deletes: string[]; edited: Set<string> };

/** Formats a file the way the project's tools do: prettier, or Prisma's formatter for the schema. */
export function formatFile(filePath: string, contents: string): string {
  if (filePath.endsWith('.prisma')) {
    // Prisma's formatter (what `prisma format` runs) takes and gives [path, contents] pairs.
    const params = {
      textDocument: { uri: 'file:/schema.prisma' },
      options: { tabSize: 2, insertSpaces: true },
    };
    const [file] = JSON.parse(
      formatPrismaSchema(JSON.stringify([[filePath, contents]]), JSON.stringify(params)),
    ) as [string, string][];
    return file![1];
  }
  if (filePath.endsWith('.sql')) return contents;
  // Until prettier leaves it as it is: a chain of calls on one line (`z.int(…).meta({ … })`) can
  // take it two passes to settle, and `prettier --check` would find the file unformatted.
  const options = { ...(prettier.resolveConfig(filePath) ?? {}), filepath: filePath };
  let formatted = contents;
  for (let pass = 0; pass < 3; pass++) {
    const next = prettier.format(formatted, options);
    if (next === formatted) break;
    formatted = next;
  }
  return formatted;
}

function editsByFile(edits: FileEdit[]): Map<string, FileEdit[]> {
  const byFile = new Map<string, FileEdit[]>();
  for (const edit of edits) byFile.set(edit.path, [...(byFile.get(edit.path) ?? []), edit]);
  return byFile;
}

// A shared file an edit needs: one that is gone is a refusal naming it, like a missing anchor.
function read(root: string, file: string): string {
  if (!existsSync(path.join(root, file))) {
    throw new EditError(`${file} is gone: the generator edits it (docs/extending.md lists why).`);
  }
  return readFileSync(path.join(root, file), 'utf8');
}

/**
 * What generating writes. Refuses (GeneratorError) when a file it would add exists, or an edit's
 * anchor is gone; and checks that destroying would give every edited file back byte for byte.
 */
export function planGenerate(root: string, output: Output): Plan {
  const writes = new Map<string, string>();
  const problems: string[] = [];
  for (const file of output.files) {
    if (existsSync(path.join(root, file.path))) problems.push(`${file.path} exists already.`);
    writes.set(file.path, formatFile(file.path, file.contents));
  }
  for (const [file, edits] of editsByFile(output.edits)) {
    try {
      const original = read(root, file);
      const edited = formatFile(
        file,
        edits.reduce((source, edit) => edit.apply(source), original),
      );
      const restored = formatFile(
        file,
        [...edits].reverse().reduce((source, edit) => edit.revert(source), edited),
      );
      if (restored !== original) {
        problems.push(
          `${file}: undoing the generated edits would not restore it exactly (a template bug).`,
        );
      }
      writes.set(file, edited);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new GeneratorError(`Nothing was written:\n${problems.join('\n')}`);
  return { writes, deletes: [], edited: new Set(editsByFile(output.edits).keys()) };
}

/** What destroying writes and deletes; refuses before anything changes when an edit cannot be undone. */
export function planDestroy(root: string, output: Output): Plan {
  const writes = new Map<string, string>();
  const problems: string[] = [];
  for (const [file, edits] of editsByFile(output.edits)) {
    try {
      const current = read(root, file);
      writes.set(
        file,
        formatFile(
          file,
          [...edits].reverse().reduce((source, edit) => edit.revert(source), current),
        ),
      );
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new GeneratorError(
      `Nothing was removed: these edits cannot be undone automatically (undo them by hand, then run destroy again):\n${problems.join('\n')}`,
    );
  }
  const deletes = output.files
    .map((file: NewFile) => file.path)
    .filter((file) => existsSync(path.join(root, file)));
  return { writes, deletes, edited: new Set(writes.keys()) };
}

// --- Writing: staged, then moved into place ---------------------------------------------------------

/**
 * Writes every file into a staging folder first (tmp/generator/…), then moves each into place. A
 * failure while staging leaves the project untouched; a failure while moving puts back what was
 * moved already.
 */
export function applyPlan(root: string, plan: Plan): void {
  const staging = path.join(root, 'tmp/generator', randomUUID());
  const backups = new Map<string, string | null>();
  try {
    for (const [file, contents] of plan.writes) {
      const staged = path.join(staging, file);
      mkdirSync(path.dirname(staged), { recursive: true });
      writeFileSync(staged, contents);
    }
    for (const [file] of plan.writes) {
      const target = path.join(root, file);
      backups.set(file, existsSync(target) ? readFileSync(target, 'utf8') : null);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(staging, file), target);
    }
    for (const file of plan.deletes) {
      backups.set(file, readFileSync(path.join(root, file), 'utf8'));
      rmSync(path.join(root, file));
    }
  } catch (error) {
    for (const [file, contents] of backups) {
      const target = path.join(root, file);
      if (contents === null) rmSync(target, { force: true });
      else writeFileSync(target, contents);
    }
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    removeEmptyFolders(root, [path.relative(root, staging)]);
  }
  removeEmptyFolders(root, [...plan.deletes]);
}

// Deleting a resource's files leaves its folders (app/gadgets/[id]/edit …): remove those now empty.
function removeEmptyFolders(root: string, files: string[]): void {
  const folders = new Set(files.flatMap((file) => ancestors(path.dirname(file))));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const full = path.join(root, folder);
    if (existsSync(full) && readdirSync(full).length === 0) rmSync(full, { recursive: true });
  }
}

function ancestors(folder: string): string[] {
  return folder === '.' ? [] : [folder, ...ancestors(path.dirname(folder))];
}

// --- Migrations -------------------------------------------------------------------------------------

const MIGRATIONS = 'prisma/migrations';

/** The header line a generated migration starts with; destroy reads the command back from it. */
export const COMMAND_HEADER = '-- Generated by: npm run generate -- ';

/** A migration folder name later than every existing one (they run in name order). */
export function nextMigrationName(root: string, table: string, now: Date = new Date()): string {
  const stamp = (date: Date) => date.toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = readdirSync(path.join(root, MIGRATIONS))
    .map((name) => name.slice(0, 14))
    .filter((prefix) => /^\d{14}$/.test(prefix))
    .sort()
    .at(-1);
  let candidate = stamp(now);
  if (latest && candidate <= latest) {
    const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(latest)!;
    candidate = stamp(new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s! + 1)));
  }
  return `${candidate}_create_${table}`;
}

/** The generated migration that created a table, with the command it records. */
export function findGeneratedMigration(
  root: string,
  table: string,
): { migration: string; argv: string[] } | null {
  const [file] = globSync(`${MIGRATIONS}/*_create_${table}/migration.sql`, { cwd: root });
  if (!file) return null;
  const header = read(root, file).split('\n')[0] ?? '';
  if (!header.startsWith(COMMAND_HEADER)) return null;
  const [kind, ...argv] = header.slice(COMMAND_HEADER.length).trim().split(/\s+/);
  if (kind !== 'resource') return null;
  return { migration: path.basename(path.dirname(file)), argv };
}

// --- Commands ----------------------------------------------------------------------------------------

export type GenerateResult = { resource: Resource; plan: Plan };

/** Plans and writes a new resource. */
export function generateResource(
  root: string,
  argv: string[],
  now: Date = new Date(),
): GenerateResult {
  const project = readProject(root);
  const name = argv[0] ?? '';
  const table = /^[A-Z][A-Za-z0-9]*$/.test(name) ? tableOf(name) : 'unnamed';
  const resource = parseResource(argv, project, { migration: nextMigrationName(root, table, now) });
  const plan = planGenerate(root, renderResource(resource));
  applyPlan(root, plan);
  return { resource, plan };
}

/** The resource a generated migration records, ready to destroy (the caller checks the database). */
export function resourceToDestroy(root: string, name: string): Resource {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new GeneratorError(
      `"${name}" is not a resource name: npm run generate -- destroy resource Gadget`,
    );
  }
  const found = findGeneratedMigration(root, tableOf(name));
  if (!found) {
    throw new GeneratorError(
      `No generated resource ${name}: destroy removes only what the generator made, found by its migration (${MIGRATIONS}/*_create_${tableOf(name)}).`,
    );
  }
  return parseResource(found.argv.slice(0), readProject(root), {
    migration: found.migration,
    existing: true,
  });
}

export function destroyResource(root: string, resource: Resource): Plan {
  const plan = planDestroy(root, renderResource(resource));
  applyPlan(root, plan);
  return plan;
}

function tableOf(name: string): string {
  return namesOf(name).table;
}
