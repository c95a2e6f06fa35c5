import { describe, expect, it } from 'vitest';
import { generateCommand, USAGE } from './generate';

/** Runs the command, collecting what it prints. */
async function generate(...args: string[]) {
  const printed = { log: [] as string[], error: [] as string[] };
  const status = await generateCommand(args, {
    log: (message) => printed.log.push(message),
    error: (message) => printed.error.push(message),
  });
  return { status, ...printed };
}

// Only refusals here: they write nothing. Generating and destroying are tested on copies of the
// project (generators/resource/generator.test.ts) and in bin/ci's generator proof.
describe('npm run generate', () => {
  it('prints its usage without a command (status 2) and when asked (status 0)', async () => {
    expect(await generate()).toEqual({ status: 2, log: [USAGE], error: [] });
    expect(await generate('help')).toEqual({ status: 0, log: [USAGE], error: [] });
  });

  it('refuses an unknown command with its usage (status 2)', async () => {
    const { status, error } = await generate('scaffold', 'Gadget');
    expect(status).toBe(2);
    expect(error[0]).toContain('Unknown command "scaffold Gadget".');
    expect(error[0]).toContain(USAGE);
  });

  it('refuses a bad resource with what is wrong (status 1)', async () => {
    const { status, error } = await generate('resource', 'Gadget', 'name:strng');
    expect(status).toBe(1);
    expect(error[0]).toContain('"name:strng": unknown type "strng"');
  });

  it('refuses to destroy what it did not generate (status 1)', async () => {
    const { status, error } = await generate('destroy', 'resource', 'Widget');
    expect(status).toBe(1);
    expect(error[0]).toContain('No generated resource Widget');
  });
});
