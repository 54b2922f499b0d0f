/**
 * One LibreOffice conversion of a deck to PDF: headless, with a throw-away profile (a user's
 * open LibreOffice or its settings never interfere, and two builds never share one), the
 * fontconfig of fonts.ts, and a time limit. The PDF appears in `outDir` named after the deck.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTool, type RunResult } from './tools.js';

/** A PDF of the slides, or of the notes pages: each slide with its speaker notes under it. */
export type PdfKind = 'slides' | 'notes';

const FILTER: Record<PdfKind, string> = {
  slides: 'pdf:impress_pdf_Export',
  // LibreOffice's own notes pages (checked with 7.4): portrait, the slide above its notes
  notes: 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}',
};

export const DEFAULT_TIMEOUT_S = 180;

/** BRIEFDECK_SOFFICE_TIMEOUT (seconds), else 180 s: a 1000-slide deck takes about a minute. */
export function timeoutSeconds(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.BRIEFDECK_SOFFICE_TIMEOUT);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_S;
}

export interface Conversion {
  /** The PDF, when soffice wrote one. */
  pdf: string | undefined;
  run: RunResult;
}

export async function convertToPdf(soffice: string, pptx: string, kind: PdfKind, outDir: string, opts: { profile: string; fontsConf: string | undefined; timeoutS: number }): Promise<Conversion> {
  const args = [`-env:UserInstallation=${pathToFileURL(opts.profile).href}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', '--convert-to', FILTER[kind], '--outdir', outDir, pptx];
  const env = { ...process.env, ...(opts.fontsConf ? { FONTCONFIG_FILE: opts.fontsConf } : {}) };
  const run = await runTool(soffice, args, { env, timeoutMs: opts.timeoutS * 1000 });
  const pdf = join(outDir, `${basename(pptx, extname(pptx))}.pdf`);
  return { pdf: existsSync(pdf) ? pdf : undefined, run };
}

/** The pages of a PDF as LibreOffice writes it (no object streams): its /Type /Page objects. */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
