// Writes schema/config.schema.json from the zod schema; a test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemaText } from '../src/config/json-schema';

writeFileSync(join(__dirname, '..', 'schema', 'config.schema.json'), configJsonSchemaText());
