// The one place unexpected errors go (docs/operations.md, "Errors"): a request that failed
// (Next's onRequestError, instrumentation.ts) or a job run that threw (lib/job-worker.ts). Each is
// logged as one structured line and counted in errors_total{source}. Not server-only: the worker
// and instrumentation.ts load it outside React's server environment.
import type { Logger } from 'pino';
import { env } from '@/lib/env';
import { logger as appLogger } from '@/lib/logger';
import { type ErrorSource, metrics } from '@/lib/metrics';
import { currentRequestContext } from '@/lib/request-context';

/** What is known about where an error happened. */
export type ErrorFacts = {
  source: ErrorSource;
  /** The route pattern (e.g. /widgets/[id]/edit) of a request, with its method. */
  route?: string;
  method?: string;
  /** The queue of a job, its id and which attempt failed. */
  job?: string;
  jobId?: string;
  attempt?: number;
  /** The request's (or the job's request's) id; defaults to the current request context's. */
  requestId?: string;
  /** The signed-in user's id; defaults to the current request context's. */
  userId?: number;
  /** Anything else worth having on the line (e.g. a job's durationMs). */
  details?: Record<string, unknown>;
};

export type ReportError = (error: unknown, facts: ErrorFacts) => void;

function messageFor(facts: ErrorFacts): string {
  if (facts.source === 'job') return `Job ${facts.job ?? '(unknown)'} failed`;
  return `${facts.method ?? 'Request'} ${facts.route ?? '(unknown route)'} failed`;
}

/** A reporter that logs with the given logger (tests pass one that logs into memory). */
export function createErrorReporter(logger: Logger): ReportError {
  return (error, facts) => {
    const context = currentRequestContext();
    const { details, ...where } = facts;
    const requestId = facts.requestId ?? context?.requestId;
    const userId = facts.userId ?? context?.userId ?? null;
    logger.error(
      {
        ...details,
        ...where,
        ...(requestId === undefined ? {} : { requestId }),
        userId,
        release: env.RELEASE ?? null,
        err: error,
      },
      messageFor(facts),
    );
    metrics.errors.inc({ source: facts.source });
    // The adapter point for an error tracker: Sentry, AppSignal, Honeybadger… Initialise its SDK
    // once (instrumentation.ts for the web process, worker.ts for the worker) and send the error
    // here with the same facts, e.g. for Sentry:
    //   Sentry.captureException(error, {
    //     tags: { source: facts.source, route: facts.route, job: facts.job, release: env.RELEASE },
    //     user: userId === null ? undefined : { id: String(userId) },
    //     extra: { requestId },
    //   });
  };
}

/** Reports an unexpected error: one structured log line (error) and errors_total{source}. */
export const reportError: ReportError = createErrorReporter(appLogger);
