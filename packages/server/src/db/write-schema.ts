// `npm run schema`: migrates an empty in-memory PGlite database and writes what it holds to schema.sql,
// the file schema.test.ts compares every fresh migration with.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPglite } from './client.js';
import { migrate } from './migrate.js';
import { dumpSchema } from './schema-dump.js';

const schemaFile = path.join(import.meta.dirname, 'schema.sql');

const db = await openPglite(undefined);
try {
  await migrate(db);
  writeFileSync(schemaFile, await dumpSchema(db));
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
} finally {
  await db.close();
}
