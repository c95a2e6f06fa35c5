import { db } from '@/lib/db';
import { isDraining } from '@/lib/lifecycle';
import { logger } from '@/lib/logger';

// Readiness, for the load balancer that decides where requests go: 200 when this instance can
// serve them, 503 while it drains after SIGTERM (lib/graceful-shutdown.ts) or when the database
// does not answer within TIMEOUT_MS (so a hung connection cannot hang the check). See
// docs/operations.md "Health checks".
export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 1_000;

async function pingDatabase(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function GET() {
  if (isDraining()) return Response.json({ status: 'draining' }, { status: 503 });
  try {
    await pingDatabase();
    return Response.json({ status: 'ok' });
  } catch (error) {
    logger.warn({ err: error }, 'not ready: the database did not answer');
    return Response.json({ status: 'unavailable' }, { status: 503 });
  }
}
