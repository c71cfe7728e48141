/**
 * Preloaded with `node --require probe.js` when GNU time is not available: on exit it writes the
 * process's own CPU time and peak RSS to the file named by BENCH_PROBE_FILE. Unlike GNU time it
 * cannot see child processes, which our synth and check do not start.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_PROBE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const line = `${usage.userCPUTime / 1000} ${usage.systemCPUTime / 1000} ${usage.maxRSS}\n`;
    writeFileSync(target, line);
  });
}
