/**
 * A written deck to the meeting's other formats: the PDF, the handout (notes pages), one PNG per
 * slide and a contact sheet. Everything is made in a private temporary folder and then moved to
 * its name with an atomic write, so a name never holds half a file or a file of another kind.
 * What cannot be made (no LibreOffice, a failed conversion) comes back as problems beside the
 * files that were made: the deck itself is already written.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, type WriteWords } from '../core/atomic-write.js';
import { both, report, say } from '../core/catalogue/define.js';
import { EXPORT } from '../core/catalogue/export.js';
import type { Diagnostic } from '../core/errors.js';
import { guardOutput, startsWith } from '../core/output-guard.js';
import type { Deck } from '../deck/model.js';
import { setUpFonts } from './fonts.js';
import { contactSheet, slidePngs } from './png.js';
import { convertToPdf, pdfPageCount, timeoutSeconds, type PdfKind } from './soffice.js';
import { findSoffice, onPath } from './tools.js';

export interface ExportTargets {
  /** The PDF of the slides. */
  pdf?: string;
  /** The PDF of the notes pages. */
  handout?: string;
  /** Folder of the slide pictures and the contact sheet. */
  pngDir?: string;
}

export interface ExportRequest {
  deck: Deck;
  /** The written deck to convert. */
  pptx: string;
  /** Names the pictures: <name>-01.png …, <name>-sheet.png. */
  name: string;
  targets: ExportTargets;
  /** Files the build reads: never written over (core/output-guard.ts). */
  inputs: readonly string[];
  /** Paths as the user reads them. */
  display: (path: string) => string;
  env?: Record<string, string | undefined>;
}

export interface ExportedFile {
  path: string;
  kind: 'pdf' | 'handout' | 'png';
  /** Pages of a PDF; slide pictures of a PNG folder (path is then the contact sheet). */
  count: number;
}

export interface ExportResult {
  files: ExportedFile[];
  /** Fonts drawn with another (EXPORT_FONT_SUBSTITUTED). */
  warnings: Diagnostic[];
  /** What could not be made (EXPORT_UNAVAILABLE, EXPORT_FAILED). */
  problems: Diagnostic[];
}

const WORDS: WriteWords = { hint: both(EXPORT.writeHint, {}), locked: both(EXPORT.lockedHint, {}) };

/** The names of what was asked, for messages: "PDF, PNG pictures". */
function what(t: ExportTargets, lang: 'en' | 'zh'): string {
  const parts = [t.pdf && say(EXPORT.pdf, {}, lang), t.handout && say(EXPORT.handout, {}, lang), t.pngDir && say(EXPORT.png, {}, lang)].filter(Boolean);
  return parts.join(say(EXPORT.listSep, {}, lang));
}

/** EXPORT_UNAVAILABLE for these targets; `pptx` is the deck's place when one was written. */
export function unavailable(targets: ExportTargets, pptx: string | undefined): Diagnostic {
  const d = report(EXPORT.unavailable, { what: what(targets, 'en'), pptx });
  d.zh!.message = EXPORT.unavailable.message.zh({ what: what(targets, 'zh'), pptx });
  return d;
}

export function haveLibreOffice(env?: Record<string, string | undefined>): boolean {
  return findSoffice(env) !== undefined;
}

