import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';

// Outgoing mail (ARCHITECTURE.md §7) over SMTP to SMTP_URL: a mail provider in production, the
// local catcher that bin/dev starts (maildev) in development, the tests' own catcher in tests.
// Mailers (mailers/) build the messages; services decide when to send them.

/** An email as a mailer builds it: one recipient, an HTML part and a plain-text part. */
export type Email = {
  to: string;
  subject: string;
  html: string;
  text: string;
};

// A send finishes or fails well within its job's expireInSeconds (jobs/queues.ts). A send that
// were still running when its job expired would run alongside the job's retry, and both could
// deliver the email.
const SMTP_TIMEOUTS_MS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
};

let transport: nodemailer.Transporter | undefined;

/** The process's SMTP client, created on first use. */
function mailTransport(): nodemailer.Transporter {
  transport ??= nodemailer.createTransport({ url: env.SMTP_URL, ...SMTP_TIMEOUTS_MS });
  return transport;
}

/**
 * Hands the email to the SMTP server, from MAIL_FROM. Resolves once the server has accepted it
 * (with the Message-ID it was sent under); rejects when it did not.
 */
export async function deliverMail(email: Email): Promise<{ messageId: string }> {
  const { messageId } = await mailTransport().sendMail({ from: env.MAIL_FROM, ...email });
  logger.info({ to: email.to, subject: email.subject, messageId }, `Sent email to ${email.to}`);
  return { messageId };
}
