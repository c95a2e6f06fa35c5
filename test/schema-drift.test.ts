// prisma/schema.prisma must describe the tables that the SQL migrations create: the Prisma client
// is generated from the schema, the database is built from the migrations. When this test fails,
// fix the side that is wrong (a new migration, or the schema followed by `npm run prisma:generate`).
// How the two are compared: test/support/schema-drift.ts.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withRawClient } from '@/test/support/database';
import {
  describeDrift,
  factsFromDatabase,
  factsFromPrismaSchema,
  parsePrismaSchema,
} from '@/test/support/schema-drift';

describe('prisma/schema.prisma', () => {
  it('matches the migrated test database: tables, columns, types, nullability, keys, indexes', async () => {
    const schema = factsFromPrismaSchema(
      parsePrismaSchema(await readFile('prisma/schema.prisma', 'utf8')),
    );
    const database = await withRawClient(factsFromDatabase);

    expect(describeDrift(schema, database)).toEqual([]);
  });
});

// The comparison itself, on a small schema, so we know the test above can fail.
describe('describeDrift', () => {
  const schema = factsFromPrismaSchema(
    parsePrismaSchema(`
      datasource db {
        provider = "postgresql"
      }

      model Box {
        id     Int      @id @default(autoincrement())
        madeAt DateTime @map("made_at") @db.Timestamptz
        parts  Part[]

        @@map("boxes")
      }

      model Part {
        id    Int     @id @default(autoincrement())
        name  String  @db.VarChar(80)
        note  String?
        boxId Int     @map("box_id")
        box   Box     @relation(fields: [boxId], references: [id], onDelete: Cascade)

        @@unique([name, boxId])
        @@index([boxId])
        @@map("parts")
      }
    `),
  );

  it('reads table and column names, types, nullability, keys and indexes from the schema', () => {
    expect(Object.fromEntries(schema)).toEqual({
      boxes: 'table',
      'boxes.id': 'integer not null',
      'boxes.made_at': 'timestamp with time zone not null',
      'boxes primary key (id)': 'primary key',
      parts: 'table',
      'parts.id': 'integer not null',
      'parts.name': 'character varying(80) not null',
      'parts.note': 'text null',
      'parts.box_id': 'integer not null',
      'parts primary key (id)': 'primary key',
      'parts unique (name, box_id)': 'unique',
      'parts index (box_id)': 'index',
      'parts foreign key (box_id)': 'references boxes (id) on delete cascade',
    });
  });

  it('finds no difference when the database has exactly what the schema says', () => {
    expect(describeDrift(schema, new Map(schema))).toEqual([]);
  });

  it('lists every difference, whichever side it is on', () => {
    const database = new Map(schema);
    database.delete('parts.note');
    database.set('parts.name', 'character varying(80) null');
    database.set('parts.drift_probe', 'text null');
    database.delete('parts unique (name, box_id)');
    database.set('parts foreign key (box_id)', 'references boxes (id) on delete no action');

    expect(describeDrift(schema, database)).toEqual([
      'parts foreign key (box_id): schema.prisma says references boxes (id) on delete cascade, the database has references boxes (id) on delete no action',
      'parts unique (name, box_id): in schema.prisma (unique), missing in the database',
      'parts.drift_probe: in the database (text null), missing in schema.prisma',
      'parts.name: schema.prisma says character varying(80) not null, the database has character varying(80) null',
      'parts.note: in schema.prisma (text null), missing in the database',
    ]);
  });
});
