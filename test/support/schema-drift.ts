// Compares prisma/schema.prisma with a migrated database (used by test/schema-drift.test.ts).
//
// The migrations are SQL written by hand (ARCHITECTURE.md §10), so nothing but this comparison
// keeps the Prisma schema, from which the client is generated, honest about the real tables.
//
// Both sides are described as the same "facts": one entry per table, column, primary key,
// unique index, plain index and foreign key, keyed by what it is (`widgets.price_cents`) with its
// definition as the value (`integer not null`). Comparing two such maps lists every difference.
//
// The schema is read with Prisma's own parser, `get_dmmf` from @prisma/prisma-schema-wasm (the
// package @prisma/internals uses for getDMMF), pinned to the Prisma release in package.json.
// It is WebAssembly: no network, no native engine. The generated client is no substitute: its
// runtime data model has no nullability, native types or indexes.
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import type { DMMF } from '@prisma/client/runtime/client';
import type pg from 'pg';

/** What is in the schema (or database): key → definition. */
export type SchemaFacts = Map<string, string>;

/** The data model of a Prisma schema's text; throws Prisma's validation errors. */
export function parsePrismaSchema(schema: string): DMMF.Datamodel {
  const params = JSON.stringify({ prismaSchema: schema, noColor: true });
  return (JSON.parse(get_dmmf(params)) as DMMF.Document).datamodel;
}

// --- The schema side ---------------------------------------------------------------------------

/** PostgreSQL's name for a Prisma scalar without a @db attribute (Prisma's defaults). */
const DEFAULT_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** PostgreSQL's name (as `format_type` prints it) for a @db attribute and its arguments. */
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Text: () => 'text',
  VarChar: (args) => withArgs('character varying', args),
  Char: (args) => withArgs('character', args),
  Citext: () => 'citext',
  Uuid: () => 'uuid',
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  Real: () => 'real',
  DoublePrecision: () => 'double precision',
  Decimal: (args) => withArgs('numeric', args),
  Boolean: () => 'boolean',
  Date: () => 'date',
  Timestamp: (args) => `${withArgs('timestamp', args)} without time zone`,
  Timestamptz: (args) => `${withArgs('timestamp', args)} with time zone`,
  Time: (args) => `${withArgs('time', args)} without time zone`,
  Timetz: (args) => `${withArgs('time', args)} with time zone`,
  Json: () => 'json',
  JsonB: () => 'jsonb',
  ByteA: () => 'bytea',
  Inet: () => 'inet',
};

function withArgs(type: string, args: readonly string[]): string {
  return args.length === 0 ? type : `${type}(${args.join(',')})`;
}

function columnType(field: DMMF.Field, datamodel: DMMF.Datamodel): string {
  let type: string | undefined;
  if (field.kind === 'enum') {
    const enumType = datamodel.enums.find((candidate) => candidate.name === field.type);
    type = enumType?.dbName ?? field.type;
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    type = NATIVE_TYPES[name]?.(args);
    if (!type) throw new Error(`schema-drift: add @db.${name} to NATIVE_TYPES.`);
  } else {
    type = DEFAULT_TYPES[field.type];
    if (!type) throw new Error(`schema-drift: add the Prisma type ${field.type} to DEFAULT_TYPES.`);
  }
  return field.isList ? `${type}[]` : type;
}

/**
 * Without DEFERRABLE, NO ACTION and RESTRICT both refuse to delete a referenced row. The
 * migrations write the SQL default (NO ACTION); Prisma calls its default for required relations
 * Restrict. Both are reported as "no action".
 */
function onDeleteRule(rule: string): string {
  const normalized = rule.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return normalized === 'restrict' ? 'no action' : normalized;
}

export function factsFromPrismaSchema(datamodel: DMMF.Datamodel): SchemaFacts {
  const facts: SchemaFacts = new Map();
  const tableOf = (modelName: string) => {
    const model = datamodel.models.find((candidate) => candidate.name === modelName);
    if (!model) throw new Error(`schema-drift: unknown model ${modelName}`);
    return model.dbName ?? model.name;
  };
  const columnOf = (modelName: string, fieldName: string) => {
    const model = datamodel.models.find((candidate) => candidate.name === modelName);
    const field = model?.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`schema-drift: unknown field ${modelName}.${fieldName}`);
    return field.dbName ?? field.name;
  };

  for (const model of datamodel.models) {
    const table = tableOf(model.name);
    facts.set(table, 'table');
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum') {
        const nullability = field.isRequired ? 'not null' : 'null';
        facts.set(
          `${table}.${columnOf(model.name, field.name)}`,
          `${columnType(field, datamodel)} ${nullability}`,
        );
      }
      if (field.kind === 'object' && field.relationFromFields?.length) {
        const columns = field.relationFromFields.map((name) => columnOf(model.name, name));
        const referenced = (field.relationToFields ?? []).map((name) => columnOf(field.type, name));
        // Prisma's defaults when the schema names no rule.
        const onDelete = onDeleteRule(
          field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull'),
        );
        facts.set(
          `${table} foreign key (${columns.join(', ')})`,
          `references ${tableOf(field.type)} (${referenced.join(', ')}) on delete ${onDelete}`,
        );
      }
    }
  }

  const indexKinds: Record<DMMF.IndexType, string | undefined> = {
    id: 'primary key',
    unique: 'unique',
    normal: 'index',
    fulltext: undefined, // MySQL only
  };
  for (const index of datamodel.indexes) {
    const kind = indexKinds[index.type];
    if (!kind) continue;
    const columns = index.fields.map((field) => columnOf(index.model, field.name));
    facts.set(`${tableOf(index.model)} ${kind} (${columns.join(', ')})`, kind);
  }
  return facts;
}

