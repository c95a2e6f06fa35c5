'use server';
// The session resource's actions (Rails' SessionsController): create signs in, destroy signs
// out. Both are open to everyone, so there is nothing to authorize.
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { SessionFormState } from '@/app/session/_components/session-form-state';
import { auth } from '@/lib/auth';
import { setFlash } from '@/lib/flash';
import { answerRefused } from '@/lib/form-response';
import { formFields, parseReturnPath, userText } from '@/lib/params';
import { currentRequestContext } from '@/lib/request-context';
import { widgetsPath } from '@/lib/routes';
import { SessionCreator } from '@/services/session-creator';

const sessionFormSchema = z.object({ email: userText, password: userText, return_to: userText });

export async function createSession(
  _previous: SessionFormState,
  formData: FormData,
): Promise<SessionFormState> {
  const { email, password, return_to } = sessionFormSchema.parse(formFields(formData));
  const returnTo = parseReturnPath(return_to) ?? widgetsPath();
  const values = { email, returnTo };

  const result = await new SessionCreator().createSession(
    { email, password },
    {
      clientIp: currentRequestContext()?.clientIp ?? 'unknown',
      requestHeaders: await headers(),
    },
  );
  if (!result.created) {
    const refusalId = randomUUID();
    if (result.reason === 'throttled') {
      await answerRefused(429);
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return {
        values,
        refusalId,
        refusal: `Too many failed sign-ins. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
      };
    }
    await answerRefused(422);
    return { values, refusalId, refusal: 'Invalid email or password.' };
  }

  // The request's log line names who signed in (lib/auth.ts does it for later requests).
  const context = currentRequestContext();
  if (context) context.userId = result.user.id;
  await setFlash({ kind: 'notice', message: `Signed in as ${result.user.name}.` });
  redirect(returnTo);
}

/** Ends the session (the row and the cookie); a visitor who was not signed in just moves on. */
export async function destroySession(): Promise<void> {
  const requestHeaders = await headers();
  if (await auth.api.getSession({ headers: requestHeaders })) {
    await auth.api.signOut({ headers: requestHeaders });
  }
  await setFlash({ kind: 'notice', message: 'Signed out.' });
  redirect(widgetsPath());
}
