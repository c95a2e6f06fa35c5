// Vitest runs the unit tests: services, components, lib code and database constraints.
// Playwright runs e2e/ (see playwright.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `import 'server-only'` throws outside React Server Components. Tests are server code,
      // so they get the package's empty module, as Next's server build does.
      'server-only': `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    environment: 'node',
    // Always test, even from a shell that exports NODE_ENV: lib/env picks the database by it.
    env: { NODE_ENV: 'test' },
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'e2e/**', 'generated/**', '.next/**', 'tmp/**'],
    setupFiles: ['test/support/vitest-setup.ts'],
    // A real SMTP server (maildev) for the run; the app's mail goes there (SMTP_URL).
    globalSetup: ['test/support/mail-catcher-setup.ts'],
    // All test files share one test database; running them one after another keeps every
    // test's data its own without per-worker databases.
    fileParallelism: false,
    // Tests talk to a real PostgreSQL and start real processes (worker.ts, servers), and bin/ci
    // builds the app beside them on a 2-core machine: Vitest's defaults (5 s a test, 10 s a hook)
    // are too tight there. These bound a hang; no test measures time with them.
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
