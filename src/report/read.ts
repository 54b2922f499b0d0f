/**
 * A report's text, one paragraph a line, whatever it was written in: .txt and .md as they are,
 * .docx through mammoth (its paragraphs), text PDFs through pdf.js (lines joined back into
 * paragraphs). The Word and PDF libraries are loaded here only, when `draft` reads such a file,
 * so no other command pays for them.
 */
import { extname } from 'node:path';
import { report } from '../core/catalogue/define.js';
import { DRAFT } from '../core/catalogue/draft.js';
import { DeckError } from '../core/errors.js';
import { describeFailure, readLimited } from '../core/safe-read.js';

import { joinPdfLines, type PdfLine } from './pdf-lines.js';

/** A report is text: tens of kilobytes; anything past this is not one. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReportKind = 'text' | 'docx' | 'pdf';

export function reportKind(path: string): ReportKind | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '.text') return 'text';
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  return undefined;
}

/** The report's text: paragraphs separated by line breaks. `display` is the path as the user typed it. */
export async function readReport(path: string, display = path): Promise<{ text: string; kind: ReportKind }> {
  const kind = reportKind(path);
  if (!kind) throw new DeckError(report(DRAFT.unsupported, { file: display, ext: extname(path) }));
  const read = readLimited(path, MAX_REPORT_BYTES);
  if (!read.ok) throw new DeckError(report(DRAFT.unreadable, { file: display, reason: describeFailure(read) }));
  let text: string;
  try {
    text = kind === 'text' ? new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) : kind === 'docx' ? await docxText(read.bytes) : await pdfText(read.bytes);
  } catch (err) {
    throw new DeckError(report(DRAFT.unreadable, { file: display, reason: (err as Error)?.message ?? String(err) }));
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new DeckError(report(DRAFT.noText, { file: display }));
  return { text, kind };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // mammoth ends every paragraph with a blank line; one paragraph a line, as in a .txt
  return value.replace(/\n{2,}/g, '\n');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // the legacy build runs on Node 20 without the browser's APIs; no worker, no fonts loaded
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js runs its worker in this thread when given the module (Node has no web workers)
  const g = globalThis as { pdfjsWorker?: unknown };
  // @ts-expect-error: the worker module has no type declarations; only its presence matters
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: PdfLine[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let current: PdfLine | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , , x, y] = item.transform as number[];
        if (!current || Math.abs(current.y - y!) > 1 || current.page !== n) {
          current = { page: n, x: x!, y: y!, end: x!, text: '', size: Math.abs((item.transform as number[])[3]!) || 10 };
          lines.push(current);
        }
        current.text += item.str;
        current.end = Math.max(current.end, x! + item.width);
      }
    }
  } finally {
    await doc.destroy();
  }
  return joinPdfLines(lines);
}
