import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAssembly } from '../../../src/check';
import { helmBinary } from '../../../src/check/render/helm-binary';
import { expectFinding } from '../fixtures/expect';

const HAND_MADE = resolve(__dirname, '../fixtures/hand-made/render/assembly');
const CHART = resolve(__dirname, '../fixtures/charts/external-dns');
const SERVER = `
const http = require('node:http'); const fs = require('node:fs'); const path = require('node:path');
const root = process.argv[1];
const server = http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(req.url.split('?')[0]));
  fs.readFile(file, (err, data) => { res.statusCode = err ? 404 : 200; res.end(err ? '' : data); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

let server: ChildProcess;
let repoUrl: string;
let helm: string;

/** A Helm repository on localhost: the test chart packaged and indexed by the layer's helm. */
beforeAll(async () => {
  helm = helmBinary(resolve('node_modules/.cache/eks-platform'));
  const repo = mkdtempSync(join(tmpdir(), 'repo-'));
  execFileSync(helm, ['package', CHART, '--destination', repo], { stdio: 'ignore' });
  server = spawn(process.execPath, ['-e', SERVER, repo], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((ok) =>
    server.stdout?.once('data', (d) => ok(String(d).trim())),
  );
  repoUrl = `http://127.0.0.1:${port}`;
  execFileSync(helm, ['repo', 'index', repo, '--url', repoUrl], { stdio: 'ignore' });
});

afterAll(() => {
  server?.kill();
});

/** The hand-made assembly with its release pointing at the local repository. */
function assemblyWithRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assembly-'));
  copyFileSync(join(HAND_MADE, 'manifest.json'), join(dir, 'manifest.json'));
  const template = JSON.parse(readFileSync(join(HAND_MADE, 'Platform.template.json'), 'utf8'));
  template.Resources.ExternalDns.Properties.Repository = repoUrl;
  writeFileSync(join(dir, 'Platform.template.json'), JSON.stringify(template));
  return dir;
}

/** A fresh cache holding only the helm binary, so pulled charts start from nothing. */
function freshCache(): string {
  const cache = mkdtempSync(join(tmpdir(), 'cache-'));
  mkdirSync(join(cache, 'kubectl-v35-helm'));
  copyFileSync(helm, join(cache, 'kubectl-v35-helm', 'helm'));
  return cache;
}

describe('pulling charts for --render', () => {
  it('pulls the pinned chart from its repository, renders it and caches it for the next run', () => {
    const assembly = assemblyWithRepository();
    const cacheDir = freshCache();
    expect(checkAssembly(assembly, { render: { cacheDir } }).findings).toEqual([]);
    const report = checkAssembly(assembly, { render: { cacheDir, fetch: true } });
    const at = { stack: 'Platform', logicalId: 'ExternalDns' };
    expectFinding(report, 'EKS-IDN-001', at, 'error', "'kube-system/dns-external-dns'");
    const cached = checkAssembly(assembly, { render: { cacheDir } });
    expect(cached.findings.map((f) => f.ruleId)).toEqual(['EKS-IDN-001']);
  });
});
