// How the web process stops on SIGTERM (a deploy, a scale-down) without failing a request:
//   1. drain: /ready answers 503 (lib/lifecycle.ts), so the load balancer stops sending requests;
//   2. stop accepting connections, and close the idle keep-alive ones;
//   3. let in-flight requests finish, each response saying `Connection: close`, so clients open
//      their next connection to another instance;
//   4. after DRAIN_TIMEOUT_MS, destroy whatever connections remain: a stuck request must not keep
//      the process alive past the orchestrator's grace period (docs/operations.md);
//   5. close the clients the app registered with onShutdown (database pool, job queue), exit 0.
// The worker stops on its own terms (worker.ts).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { shutdownHooks, startDraining } from './lifecycle';

/** How long in-flight requests get to finish after SIGTERM. Keep it below the grace period. */
export const DRAIN_TIMEOUT_MS = 10_000;

type ShutdownOptions = {
  logger: Logger;
  /** Closes Next.js's server (server.ts). */
  closeApp: () => Promise<void>;
  /** process.exit in server.ts. */
  exit: (code: number) => void;
  drainTimeoutMs?: number;
};

/**
 * What `server` does on SIGTERM or SIGINT (server.ts registers it): stop gracefully, then call
 * `exit` with 0, or with 1 when a client could not be closed. Signals after the first are ignored.
 */
export function gracefulShutdown(
  server: Server,
  { logger, closeApp, exit, drainTimeoutMs = DRAIN_TIMEOUT_MS }: ShutdownOptions,
): (signal: NodeJS.Signals) => void {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    // A request that arrives on a kept-alive connection during the drain is still served.
    if (draining && !res.headersSent) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      // Its connection is idle now: close it rather than wait for the client to.
      if (draining) server.closeIdleConnections();
    });
  });

  return (signal) => {
    if (draining) return;
    draining = true;
    startDraining();
    logger.info(
      { signal, inFlightRequests: inFlight.size, drainTimeoutMs },
      'Shutting down: no new connections, finishing in-flight requests',
    );
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');

    const deadline = setTimeout(() => {
      logger.warn(
        { inFlightRequests: inFlight.size },
        'Drain timeout: closing the connections that remain',
      );
      server.closeAllConnections();
    }, drainTimeoutMs);
    deadline.unref();

    server.close(() => {
      clearTimeout(deadline);
      logger.info('Connections closed; closing the app and its clients');
      void closeClients(logger, closeApp).then((closed) => {
        logger.info('Shut down');
        exit(closed ? 0 : 1);
      });
    });
    server.closeIdleConnections();
  };
}

async function closeClients(logger: Logger, closeApp: () => Promise<void>): Promise<boolean> {
  const closers = [{ name: 'next', close: closeApp }, ...shutdownHooks()];
  const results = await Promise.allSettled(closers.map(({ close }) => close()));
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      logger.error({ err: result.reason, client: closers[index]!.name }, 'could not close');
    }
  });
  return results.every((result) => result.status === 'fulfilled');
}
