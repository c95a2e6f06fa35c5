import { db } from '@/lib/db';
import { logger } from '@/lib/logger';

// Health check for load balancers and uptime monitors: 200 when the app and its database
// answer, 503 when the database does not (within TIMEOUT_MS, so a hung connection cannot hang
// the check).
export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2_000;

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
  try {
    await pingDatabase();
    return Response.json({ status: 'ok' });
  } catch (error) {
    logger.error({ err: error }, 'health check failed: the database did not answer');
    return Response.json({ status: 'unavailable' }, { status: 503 });
  }
}
