/**
 * A worker thread of a batch build (cli/batch.ts): builds the outlines it is sent, one at a
 * time, and posts each result back. Bundled as dist/build-worker.mjs.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { BuildOptions } from '../build.js';
import { temporaryTag } from '../core/atomic-write.js';
import { runJob } from './build-job.js';

// the batch's threads share the process id: their temporary files also carry the thread's number
temporaryTag(threadId);

parentPort?.on('message', async (msg: { id: number; opts: BuildOptions }) => {
  parentPort!.postMessage({ id: msg.id, result: await runJob(msg.opts, threadId) });
});
