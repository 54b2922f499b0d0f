/**
 * The fonts LibreOffice draws the deck with. The layout measured every line with the widths of
 * Noto Sans CJK SC (Chinese faces), Liberation Sans (Arial-like) or Liberation Serif; a face the
 * template names that is not installed (Microsoft YaHei on Linux) would otherwise be replaced by
 * fontconfig's own choice, with other widths, and lines would break where the deck did not.
 * So a private fontconfig file aliases each missing face to the installed font of its measured
 * widths (the render tests' tests/render/fonts.conf does the same), and each one is reported.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Box, Deck } from '../deck/model.js';
import { metricFamilyOf } from '../layout/measure.js';

/** The installed font with the widths of each metric family. */
const MEASURED_WITH = { ea: 'Noto Sans CJK SC', sans: 'Liberation Sans', serif: 'Liberation Serif' } as const;

export interface Substitution {
  face: string;
  /** The installed font drawing it; undefined when none of the measured fonts is installed either. */
  by: string | undefined;
}

export interface FontSetup {
  /** FONTCONFIG_FILE for soffice; undefined where fontconfig is not used (no fc-list). */
  conf: string | undefined;
  substituted: Substitution[];
}

function facesOfBoxes(boxes: readonly Box[], into: Set<string>): void {
  for (const b of boxes) {
    if (b.kind === 'text') for (const p of b.paragraphs) for (const l of p.lines) for (const r of l.runs) into.add(r.font.ea).add(r.font.latin);
    else if (b.kind === 'group') facesOfBoxes(b.boxes, into);
    else if (b.kind === 'table') for (const row of b.rows) for (const c of row.cells) for (const p of c.paragraphs) for (const l of p.lines) for (const r of l.runs) into.add(r.font.ea).add(r.font.latin);
  }
}

/** Every face the deck names: the theme's two pairs and each run's. */
export function deckFaces(deck: Deck): string[] {
  const faces = new Set<string>([deck.theme.fonts.major.ea, deck.theme.fonts.major.latin, deck.theme.fonts.minor.ea, deck.theme.fonts.minor.latin]);
  for (const s of deck.slides) facesOfBoxes(s.boxes, faces);
  for (const l of deck.layouts) facesOfBoxes([...l.boxes, ...l.placeholders], faces);
  facesOfBoxes(deck.master.placeholders, faces);
  return [...faces].filter((f) => f && !f.startsWith('+'));
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The installed font families (fc-list), or undefined without fontconfig (Windows, most macOS). */
export function installedFamilies(): Set<string> | undefined {
  try {
    const text = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(text.split('\n').flatMap((l) => l.split(',')).map(norm).filter(Boolean));
  } catch {
    return undefined;
  }
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The aliases for the faces not installed; `installed` as installedFamilies gives it. */
export function substitutions(faces: readonly string[], installed: Set<string>): Substitution[] {
  const out: Substitution[] = [];
  for (const face of faces) {
    if (installed.has(norm(face))) continue;
    const want = MEASURED_WITH[metricFamilyOf(face).family];
    out.push({ face, by: installed.has(norm(want)) ? want : undefined });
  }
  return out;
}

export function fontconfigText(subs: readonly Substitution[]): string {
  const aliases = subs
    .filter((s) => s.by)
    .map((s) => `  <alias binding="same">\n    <family>${xml(s.face)}</family>\n    <prefer><family>${xml(s.by!)}</family></prefer>\n  </alias>`);
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<!-- briefdeck export: faces not installed drawn with fonts of the widths the layout measured -->\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases.join('\n')}\n</fontconfig>\n`;
}

/** Writes the fontconfig file into `dir` (the export's private folder) and says what it substitutes. */
export function setUpFonts(deck: Deck, dir: string): FontSetup {
  const installed = installedFamilies();
  if (!installed) return { conf: undefined, substituted: [] };
  const substituted = substitutions(deckFaces(deck), installed);
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, fontconfigText(substituted));
  return { conf, substituted };
}
