import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors';

/** A CloudFormation template as read from disk. */
export interface Template {
  readonly Resources?: Record<string, RawResource>;
  readonly Outputs?: Record<string, { Value: unknown; Export?: { Name: unknown } }>;
  readonly Parameters?: Record<string, { Default?: unknown; Type?: string }>;
  readonly Mappings?: Record<string, Record<string, Record<string, unknown>>>;
}

export interface RawResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DependsOn?: string | string[];
  readonly Metadata?: Record<string, unknown>;
}

/** One stack of the assembly (top-level, in a nested assembly, or a nested stack). */
export interface StackArtifact {
  /** Unique key: artifact id with its nested-assembly prefix, `/`-joined with nested stacks. */
  readonly key: string;
  /** Human name: `<stage>/<displayName>` or the display name. */
  readonly displayName: string;
  /** Nested cloud assembly (CDK Stage) holding the stack, if any. */
  readonly stage?: string;
  readonly account?: string;
  readonly region?: string;
  readonly template: Template;
  /** Keys of stacks this stack depends on. */
  readonly dependencies: string[];
  /** logical id -> construct path. */
  readonly paths: Map<string, string>;
  /** For a nested stack: the parent stack and the `AWS::CloudFormation::Stack` logical id. */
  readonly parent?: { readonly key: string; readonly logicalId: string };
}

interface ManifestArtifact {
  type: string;
  environment?: string;
  displayName?: string;
  properties?: { templateFile?: string; directoryName?: string };
  dependencies?: string[];
  metadata?: Record<string, { type: string; data: unknown }[]>;
  additionalMetadataFile?: string;
}

/** Reads every stack in a cloud assembly directory, following nested assemblies and stacks. */
export function readAssembly(dir: string): StackArtifact[] {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new InputError(
      'ASSEMBLY_UNREADABLE',
      `${dir}: no manifest.json; expected a cloud assembly folder written by 'cdk synth' (e.g. cdk.out)`,
    );
  }
  const stacks: StackArtifact[] = [];
  readLevel(dir, undefined, stacks);
  return stacks;
}

function readLevel(dir: string, stage: string | undefined, out: StackArtifact[]): void {
  const manifest = readJson<{ artifacts?: Record<string, ManifestArtifact> }>(
    join(dir, 'manifest.json'),
  );
  const prefix = stage ? `${stage}/` : '';
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      // CDK names a Stage's nested assembly `assembly-<stage path with dashes>`.
      const inner = artifact.displayName ?? id.replace(/^assembly-/, '');
      readLevel(join(dir, artifact.properties.directoryName), inner, out);
    }
    if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) {
      continue;
    }
    const template = readJson<Template>(join(dir, artifact.properties.templateFile));
    const stack: StackArtifact = {
      key: `${prefix}${id}`,
      // Stacks in a Stage carry the stage path in their display name already.
      displayName: artifact.displayName ?? `${prefix}${id}`,
      stage,
      ...parseEnvironment(artifact.environment),
      template,
      dependencies: (artifact.dependencies ?? []).map((d) => `${prefix}${d}`),
      paths: readPaths(dir, artifact),
    };
    out.push(stack);
    readNestedStacks(dir, stack, out);
  }
}

function readNestedStacks(dir: string, parent: StackArtifact, out: StackArtifact[]): void {
  for (const [logicalId, resource] of Object.entries(parent.template.Resources ?? {})) {
    const file = resource.Metadata?.['aws:asset:path'];
    if (resource.Type !== 'AWS::CloudFormation::Stack' || typeof file !== 'string') continue;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const nested: StackArtifact = {
      key: `${parent.key}/${logicalId}`,
      displayName: `${parent.displayName}/${logicalId}`,
      stage: parent.stage,
      account: parent.account,
      region: parent.region,
      template: readJson<Template>(path),
      dependencies: [],
      paths: pathsFromTemplate(readJson<Template>(path)),
      parent: { key: parent.key, logicalId },
    };
    out.push(nested);
    readNestedStacks(dir, nested, out);
  }
}

function readPaths(dir: string, artifact: ManifestArtifact): Map<string, string> {
  const paths = new Map<string, string>();
  let metadata = artifact.metadata ?? {};
  if (artifact.additionalMetadataFile && existsSync(join(dir, artifact.additionalMetadataFile))) {
    metadata = { ...metadata, ...readJson(join(dir, artifact.additionalMetadataFile)) };
  }
  for (const [path, entries] of Object.entries(metadata)) {
    for (const entry of entries ?? []) {
      if (entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') {
        paths.set(entry.data, trimPath(path));
      }
    }
  }
  return paths;
}

function pathsFromTemplate(template: Template): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const path = resource.Metadata?.['aws:cdk:path'];
    if (typeof path === 'string') paths.set(logicalId, trimPath(path));
  }
  return paths;
}

/** `/Addons/Alb/Resource/Default` -> `/Addons/Alb`: the construct a user wrote. */
function trimPath(path: string): string {
  return path.replace(/(\/(Resource|Default))+$/, '');
}

function parseEnvironment(env: string | undefined): { account?: string; region?: string } {
  const match = /^aws:\/\/([^/]+)\/(.+)$/.exec(env ?? '');
  if (!match) return {};
  const concrete = (v: string) => (v.startsWith('unknown-') ? undefined : v);
  return { account: concrete(match[1]), region: concrete(match[2]) };
}

function readJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      'ASSEMBLY_UNREADABLE',
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code}); expected a file of the cloud assembly`,
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new InputError(
      'ASSEMBLY_UNREADABLE',
      `${file}: broken JSON (${(error as Error).message}); re-run 'cdk synth' to write it again`,
    );
  }
}
