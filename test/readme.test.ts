import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/json-schema';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function fieldNames(schema: any, prefix = ''): string[] {
  const props = schema.properties ?? schema.items?.properties;
  if (!props) return [];
  return Object.entries(props).flatMap(([key, value]: [string, any]) => {
    const inner = value.items ?? value;
    return inner.properties ? fieldNames(inner, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

describe('README', () => {
  it('gives exactly the two fresh-machine commands on its first screen', () => {
    const firstBlock = readme.split('```sh\n')[1]?.split('```')[0] ?? '';
    const commands = firstBlock
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('#')[0]?.trim());
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
  });

  it('documents every config field', () => {
    const clusterFields = fieldNames(configJsonSchema()).map((f) => f.replace(/^clusters\./, ''));
    expect(clusterFields.length).toBeGreaterThan(15);
    for (const field of clusterFields) {
      const last = field.split('.').pop() as string;
      expect(readme, field).toContain(`\`${field.includes('.') ? field.split('.')[0] : field}`);
      expect(readme, field).toContain(last);
    }
  });

  it('names the test command that package.json runs and CI calls', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
