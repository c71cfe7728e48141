import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_CONTEXT, type SynthResult, synthesizePlatform } from '../../src/app';
import { configFrom, defaultConfigObject, tempDir } from '../support/platform';

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

function template(result: SynthResult, stack: string): any {
  const dir = join(result.assemblyDir, 'assembly-eks-dev-1-35');
  const file = readdirSync(dir).find((f) => f.startsWith(stack) && f.endsWith('.template.json'));
  return JSON.parse(readFileSync(join(dir, file as string), 'utf8'));
}

let first: SynthResult;
let second: SynthResult;

beforeAll(() => {
  process.env.CDK_VALIDATION = 'false';
  const config = configFrom(defaultConfigObject());
  first = synthesizePlatform(config, join(tempDir(), 'one'));
  second = synthesizePlatform(config, join(tempDir(), 'two'));
});

describe('synthesizePlatform', () => {
  it('writes a Stage of network, cluster and add-ons stacks per cluster', () => {
    const [cluster] = first.clusters;
    expect(cluster?.stacks.map((s) => s.stackName)).toEqual([
      'eks-dev-1-35-Network',
      'eks-dev-1-35-Cluster',
      'eks-dev-1-35-Addons',
    ]);
    for (const stack of cluster?.stacks ?? []) expect(stack.resources).toBeGreaterThan(5);
    const manifest = JSON.parse(readFileSync(join(first.assemblyDir, 'manifest.json'), 'utf8'));
    expect(manifest.artifacts['assembly-eks-dev-1-35'].type).toBe('cdk:cloud-assembly');
  });

  it('passes values between stacks as plain cross-stack references', () => {
    const addons = JSON.stringify(template(first, 'eksdev135Addons'));
    const imports = [...addons.matchAll(/"Fn::ImportValue":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(
      new Set([
        expect.stringMatching(/^eks-dev-1-35-Cluster:ExportsOutputRefClusterOidcProviderNative/),
        expect.stringMatching(/^eks-dev-1-35-Cluster:ExportsOutputFnGetAttClusterKubectlProvider/),
        expect.stringMatching(/^eks-dev-1-35-Cluster:ExportsOutputRefCluster[0-9A-F]+/),
        expect.stringMatching(/^eks-dev-1-35-Network:ExportsOutputRefNetworkVpc/),
      ]),
    );
    const cluster = JSON.stringify(template(first, 'eksdev135Cluster'));
    expect(cluster).toMatch(
      /"Fn::ImportValue":"eks-dev-1-35-Network:ExportsOutputRefNetworkVpcPrivateSubnet1/,
    );
    // Every export is CDK's own: nothing was exported by hand.
    const outputs = Object.keys(template(first, 'eksdev135Cluster').Outputs ?? {});
    for (const name of outputs) expect(name).toMatch(/^ExportsOutput/);
  });

  it('gives byte-identical assemblies for one config', () => {
    const files = filesBelow(first.assemblyDir).map((f) => relative(first.assemblyDir, f));
    expect(files.length).toBeGreaterThan(10);
    expect(filesBelow(second.assemblyDir).map((f) => relative(second.assemblyDir, f))).toEqual(
      files,
    );
    for (const file of files) {
      const a = readFileSync(join(first.assemblyDir, file));
      const b = readFileSync(join(second.assemblyDir, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('turns on the native OIDC provider and strict validation, in the app and in cdk.json', () => {
    expect(PLATFORM_CONTEXT).toEqual({
      '@aws-cdk/aws-eks:useNativeOidcProvider': true,
      '@aws-cdk/core:validateAgainstDefaultRules': true,
      '@aws-cdk/core:defaultCrossStackReferences': 'strong',
    });
    const cdkJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdk.json'), 'utf8'));
    expect(cdkJson.context).toMatchObject(PLATFORM_CONTEXT);
  });

  it('raises no CDK warnings or errors for the default config', () => {
    expect(first.messages).toEqual([]);
  });

  it('uses no context lookups, so synth needs no credentials and no cdk.context.json', () => {
    const manifest = readFileSync(
      join(first.assemblyDir, 'assembly-eks-dev-1-35', 'manifest.json'),
      'utf8',
    );
    expect(JSON.parse(manifest).missing).toBeUndefined();
  });
});
