import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { fleetConfigYaml } from './lib/fleet-config';
import { detectMeter, type Meter } from './lib/measure';
import { profileVariants } from './lib/profile-run';
import { analyze, type BenchReport } from './lib/report';
import { compareResources, runVariants } from './lib/runner';
import { renderMarkdown, renderProfile } from './lib/table';
import { planVariants, SCENARIOS, type Scenario } from './lib/variants';

/**
 * `npm run bench`: measures our synth and check against the hand-written baseline as whole
 * processes and prints the medians, ratios and target verdicts (docs/bench.md has the method).
 * Runs from the compiled bench.out/run.js so both CDK apps run as plain node on compiled JS.
 */
const benchOut = __dirname;
const root = resolve(benchOut, '..');

const program = new Command('bench')
  .description('Measure eks-platform synth and check against a hand-written CDK app.')
  .option('-r, --runs <n>', 'measured runs per variant', positiveInt, 5)
  .option(
    '-w, --warmup <n>',
    'warm-up rounds (every variant once) before measuring',
    positiveInt,
    1,
  )
  .option('-c, --clusters <list>', 'fleet sizes for the scale scenario', sizeList, [1, 5, 20])
  .option('-s, --scenarios <list>', `any of ${SCENARIOS.join(',')}`, scenarioList, SCENARIOS)
  .option('--quick', 'fewer runs and no 20-cluster fleet: --runs 2 --clusters 1,5')
  .option('--json', 'print the report as JSON instead of markdown')
  .addOption(
    new Option('--meter <kind>', 'how CPU and memory are read').choices(['auto', 'time', 'probe']),
  )
  .option('--keep', 'keep the scratch dir with configs and assemblies')
  .option('--render <file>', 'print the markdown report of a saved --json report, run nothing')
  .option(
    '--profile',
    'instead of measuring, compare CPU profiles of ours and the hand-written app',
  )
  .option('--skip-ours', 'measure the hand-written baseline only (to test the harness)');

function main(): void {
  program.parse();
  const opts = program.opts();
  const quick = Boolean(opts.quick);
  const fromUser = (name: string) => program.getOptionValueSource(name) === 'cli';
  const runs: number = quick && !fromUser('runs') ? 2 : opts.runs;
  const clusters: number[] = quick && !fromUser('clusters') ? [1, 5] : opts.clusters;
  const scenarios = new Set<Scenario>(opts.scenarios);
  const meter: Meter = !opts.meter || opts.meter === 'auto' ? detectMeter() : opts.meter;
  if (opts.render) {
    const saved = JSON.parse(readFileSync(opts.render, 'utf8')) as BenchReport;
    process.stdout.write(renderMarkdown({ ...saved, ...analyze(saved.results) }));
    return;
  }
  requireBuilt(Boolean(opts.skipOurs));

  const workDir = mkdtempSync(join(tmpdir(), 'eks-platform-bench-'));
  const started = Date.now();
  try {
    const configFile = (n: number) => join(workDir, `fleet-${n}.yaml`);
    for (const n of clusters) writeFileSync(configFile(n), fleetConfigYaml(n));
    const defaultConfig = join(root, 'config', 'default.yaml');
    const paths = {
      root,
      benchOut,
      workDir,
      // One cluster is the default config itself, when the repository has it.
      configFile: (n: number) =>
        n === 1 && existsSync(defaultConfig) ? defaultConfig : configFile(n),
    };
    const variants = planVariants({ scenarios, clusters }, paths).filter(
      (v) => !opts.skipOurs || v.subject === 'baseline',
    );
    if (opts.profile) {
      // Every pair of ours and the hand-written app at the same size and validator setting.
      const pairs = variants.flatMap((mine) => {
        const theirs = variants.find((v) => v.id === mine.id.replace(/^ours\//, 'baseline/'));
        return mine.subject === 'ours' && theirs ? [[mine, theirs] as const] : [];
      });
      if (pairs.length === 0) throw new Error('--profile needs the baseline scenario');
      for (const [mine, theirs] of pairs) {
        const dir = join(workDir, 'profiles');
        process.stdout.write(`${renderProfile(profileVariants(mine, theirs, runs, dir, root))}\n`);
      }
      return;
    }
    const results = runVariants(variants, {
      warmups: opts.warmup,
      runs,
      meter: {
        meter,
        usageFile: join(workDir, 'usage.txt'),
        probeScript: join(benchOut, 'lib', 'probe.js'),
      },
      onRun: (line) => process.stderr.write(`${line}\n`),
    });
    const report: BenchReport = {
      meta: {
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        node: process.version,
        cpus: `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'unknown'}`,
        meter,
        runs,
        warmup: opts.warmup,
        'elapsed s': Math.round((Date.now() - started) / 1000),
      },
      results,
      ...analyze(results),
      resources: compareResources(variants),
    };
    process.stdout.write(
      opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report),
    );
  } finally {
    if (opts.keep) process.stderr.write(`kept ${workDir}\n`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

function requireBuilt(skipOurs: boolean): void {
  const needed = [join(benchOut, 'baseline', 'app.js')];
  if (!skipOurs) needed.push(join(root, 'dist', 'cli', 'main.js'));
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: run the bench with \`npm run bench\``);
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function sizeList(value: string): number[] {
  const sizes = value.split(',').map(positiveInt);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function scenarioList(value: string): Scenario[] {
  const names = value.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown ${unknown.join(', ')}; allowed: ${SCENARIOS.join(', ')}`,
    );
  }
  return names as Scenario[];
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
