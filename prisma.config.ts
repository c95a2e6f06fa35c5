// Configuration for the Prisma CLI (generate; migrate where its engine exists).
// The app itself connects through lib/db.ts with the pg driver adapter.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx --conditions=react-server prisma/seed.ts',
  },
  datasource: {
    // Only the CLI reads this; `prisma generate` does not connect.
    url:
      process.env.DATABASE_URL ??
      'postgresql://postgres:postgres@127.0.0.1:54329/widgets_development',
  },
});
