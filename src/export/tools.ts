/**
 * The programs export runs: found on PATH (with Windows' .exe/.cmd), LibreOffice also where its
 * installers put it and where BRIEFDECK_SOFFICE says; run without a shell, with a time limit.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

type Env = Record<string, string | undefined>;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of a program on PATH, or undefined. */
export function onPath(cmd: string, env: Env = process.env): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat('') : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = join(dir, cmd + ext);
      if (executable(p)) return p;
    }
  }
  return undefined;
}

/** Where LibreOffice's installers put soffice when it is not on PATH (macOS, Windows). */
const INSTALLED = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** LibreOffice's soffice: BRIEFDECK_SOFFICE, else PATH, else its usual install place. */
export function findSoffice(env: Env = process.env): string | undefined {
  const set = env.BRIEFDECK_SOFFICE;
  if (set) return executable(set) ? set : undefined;
  return onPath('soffice', env) ?? onPath('libreoffice', env) ?? INSTALLED.find(executable);
}

export interface RunResult {
  /** Exit code; null when killed. */
  code: number | null;
  timedOut: boolean;
  /** stdout and stderr, trimmed. */
  out: string;
}

export function runTool(cmd: string, args: readonly string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  return new Promise((done) => {
    execFile(cmd, args, { env: opts.env ?? process.env, timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      const e = err as (Error & { code?: unknown; killed?: boolean; signal?: string }) | null;
      const code = e ? (typeof e.code === 'number' ? e.code : null) : 0;
      const out = [stdout, stderr].filter(Boolean).join('\n').trim();
      done({ code, timedOut: !!e && (e.killed === true || e.signal === 'SIGKILL') && code === null, out });
    });
  });
}
