// Creates a staff user from the command line: the first admin of a new installation (production
// has no seed data), or anyone when no admin can sign in to do it on /users.
//
//   npm run users:create -- --email ada@example.com --name "Ada Lovelace" --role admin
//
// The password is read from the USER_PASSWORD environment variable or from standard input, never
// from the command line, which other users of the machine see in the process list and shells keep
// in their history. It goes through UserRegistry.registerUser, with the same rules as the form.
import '@/lib/load-env-files';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROLES } from '@/lib/policy';
import { UserRegistry } from '@/services/user-registry';

export const USAGE = `Usage: npm run users:create -- --email EMAIL --name NAME --role ROLE

Creates a user who signs in with EMAIL and a password read from the USER_PASSWORD environment
variable or, when it is unset, from standard input (typed without echo at a terminal, or piped).
ROLE is one of: ${ROLES.join(', ')}.

In production, run it with NODE_ENV=production and the app's environment (DATABASE_URL, ...).`;

type Console = { log: (message: string) => void; error: (message: string) => void };

/**
 * Runs the command with its arguments; returns the exit code: 0 created, 1 refused (the reasons
 * printed), 2 a usage error. `readPassword` is asked only once the arguments are right.
 */
export async function createUserCommand(
  args: string[],
  readPassword: () => Promise<string>,
  output: Console = console,
): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { email, name, role } = options;
  if (email === undefined || name === undefined || role === undefined) {
    output.error(USAGE);
    return 2;
  }

  const result = await new UserRegistry().registerUser({
    email,
    name,
    role,
    password: await readPassword(),
  });
  if (!result.registered) {
    const messages = Object.values(result.errors.toFullMessages()).flat();
    output.error(`The user was not created:\n${messages.map((line) => `- ${line}`).join('\n')}`);
    return 1;
  }
  const { user } = result;
  output.log(`Created user ${user.id}: ${user.name} <${user.email}>, role ${user.role}.`);
  return 0;
}

/** The password from USER_PASSWORD, or else from standard input. */
async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.USER_PASSWORD;
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!process.stdin.isTTY) {
    // Piped: everything up to the end, without the line break that ends it.
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  // At a terminal: asked for on stderr, and what is typed is not echoed.
  process.stderr.write('Password: ');
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await prompt.question('');
  } finally {
    prompt.close();
    process.stderr.write('\n');
  }
}

async function main(): Promise<void> {
  const { db } = await import('@/lib/db');
  try {
    process.exitCode = await createUserCommand(process.argv.slice(2), readPassword);
  } finally {
    await db.$disconnect();
  }
}

// Run as a command (`npm run users:create`), not when a test imports this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
