// `npm run schema:snapshot`: rewrites the committed description of the database schema after a
// deliberate migration. The schema test (src/main/core/db/schema-snapshot.test.ts) fails, with the
// difference, whenever the migrations build anything else; review the diff of the file it writes.
import fs from 'node:fs';
import path from 'node:path';

import { describeMigratedSchema, schemaSnapshotPath } from '#core/db/describe-schema';

const file = path.join(__dirname, '..', schemaSnapshotPath);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const after = describeMigratedSchema();
fs.writeFileSync(file, after);
console.log(before === after ? `${schemaSnapshotPath} is already current.` : `${schemaSnapshotPath} rewritten.`);
