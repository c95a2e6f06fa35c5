import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// bin/update's arguments and refusals. What it does on a clean tree needs the npm registry and
// runs bin/ci, so it is not tested here: these run a copy of the script in a throwaway folder,
// where a refusal would otherwise reach `npm`, which has no package.json to work on.

/** A folder holding a copy of bin/update, made a git repository unless `git` is false. */
function checkout({ git = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bin-update-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync('bin/update', join(dir, 'bin/update'));
  if (git) {
    spawnSync('git', ['init', '--quiet'], { cwd: dir });
    writeFileSync(join(dir, '.gitignore'), 'bin/\n');
  }
  return dir;
}

function update(dir: string, args: string[] = []) {
  const result = spawnSync(join(dir, 'bin/update'), args, { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/update', () => {
  it('prints its usage for help, and refuses an unknown argument with it', () => {
    const dir = checkout();

    const help = update(dir, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: bin\/update \[help\]/);
    expect(help.stdout).toContain('npm update');

    const unknown = update(dir, ['--major']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^Unknown argument: --major\nUsage: bin\/update/);
  });

  it('refuses to start on a working tree with changes, naming them', () => {
    const dir = checkout();
    writeFileSync(join(dir, 'notes.txt'), 'work in progress\n');

    const { status, stdout, stderr } = update(dir);

    expect(status).toBe(1);
    expect(stderr).toContain('The working tree has changes: commit or stash them first');
    expect(stderr).toContain('?? notes.txt');
    expect(stdout).not.toContain('Outdated packages');
  });

  it('refuses to start outside a git checkout', () => {
    const { status, stdout, stderr } = update(checkout({ git: false }));

    expect(status).toBe(1);
    expect(stderr).toContain('bin/update needs a git checkout');
    expect(stdout).toBe('');
  });
});
