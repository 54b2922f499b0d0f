/**
 * A worker thread of a batch build (cli/batch.ts): builds the outlines it is sent, one at a
 * time, and posts each result back. Bundled as dist/build-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import type { BuildOptions } from '../build.js';
import { runJob } from './build-job.js';

parentPort?.on('message', async (msg: { id: number; opts: BuildOptions }) => {
  parentPort!.postMessage({ id: msg.id, result: await runJob(msg.opts) });
});