export async function exportDeck(req: ExportRequest): Promise<ExportResult> {
  const result: ExportResult = { files: [], warnings: [], problems: [] };
  const { targets } = req;
  const soffice = findSoffice(req.env);
  if (!soffice) {
    result.problems.push(unavailable(targets, req.display(req.pptx)));
    return result;
  }
  const timeoutS = timeoutSeconds(req.env);
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-export-'));
  try {
    const fonts = setUpFonts(req.deck, work);
    for (const s of fonts.substituted) result.warnings.push(report(EXPORT.fontSubstituted, { face: s.face, by: s.by ?? say(EXPORT.noSubstitute, {}, 'en') }, { severity: 'warning' }));
    // a profile per conversion: the PDF and the handout are made at the same time (soffice's start-up is most of each)
    const opts = (kind: PdfKind) => ({ profile: join(work, `profile-${kind}`), fontsConf: fonts.conf, timeoutS });
    const failed = (kind: PdfKind, reason: { en: string; zh: string }) => {
      const label = (lang: 'en' | 'zh') => say(kind === 'slides' ? EXPORT.pdf : EXPORT.handout, {}, lang);
      const d = report(EXPORT.failed, { what: label('en'), reason: reason.en });
      d.zh!.message = EXPORT.failed.message.zh({ what: label('zh'), reason: reason.zh });
      result.problems.push(d);
    };

    const convert = async (kind: PdfKind): Promise<string | undefined> => {
      const outDir = join(work, kind);
      mkdirSync(outDir);
      const c = await convertToPdf(soffice, req.pptx, kind, outDir, opts(kind));
      if (!c.pdf || !startsWith(c.pdf, Buffer.from('%PDF-'))) {
        const reason = c.run.timedOut ? both(EXPORT.timedOut, { s: timeoutS }) : both(EXPORT.exitCode, { code: String(c.run.code ?? 'a signal'), out: c.run.out.split('\n').filter((l) => !/javaldx|^convert /.test(l)).join(' ').slice(0, 300) });
        failed(kind, reason);
        return undefined;
      }
      const pages = pdfPageCount(readFileSync(c.pdf));
      if (pages !== req.deck.slides.length) {
        failed(kind, both(EXPORT.pageCount, { pages, slides: req.deck.slides.length }));
        return undefined;
      }
      return c.pdf;
    };

    const [pdf, notes] = await Promise.all([targets.pdf || targets.pngDir ? convert('slides') : undefined, targets.handout ? convert('notes') : undefined]);
    if (pdf && targets.pdf) {
      writeFileAtomic(targets.pdf, readFileSync(pdf), req.display(targets.pdf), WORDS);
      result.files.push({ path: targets.pdf, kind: 'pdf', count: req.deck.slides.length });
    }
    if (notes && targets.handout) {
      writeFileAtomic(targets.handout, readFileSync(notes), req.display(targets.handout), WORDS);
      result.files.push({ path: targets.handout, kind: 'handout', count: req.deck.slides.length });
    }
    if (pdf && targets.pngDir) {
      const pdftoppm = onPath('pdftoppm', req.env);
      if (!pdftoppm) result.problems.push(report(EXPORT.noPdftoppm, { pdf: targets.pdf ? req.display(targets.pdf) : undefined }));
      else {
        const pics = join(work, 'png');
        mkdirSync(pics);
        const slides = await slidePngs(pdftoppm, pdf, pics, timeoutS);
        const sheet = await contactSheet(pdftoppm, pdf, pics, timeoutS);
        result.files.push(writePictures(targets.pngDir, req.name, slides, sheet, req.display, req.inputs));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

/** <dir>/<name>-01.png … and <dir>/<name>-sheet.png; pictures of an earlier, longer deck of that name go. */
function writePictures(dir: string, name: string, slides: readonly string[], sheet: Buffer, display: (p: string) => string, inputs: readonly string[]): ExportedFile {
  const width = Math.max(2, String(slides.length).length);
  const names = slides.map((_, i) => `${name}-${String(i + 1).padStart(width, '0')}.png`);
  mkdirSync(dir, { recursive: true });
  for (const n of [...names, `${name}-sheet.png`]) guardOutput(join(dir, n), display(join(dir, n)), { inputs, kind: 'png' });
  slides.forEach((f, i) => writeFileAtomic(join(dir, names[i]!), readFileSync(f), display(join(dir, names[i]!)), WORDS));
  const keep = new Set(names);
  const mine = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
  for (const f of readdirSync(dir)) {
    if (mine.test(f) && !keep.has(f) && startsWith(join(dir, f), Buffer.from([0x89, 0x50, 0x4e, 0x47]))) rmSync(join(dir, f), { force: true });
  }
  const sheetPath = join(dir, `${name}-sheet.png`);
  writeFileAtomic(sheetPath, sheet, display(sheetPath), WORDS);
  return { path: sheetPath, kind: 'png', count: slides.length };
}
