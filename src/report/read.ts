/**
 * A report's text, one paragraph a line, whatever it was written in: .txt and .md as they are,
 * .docx through mammoth (its paragraphs), text PDFs through pdf.js (lines joined back into
 * paragraphs). The Word and PDF libraries are loaded here only, when a report in such a file is
 * read (`draft`, and `build`/`check`/`watch` against an outline whose `source:` names one), so no
 * other run pays for them.
 */
import { extname } from 'node:path';
// types only: pdf.js itself is loaded when a PDF is read
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
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

/** A report's text as every command reads it: no byte-order mark, line feeds only, no trailing space. */
export function normaliseReport(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd();
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
  text = normaliseReport(text);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new DeckError(report(DRAFT.noText, { file: display, kind }));
  return { text, kind };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  // mammoth's document model carries each paragraph's style; its HTML is not needed, so the
  // transform takes the text and hands the converter an empty body
  let text = '';
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (doc: DocxElement) => {
        text = docxLines(doc);
        return { ...doc, children: [] };
      },
    },
  );
  return text;
}

/** The part of mammoth's document model read here (mammoth has no types for it). */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  styleId?: string | null;
  styleName?: string | null;
}

/**
 * The text as mammoth's extractRawText gives it (a paragraph ends with a blank line, a tab is a
 * tab, nothing else adds text), one paragraph a line, with two changes: a paragraph in a heading
 * style starts with Markdown's mark (`## ` for Heading 2), and the Title paragraph, joined when
 * it runs over several, is the first line.
 */
function docxLines(doc: DocxElement): string {
  const raw = (e: DocxElement): string => {
    if (e.type === 'text') return e.value ?? '';
    if (e.type === 'tab') return '\t';
    const inner = (e.children ?? []).map(raw).join('');
    if (e.type !== 'paragraph') return inner;
    const style = docxStyle(e);
    // an empty heading, or one holding paragraphs of its own (a text box), stays as it is
    if (typeof style !== 'number' || inner.trim() === '' || inner.includes('\n')) return `${inner}\n\n`;
    return `${'#'.repeat(style)} ${inner.trim()}\n\n`;
  };
  // the first Title paragraph and those right after it (empty ones between them skipped)
  const top = doc.children ?? [];
  const title: string[] = [];
  const taken = new Set<number>();
  const first = top.findIndex((e) => e.type === 'paragraph' && docxStyle(e) === 'title' && raw(e).trim() !== '');
  for (let i = first; first >= 0 && i < top.length; i++) {
    const e = top[i]!;
    const text = e.type === 'paragraph' ? raw(e).trim() : undefined;
    if (text === '') continue;
    if (text === undefined || docxStyle(e) !== 'title') break;
    title.push(text);
    taken.add(i);
  }
  const body = top.map((e, i) => (taken.has(i) ? '' : raw(e))).join('');
  const titleLine = title.reduce((a, b) => a + (/[A-Za-z0-9][,.;:!?]?$/.test(a) && /^[A-Za-z0-9]/.test(b) ? ' ' : '') + b, '');
  // mammoth ends every paragraph with a blank line; one paragraph a line, as in a .txt
  return (title.length > 0 ? `${titleLine}\n${body}` : body).replace(/\n{2,}/g, '\n');
}

/**
 * A heading's level (Heading 1 → 1 … Heading 6 and below → 6, Markdown having six), 'title'
 * for the Title style, else undefined. By the style's name as styles.xml gives it ("heading 1",
 * as Word writes it in every language, or 标题 1 / 标题 as some editors write it, also with
 * aliases after a comma), or, for a style that styles.xml does not define, by its id (Heading1,
 * or 1, 2 … as Chinese Word writes the ids).
 */
