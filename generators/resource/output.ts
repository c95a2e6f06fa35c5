import prettier from '@prettier/sync';

// What a template produces: new files, and edits to files the app already has (lib/routes.ts,
// lib/policy.ts, …). Every edit can be undone exactly, which is how `destroy resource` restores
// the tree: it makes the same edits' inverse. The engine (generators/resource/generator.ts) runs
// prettier (or Prisma's formatter) over every file it writes, so templates need not format.

/** A file the resource adds, by its path from the project root. */
export type NewFile = { path: string; contents: string };

/** A change to an existing file, and its exact inverse. */
export type FileEdit = {
  path: string;
  /** Says where the edit goes, for the message when the anchor is gone. */
  description: string;
  apply: (source: string) => string;
  revert: (source: string) => string;
};

/** What one group of templates contributes for a resource. */
export type Output = { files: NewFile[]; edits: FileEdit[] };

/** An anchor the edit needs is missing: the file was changed by hand since. */
export class EditError extends Error {
  override name = 'EditError';
}

function requireOnce(source: string, anchor: string, path: string): number {
  const at = source.indexOf(anchor);
  if (at === -1 || source.indexOf(anchor, at + 1) !== -1) {
    throw new EditError(
      `${path}: expected exactly one "${anchor.trim()}" to insert next to, found ${at === -1 ? 'none' : 'several'}.`,
    );
  }
  return at;
}

function removeOnce(source: string, text: string, path: string): string {
  const at = source.indexOf(text);
  if (at === -1) {
    throw new EditError(`${path}: the generated text is not there any more:\n${text}`);
  }
  return source.slice(0, at) + source.slice(at + text.length);
}

/**
 * Text to insert, as prettier lays it out where it goes. `topLevel` text (whole declarations, as
 * in lib/routes.ts) is formatted here, so its layout follows the length of the names in it; any
 * other inserted text must be written the way prettier leaves it (the engine checks).
 */
function laidOut(path: string, text: string, topLevel: boolean): string {
  if (!topLevel) return text;
  const options = prettier.resolveConfig(path) ?? {};
  // Prettier ends the text with one newline; a blank line after it is the insertion's own.
  const blankLineAfter = text.endsWith('\n\n') ? '\n' : '';
  return prettier.format(text, { ...options, filepath: path }) + blankLineAfter;
}

type InsertOptions = { topLevel?: boolean };

// Inserts `text` (whole lines, ending in a newline) before or after the line holding `anchor`.
function insertNextToLine(
  side: 'before' | 'after',
  path: string,
  anchor: string,
  insertion: string,
  { topLevel = false }: InsertOptions,
): FileEdit {
  const text = laidOut(path, insertion, topLevel);
  return {
    path,
    description: `${side} "${anchor.trim()}"`,
    apply: (source) => {
      const at = requireOnce(source, anchor, path);
      const lineStart = source.lastIndexOf('\n', at) + 1;
      const lineEnd = source.indexOf('\n', at) + 1;
      const insertAt = side === 'before' ? lineStart : lineEnd;
      return source.slice(0, insertAt) + text + source.slice(insertAt);
    },
    revert: (source) => removeOnce(source, text, path),
  };
}

/** Inserts `text` (whole lines, ending in a newline) after the line holding `anchor`. */
export function insertAfterLine(
  path: string,
  anchor: string,
  insertion: string,
  options: InsertOptions = {},
): FileEdit {
  return insertNextToLine('after', path, anchor, insertion, options);
}

/** Inserts `text` (whole lines, ending in a newline) before the line holding `anchor`. */
export function insertBeforeLine(
  path: string,
  anchor: string,
  insertion: string,
  options: InsertOptions = {},
): FileEdit {
  return insertNextToLine('before', path, anchor, insertion, options);
}

/** Appends `text` (whole lines) at the end of the file, after a blank line. */
export function appendToFile(
  path: string,
  insertion: string,
  { topLevel = false }: InsertOptions = {},
): FileEdit {
  const text = laidOut(path, insertion, topLevel);
  return {
    path,
    description: 'at the end',
    apply: (source) => `${source.trimEnd()}\n\n${text}`,
    // Removing the newline before the text too leaves the file ending as it did.
    revert: (source) => removeOnce(source, `\n${text}`, path),
  };
}

// `import { a, b } from 'module';` or `import type { A, B } from 'module';`, on one line or several.
function importPattern(module: string, typeOnly: boolean): RegExp {
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`import ${typeOnly ? 'type ' : ''}\\{([^}]*)\\} from '${escaped}';`);
}

function rewriteImport(
  source: string,
  module: string,
  typeOnly: boolean,
  path: string,
  change: (names: string[]) => string[],
): string {
  const pattern = importPattern(module, typeOnly);
  const match = pattern.exec(source);
  if (!match) {
    throw new EditError(
      `${path}: expected an import ${typeOnly ? 'type ' : ''}{ … } from '${module}'.`,
    );
  }
  const names = match[1]!
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const keyword = typeOnly ? 'import type' : 'import';
  // Prettier lays the list out again (one line or one name a line) when the file is formatted.
  const rewritten = `${keyword} { ${change(names).join(', ')} } from '${module}';`;
  return source.slice(0, match.index) + rewritten + source.slice(match.index + match[0].length);
}

// The app's import lists are sorted the way TypeScript's "organize imports" sorts them: ignoring
// case, with a `type` marker not counting.
function sortKey(name: string): string {
  return name.replace(/^type /, '').toLowerCase();
}

/** Adds `name` to the named imports from `module` (which the file must import already). */
export function addNamedImport(
  path: string,
  module: string,
  name: string,
  { typeOnly = false }: { typeOnly?: boolean } = {},
): FileEdit {
  return {
    path,
    description: `in the import from '${module}'`,
    apply: (source) =>
      rewriteImport(source, module, typeOnly, path, (names) => {
        if (names.includes(name)) throw new EditError(`${path}: already imports ${name}.`);
        return [...names, name].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      }),
    revert: (source) =>
      rewriteImport(source, module, typeOnly, path, (names) => {
        if (!names.includes(name)) throw new EditError(`${path}: no longer imports ${name}.`);
        return names.filter((other) => other !== name);
      }),
  };
}
