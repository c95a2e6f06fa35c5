// The app's logger: JSON lines from pino. Every line logged while serving a request carries that
// request's id (see lib/request-context.ts), so one grep follows a request through the services.
import pino, { type LoggerOptions } from 'pino';
import { env } from './env';
import { currentRequestContext } from './request-context';

export const loggerOptions: LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { service: 'widgets' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin(_mergeObject, _level, instance) {
    // The request logger (lib/http-request-logger.ts) binds the id itself.
    if ('requestId' in instance.bindings()) return {};
    const context = currentRequestContext();
    return context ? { requestId: context.requestId } : {};
  },
};

export const logger = pino(loggerOptions);
