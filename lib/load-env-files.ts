// Loads .env.<environment>(.local) the way Next.js does, for processes that start outside Next
// (server.ts, bin/ scripts, seeds). Imported first, before anything reads process.env. An unset
// NODE_ENV means development here, as it does for lib/env.ts.
import nextEnv from '@next/env';

const mode = process.env.NODE_ENV ?? 'development';
nextEnv.loadEnvConfig(process.cwd(), mode === 'development', {
  info: () => {},
  error: console.error,
});
