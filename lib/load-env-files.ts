// Loads .env.<environment>(.local) the way Next.js does, for processes that start outside Next
// (server.ts, bin/ scripts, seeds). Imported first, before anything reads process.env.
import nextEnv from '@next/env';

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === 'development', { info: () => {}, error: console.error });
