// A logger built with the app's options (lib/logger.ts) that writes into memory, so a test can
// read the JSON lines code under test logged: parsed (`lines`) and as written (`rawLines`).
import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions } from '@/lib/logger';

export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const rawLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      rawLines.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ ...loggerOptions, level: 'info' }, sink), lines, rawLines };
}
