// Copies and snapshots of a checkout, for trying the generator where it can do no harm: its unit
// tests, its proof in bin/ci (bin/generator-proof.ts) and its benchmark (bin/bench-generator.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A new temporary folder holding the checkout's files as git lists them (tracked and new). */
export function copyCheckout(root: string, prefix: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), prefix));
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (listed.status !== 0)
    throw new Error(`git ls-files failed in ${root}: a git checkout is needed.`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    // A file deleted in the working tree but not yet in git's index is not part of the tree.
    if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(copy, file));
  }
  return copy;
}

/** Every file under `root` (but the top-level folders in `skip`), with a digest of its contents. */
export function snapshotTree(
  root: string,
  skip: Set<string> = new Set(),
  folder = '',
): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.join(folder, entry.name);
    if (folder === '' && skip.has(entry.name)) continue;
    if (entry.isDirectory()) {
      for (const [file, digest] of snapshotTree(root, skip, relative)) files.set(file, digest);
    } else if (entry.isFile()) {
      files.set(
        relative,
        createHash('sha256')
          .update(readFileSync(path.join(root, relative)))
          .digest('hex'),
      );
    }
  }
  return files;
}

/** How two snapshots differ, one line a file: "changed …", "missing …" or "added …". */
export function treeDifferences(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((file) => before.get(file) !== after.get(file))
    .sort()
    .map((file) =>
      before.has(file)
        ? after.has(file)
          ? `changed ${file}`
          : `missing ${file}`
        : `added ${file}`,
    );
}
