import { z } from 'zod';
import { platformConfigSchema } from './schema';

/** Fields the loader may take from the environment, so an editor must not demand them. */
const FROM_ENVIRONMENT = new Set(['account', 'region']);

/** JSON Schema of the config file as users write it, for editor completion and checking. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(platformConfigSchema, { io: 'input', target: 'draft-2020-12' });
  const clusters = schema.properties?.clusters as { items?: { required?: string[] } } | undefined;
  const cluster = clusters?.items;
  if (cluster?.required) {
    cluster.required = cluster.required.filter((field) => !FROM_ENVIRONMENT.has(field));
  }
  return { ...schema, title: 'eks-platform configuration' };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
