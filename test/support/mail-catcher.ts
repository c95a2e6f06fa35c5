// A real SMTP server for the tests: maildev, the same catcher bin/dev runs, on free ports of
// 127.0.0.1. Vitest starts one for the whole run (test/support/mail-catcher-setup.ts) and points
// SMTP_URL at it, so the app's own mail code delivers there; tests read what arrived through
// maildev's REST API (https://github.com/maildev/maildev/blob/master/docs/rest.md).
//
//   const inbox = mailCatcherInbox();
//   beforeEach(() => inbox.deleteAll());
//   const emails = await inbox.waitForEmails(1);   // then expect(emails).toHaveLength(1)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const HOST = '127.0.0.1';
const MAILDEV = path.join(process.cwd(), 'node_modules', 'maildev', 'bin', 'maildev');
/** Where tests find the running catcher's web API; set by startMailCatcher's caller. */
export const MAIL_CATCHER_URL_VARIABLE = 'MAIL_CATCHER_URL';

/** An email as maildev's REST API describes it (the fields tests use). */
export type CaughtEmail = {
  id: string;
  subject: string;
  messageId: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  html: string;
  text: string;
};

export type MailCatcher = { smtpUrl: string; inboxUrl: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilReady(inboxUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`maildev exited with code ${child.exitCode}`);
    const ready = await fetch(`${inboxUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`maildev did not answer at ${inboxUrl} within 15 seconds`);
}

/** Starts maildev on free ports, keeping its mail in a temporary folder removed by stop(). */
export async function startMailCatcher(): Promise<MailCatcher> {
  const [smtpPort, webPort] = [await freePort(), await freePort()];
  const mailDirectory = await mkdtemp(path.join(os.tmpdir(), 'widgets-mail-'));
  const options = ['--ip', HOST, '--smtp', `${smtpPort}`, '--web', `${webPort}`];
  const child = spawn(process.execPath, [MAILDEV, ...options, '--mail-directory', mailDirectory], {
    stdio: 'ignore',
  });
  const inboxUrl = `http://${HOST}:${webPort}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(mailDirectory, { recursive: true, force: true });
  };
  try {
    await untilReady(inboxUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { smtpUrl: `smtp://${HOST}:${smtpPort}`, inboxUrl, stop };
}

/** The catcher's inbox, read over its REST API. */
export function mailCatcherInbox(inboxUrl = process.env[MAIL_CATCHER_URL_VARIABLE]) {
  if (!inboxUrl) {
    throw new Error(`${MAIL_CATCHER_URL_VARIABLE} is not set: is the mail catcher running?`);
  }

  async function emails(): Promise<CaughtEmail[]> {
    const response = await fetch(`${inboxUrl}/email`);
    if (!response.ok) throw new Error(`maildev answered ${response.status} to GET /email`);
    return (await response.json()) as CaughtEmail[];
  }

  return {
    emails,

    async deleteAll(): Promise<void> {
      const response = await fetch(`${inboxUrl}/email/all`, { method: 'DELETE' });
      if (!response.ok) throw new Error(`maildev answered ${response.status} to DELETE /email/all`);
    },

    /**
     * Every email caught, once at least `count` have arrived (or `timeoutMs` passed) and no other
     * arrived for `quietMs` after: what the caller expects, and any duplicate close behind it.
     */
    async waitForEmails(
      count: number,
      { timeoutMs = 10_000, quietMs = 300 } = {},
    ): Promise<CaughtEmail[]> {
      const deadline = Date.now() + timeoutMs;
      let caught = await emails();
      while (caught.length < count && Date.now() < deadline) {
        await sleep(100);
        caught = await emails();
      }
      await sleep(quietMs);
      return emails();
    },
  };
}
