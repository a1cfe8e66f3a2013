import Database from 'better-sqlite3';

import { migrate } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';
import type { Db } from './open-database';

/** The committed description of the schema the migrations build (`npm run schema:snapshot` rewrites it). */
export const schemaSnapshotPath = 'src/main/core/db/schema-snapshot.txt';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}
interface Column {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface IndexEntry {
  name: string;
  unique: number;
  origin: string;
  partial: number;
}
interface IndexColumn {
  seqno: number;
  name: string | null;
  desc: number;
  coll: string;
  key: number;
}
interface ForeignKey {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

/** Whitespace and comments do not change a schema; the words do. */
function normaliseSql(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();
}

/**
 * The schema as plain text, one fact per line and in a fixed order, so a change shows as a short
 * diff. Table by table: its normalised SQL, its columns (`pragma_table_info`), its indexes with
 * their key columns (`pragma_index_list`, `pragma_index_xinfo`) and the SQL of those a migration
 * created, its foreign keys; then triggers and views; first of all the schema version.
 */
export function describeSchema(db: Db): string {
  const lines: string[] = [`user_version ${String(db.pragma('user_version', { simple: true }))}`];
  const objects = db
    .prepare<[], SchemaObject>(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type <> 'table', type, name",
    )
    .all();
  const sqlOf = new Map(objects.map((o) => [o.name, o.sql]));
  for (const object of objects) {
    if (object.type === 'index') continue; // listed with its table
    lines.push('', `${object.type} ${object.name}${object.tbl_name === object.name ? '' : ` on ${object.tbl_name}`}`);
    if (object.sql) lines.push(`  sql ${normaliseSql(object.sql)}`);
    if (object.type !== 'table') continue;
    const columns = db.prepare<[string], Column>('SELECT * FROM pragma_table_info(?) ORDER BY cid').all(object.name);
    for (const c of columns) {
      const facts = [c.type || '(no type)', c.notnull ? 'not null' : 'null'];
      if (c.dflt_value !== null) facts.push(`default ${c.dflt_value}`);
      if (c.pk) facts.push(`primary key ${c.pk}`);
      lines.push(`  column ${c.name}: ${facts.join(', ')}`);
    }
    const indexes = db
      .prepare<[string], IndexEntry>('SELECT * FROM pragma_index_list(?) ORDER BY name')
      .all(object.name);
    for (const index of indexes) {
      const keys = db
        .prepare<[string], IndexColumn>('SELECT * FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno')
        .all(index.name)
        .map(
          (k) =>
            `${k.name ?? '(expression)'}${k.coll === 'BINARY' ? '' : ` collate ${k.coll}`}${k.desc ? ' desc' : ''}`,
        );
      const facts = [index.unique ? 'unique' : 'not unique', `origin ${index.origin}`];
      if (index.partial) facts.push('partial');
      lines.push(`  index ${index.name} (${keys.join(', ')}): ${facts.join(', ')}`);
      const sql = sqlOf.get(index.name);
      if (sql) lines.push(`    sql ${normaliseSql(sql)}`);
    }
    const keys = db
      .prepare<[string], ForeignKey>('SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq')
      .all(object.name);
    for (const fk of keys) {
      lines.push(
        `  foreign key ${fk.from} → ${fk.table}(${fk.to ?? 'primary key'}) on update ${fk.on_update}, on delete ${fk.on_delete}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The schema a new data file gets: every migration applied to an empty database. */
export function describeMigratedSchema(migrations: readonly Migration[] = allMigrations): string {
  const db = new Database(':memory:');
  try {
    migrate(db, migrations);
    return describeSchema(db);
  } finally {
    db.close();
  }
}
