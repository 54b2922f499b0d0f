/** Runs the CLI in-process and keeps what it wrote: to the Output, and anything that leaked to the console. */
import type { Output } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** What went to console.log / console.info instead of the Output (should stay empty). */
  console: string;
}

export async function runCli(argv: string[], color = false): Promise<CliRun> {
  let out = '';
  let err = '';
  let printed = '';
  const output: Output = { out: (t) => void (out += t), err: (t) => void (err += t), color };
  const saved = { log: console.log, info: console.info };
  const grab = (...args: unknown[]) => {
    printed += args.join(' ') + '\n';
  };
  console.log = grab;
  console.info = grab;
  try {
    const code = await main(argv, output);
    return { code, out, err, console: printed };
  } finally {
    console.log = saved.log;
    console.info = saved.info;
  }
}
