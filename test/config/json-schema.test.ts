import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/json-schema';

describe('configJsonSchema', () => {
  it('matches the committed schema/config.schema.json (run npx tsx scripts/write-json-schema.ts)', () => {
    const committed = readFileSync(
      join(__dirname, '..', '..', 'schema', 'config.schema.json'),
      'utf8',
    );
    expect(committed).toBe(configJsonSchemaText());
  });

  it('rejects unknown fields and lets account and region come from the environment', () => {
    const schema = configJsonSchema() as any;
    const cluster = schema.properties.clusters.items;
    expect(cluster.additionalProperties).toBe(false);
    expect(cluster.required).toEqual(['stage', 'availabilityZones', 'dns']);
    expect(cluster.properties.kubernetesVersion.enum).toEqual(['1.34', '1.35', '1.36']);
  });
});
