// Writes the published JSON Schemas to schema/. Run after changing lib/model: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedJsonSchemas, serializeSchema } from '../lib/model/json-schema';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [file, schema] of Object.entries(publishedJsonSchemas())) {
  writeFileSync(schemaDir + file, serializeSchema(schema));
  console.log(`schema/${file}`);
}
