// Vitest global setup (vitest.config.ts): one mail catcher for the whole run. Test files, and the
// worker processes tests start, inherit SMTP_URL (the app sends there) and MAIL_CATCHER_URL
// (tests read the inbox there) from this process's environment.
import { MAIL_CATCHER_URL_VARIABLE, startMailCatcher } from './mail-catcher';

export default async function setup(): Promise<() => Promise<void>> {
  const catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.smtpUrl;
  process.env[MAIL_CATCHER_URL_VARIABLE] = catcher.inboxUrl;
  return catcher.stop;
}
