/**
 * Many outlines at once: a pool of worker threads, up to the cores (os.availableParallelism),
 * each building one outline at a time; results come back as they finish. One failing outline
 * never stops the others. The worker is the bundled dist/build-worker.mjs (tests run the bundle,
 * built by their global set-up), since a worker thread cannot load TypeScript sources.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildOptions } from '../build.js';
import { packageRoot } from '../core/package-root.js';
import type { JobResult } from './build-job.js';

export function workerFile(): string {
  return join(packageRoot(), 'dist', 'build-worker.mjs');
}

/** Workers for n outlines: never more than the outlines or the cores (BRIEFDECK_JOBS caps it further). */
export function workerCount(n: number, env: Record<string, string | undefined> = process.env): number {
  const cap = Number(env.BRIEFDECK_JOBS);
  const cores = Number.isInteger(cap) && cap > 0 ? cap : availableParallelism();
  return Math.max(1, Math.min(n, cores));
}

/** Builds every job; `onResult` sees each as it finishes. Results come back in the jobs' order. */
export async function runBatch(jobs: readonly BuildOptions[], onResult: (r: JobResult, index: number) => void, workers = workerCount(jobs.length)): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const file = workerFile();
  const one = () =>
    new Promise<void>((done, fail) => {
      const w = new Worker(file);
      const feed = () => {
        if (next >= jobs.length) {
          void w.terminate().then(() => done());
          return;
        }
        const id = next++;
        w.postMessage({ id, opts: jobs[id] });
      };
      w.on('message', (m: { id: number; result: JobResult }) => {
        results[m.id] = m.result;
        onResult(m.result, m.id);
        feed();
      });
      w.on('error', fail);
      feed();
    });
  await Promise.all(Array.from({ length: workers }, one));
  return results;
}
