// Runs before every test file (vitest.config.ts `setupFiles`). NODE_ENV is test (set in
// vitest.config.ts), so this loads .env.test and .env.test.local, as every process of the app
// loads its own environment's files.
import { afterAll } from 'vitest';
import '@/lib/load-env-files';
import { databaseUrlFor } from '@/lib/database-url';
import { testDb } from '@/test/support/database';

// The tests empty their database: make sure it is not the one a developer works in.
if (databaseUrlFor('test') === databaseUrlFor('development')) {
  throw new Error(
    'TEST_DATABASE_URL is the development database. The tests empty their database: give them their own.',
  );
}

// Close the test database's connection pool once a file's tests are done. Harmless when the
// file never queried: Prisma connects on first use.
afterAll(() => testDb.$disconnect());
