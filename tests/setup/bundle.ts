// The CLI smoke tests run the shipped bundle; build it once before any test runs.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--quiet'], { stdio: 'inherit' });
}
