import { deleteTestData, testDb } from '@/test/support/database';

// Runs once before the suite: starts it from an empty test database (reference data stays).
export default async function globalSetup() {
  await deleteTestData();
  await testDb.$disconnect();
}
