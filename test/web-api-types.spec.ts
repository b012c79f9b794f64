// The web console is typed by the API's OpenAPI document: the committed apps/web/src/api/schema.d.ts must
// be what openapi-typescript makes of the document the API builds now (`npm run web:types` rewrites it).
import { readFileSync } from 'node:fs';
import { generatedSchema, SCHEMA_FILE } from '../tools/web-api-types.js';

it('apps/web/src/api/schema.d.ts is generated from the current OpenAPI document', async () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  const current = await generatedSchema();
  // On a mismatch, the first differing line says what changed.
  const [a, b] = [committed.split('\n'), current.split('\n')];
  const first = a.findIndex((line, i) => line !== b[i]);
  expect({ stale: first >= 0 || a.length !== b.length, at: first, committed: a[first], current: b[first] }).toMatchObject({
    stale: false,
  });
});
