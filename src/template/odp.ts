/**
 * An OpenDocument presentation (.odp/.otp) → a .pptx that `template import` can read, through
 * LibreOffice when it is installed. LibreOffice runs with a profile of its own in a temporary
 * folder (never the user's, which may be open) and a time limit; without it the import stops
 * with a message saying how to convert the file by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeckError } from '../core/errors.js';
import { report } from '../core/catalogue/define.js';
import { IMPORT_NOTE } from '../core/catalogue/template.js';

export const ODP_EXTENSIONS = ['.odp', '.otp'];
const TIMEOUT_MS = 120_000;

/** The LibreOffice program on the PATH, if any. */
export function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return name;
  }
  return undefined;
}

/** Converts `file` to .pptx in a temporary folder; returns its path and a clean-up. */
export function convertWithLibreOffice(file: string, display: string, to = 'pptx'): { path: string; cleanup: () => void } {
  const soffice = findSoffice();
  if (!soffice) throw new DeckError(report(IMPORT_NOTE.odpNoOffice, { file: display }));
  const tmp = mkdtempSync(join(os.tmpdir(), 'briefdeck-lo-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  const profile = pathToFileURL(join(tmp, 'profile')).href;
  const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', join(tmp, 'out'), file], { encoding: 'utf8', timeout: TIMEOUT_MS });
  const out = join(tmp, 'out');
  const made = existsSync(out) ? readdirSync(out).find((n) => extname(n).toLowerCase() === `.${to}`) : undefined;
  if (r.status !== 0 || !made) {
    cleanup();
    const reason = r.error ? r.error.message : (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n')[0] || `no ${to} written`;
    throw new DeckError(report(IMPORT_NOTE.odpFailed, { file: display, reason }));
  }
  return { path: join(out, made), cleanup };
}

export function isOdp(file: string): boolean {
  return ODP_EXTENSIONS.includes(extname(basename(file)).toLowerCase());
}