// --- The database side -------------------------------------------------------------------------

// Tables in `public`, without the migration runner's bookkeeping. The catalogue (pg_catalog)
// rather than information_schema, because format_type() prints types with their precision.
const TABLES = `
  SELECT c.oid, c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

const COLUMNS = `
  WITH tables AS (${TABLES})
  SELECT t.relname AS table, a.attname AS column,
         format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
  FROM tables t JOIN pg_attribute a ON a.attrelid = t.oid
  WHERE a.attnum > 0 AND NOT a.attisdropped`;

/** SQL for the names of the columns numbered `attnums` in table `relid`, in that order. */
const columnNames = (relid: string, attnums: string) => `
  array(SELECT a.attname FROM unnest(${attnums}) WITH ORDINALITY AS k(attnum, position)
        JOIN pg_attribute a ON a.attrelid = ${relid} AND a.attnum = k.attnum
        ORDER BY k.position)::text[]`;

// Partial and expression indexes (e.g. "one active API key per client") cannot be written in a
// Prisma schema; they live in the migrations and are proven by prisma/constraints.test.ts.
const INDEXES = `
  WITH tables AS (${TABLES})
  SELECT t.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
         ${columnNames('t.oid', 'i.indkey::int2[]')} AS columns
  FROM tables t JOIN pg_index i ON i.indrelid = t.oid
  WHERE i.indpred IS NULL AND i.indexprs IS NULL`;

// The delete rule is given Prisma's name, so both sides go through onDeleteRule().
const FOREIGN_KEYS = `
  WITH tables AS (${TABLES})
  SELECT t.relname AS table, ${columnNames('con.conrelid', 'con.conkey')} AS columns,
         r.relname AS referenced_table,
         ${columnNames('con.confrelid', 'con.confkey')} AS referenced_columns,
         CASE con.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'n' THEN 'SetNull'
              WHEN 'd' THEN 'SetDefault' WHEN 'r' THEN 'Restrict' ELSE 'NoAction' END AS on_delete
  FROM tables t
  JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'f'
  JOIN pg_class r ON r.oid = con.confrelid`;

export async function factsFromDatabase(client: pg.Client): Promise<SchemaFacts> {
  const facts: SchemaFacts = new Map();
  for (const { relname } of (await client.query<{ relname: string }>(TABLES)).rows) {
    facts.set(relname, 'table');
  }
  type Column = { table: string; column: string; type: string; not_null: boolean };
  for (const column of (await client.query<Column>(COLUMNS)).rows) {
    facts.set(
      `${column.table}.${column.column}`,
      `${column.type} ${column.not_null ? 'not null' : 'null'}`,
    );
  }
  type Index = { table: string; primary: boolean; unique: boolean; columns: string[] };
  for (const index of (await client.query<Index>(INDEXES)).rows) {
    const kind = index.primary ? 'primary key' : index.unique ? 'unique' : 'index';
    facts.set(`${index.table} ${kind} (${index.columns.join(', ')})`, kind);
  }
  type ForeignKey = {
    table: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
  };
  for (const fk of (await client.query<ForeignKey>(FOREIGN_KEYS)).rows) {
    const referenced = `${fk.referenced_table} (${fk.referenced_columns.join(', ')})`;
    facts.set(
      `${fk.table} foreign key (${fk.columns.join(', ')})`,
      `references ${referenced} on delete ${onDeleteRule(fk.on_delete)}`,
    );
  }
  return facts;
}

// --- The comparison ----------------------------------------------------------------------------

/** One line per difference, sorted; empty when the schema and the database agree. */
export function describeDrift(schema: SchemaFacts, database: SchemaFacts): string[] {
  const differences: string[] = [];
  for (const [key, expected] of schema) {
    const actual = database.get(key);
    if (actual === undefined) {
      differences.push(`${key}: in schema.prisma (${expected}), missing in the database`);
    } else if (actual !== expected) {
      differences.push(`${key}: schema.prisma says ${expected}, the database has ${actual}`);
    }
  }
  for (const [key, actual] of database) {
    if (!schema.has(key))
      differences.push(`${key}: in the database (${actual}), missing in schema.prisma`);
  }
  return differences.sort();
}