function docxStyle(p: DocxElement): number | 'title' | undefined {
  const name = p.styleName?.trim();
  const id = p.styleId?.trim();
  const m = name ? /^(?:heading|标题)\s*([1-9])(?:\s*,.*)?$/i.exec(name) : id ? /^(?:heading\s*)?([1-9])$/i.exec(id) : null;
  if (m) return Math.min(6, Number(m[1]));
  if (name ? /^(?:title|标题)(?:\s*,.*)?$/i.test(name) : id !== undefined && /^title$/i.test(id)) return 'title';
  return undefined;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // the legacy build runs on Node 20 without the browser's APIs; no worker, no fonts loaded
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js runs its worker in this thread when given the module (Node has no web workers)
  const g = globalThis as { pdfjsWorker?: unknown };
  // @ts-expect-error: the worker module has no type declarations; only its presence matters
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // maxImageSize 0: images are never decoded (the fonts' names below need a page's operator list, not its pictures)
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, maxImageSize: 0, verbosity: 0 }).promise;
  const lines: (PdfLine & { pieces: { font: string; size: number; chars: number }[] })[] = [];
  /** Each font that sets text, and the first page it does. */
  const fonts = new Map<string, number>();
  let bold: Set<string>;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let current: (typeof lines)[number] | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , d, x, y] = item.transform as number[];
        const size = Math.abs(d!) || 10;
        if (!current || Math.abs(current.y - y!) > 1 || current.page !== n) {
          current = { page: n, x: x!, y: y!, end: x!, text: '', size, pieces: [] };
          lines.push(current);
        }
        current.text += item.str;
        current.end = Math.max(current.end, x! + item.width);
        const chars = [...item.str.replace(/\s+/g, '')].length;
        if (chars > 0) {
          current.pieces.push({ font: item.fontName, size, chars });
          if (!fonts.has(item.fontName)) fonts.set(item.fontName, n);
        }
      }
    }
    bold = await boldFonts(doc, fonts, pdfjs.AnnotationMode.DISABLE);
  } finally {
    await doc.destroy();
  }
  return joinPdfLines(
    lines.map(({ pieces, ...line }) => {
      const bySize = new Map<number, number>();
      for (const p of pieces) bySize.set(p.size, (bySize.get(p.size) ?? 0) + p.chars);
      const textSize = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? line.size;
      return { ...line, textSize, bold: pieces.reduce((n, p) => n + (bold.has(p.font) ? p.chars : 0), 0) };
    }),
  );
}

/**
 * The fonts set in a bold face, by their names. pdf.js names a font (its BaseFont) only once a
 * page using it has been turned into drawing operations, so that is done for the first page of
 * each font not yet seen, and only when the text uses more than one font (with one, nothing
 * stands out): usually a page or two. Images are not decoded (maxImageSize 0).
 */
async function boldFonts(doc: PDFDocumentProxy, fonts: ReadonlyMap<string, number>, noAnnotations: number): Promise<Set<string>> {
  const bold = new Set<string>();
  if (fonts.size < 2) return bold;
  const seen = new Set<string>();
  const pages = new Set<number>();
  for (const [font, n] of fonts) {
    if (seen.has(font) || pages.has(n)) continue;
    pages.add(n);
    const page = await doc.getPage(n);
    try {
      await page.getOperatorList({ annotationMode: noAnnotations });
    } catch {
      continue; // a page pdf.js cannot draw still has its text; its fonts are taken as regular
    }
    for (const f of fonts.keys()) {
      if (seen.has(f) || !page.commonObjs.has(f)) continue;
      seen.add(f);
      const obj = page.commonObjs.get(f) as { name?: unknown; bold?: unknown } | null;
      if (obj && typeof obj === 'object' && (obj.bold === true || (typeof obj.name === 'string' && isBoldFontName(obj.name)))) bold.add(f);
    }
  }
  return bold;
}

/**
 * A bold face by its name: Bold, Black, Heavy, SemiBold …, or a Hei (黑体) face, which Chinese
 * reports set headings in against a Song or FangSong body: SimHei, STHeiti, Heiti SC, 黑体,
 * FZHei … — but not Microsoft YaHei (微软雅黑), a face for body text too. A subset tag
 * (ABCDEF+) is dropped; a name written in UTF-8 or GBK bytes (/#BA#DA#CC#E5 for 黑体, as Word
 * writes Chinese names) is decoded first.
 */
export function isBoldFontName(name: string): boolean {
  let bare = name.replace(/^[A-Z]{6}\+/, '');
  if (/[\x80-\xff]/.test(bare) && !/[^\x00-\xff]/.test(bare)) {
    const bytes = Uint8Array.from(bare, (c) => c.charCodeAt(0));
    for (const encoding of ['utf-8', 'gbk']) {
      try {
        bare = new TextDecoder(encoding, { fatal: true }).decode(bytes);
        break;
      } catch {
        // not this encoding
      }
    }
  }
  const flat = bare.replace(/[\s_-]+/g, '');
  // Hei as a word of the name (SimHei, STHeiti, HeitiSC, SIMHEI), not inside one (Fahrenheit)
  return /bold|black|heavy/i.test(flat) || /粗|(?<!雅)黑/.test(flat) || /(?<!Ya|YA|ya)(?:Hei|HEI)|^hei/.test(flat);
}
