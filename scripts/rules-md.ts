// Writes RULES.md from the rule registry: `npm run rules`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../src/check/rules-table';

writeFileSync(join(__dirname, '..', 'RULES.md'), rulesMarkdown());
