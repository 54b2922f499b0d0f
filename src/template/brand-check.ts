/**
 * Warnings about a template's brand that a colour pair's contrast does not catch: colours still
 * the parent's brand after a rebrand (./derive.ts), faces that cannot show Chinese or that the
 * layout cannot measure, and a logo that hardly shows on the ground it sits on. Raised when a
 * template loads (so builds warn too) and listed by `briefdeck template check`.
 */
import { readFileSync } from 'node:fs';
import { contrastRatio } from '../core/color.js';
import type { Diagnostic, SourcePos } from '../core/errors.js';
import { report } from '../core/catalogue/define.js';
import { BRAND_CHECK, FONT_CHECK } from '../core/catalogue/template.js';
import { CHINESE_METRICS, eastAsianVerdict, latinKnown } from '../layout/cjk-faces.js';
import type { Theme } from '../layout/theme.js';
import { inheritedBrand } from './derive.js';
import { pngAverage } from './picture-colour.js';
import type { TemplateFile } from './schema.js';

type At = (path: (string | number)[]) => { pos: SourcePos; frame: string };

export function brandWarnings(theme: Theme, files: TemplateFile[], parent: string, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = { severity: 'warning' as const };
  for (const l of inheritedBrand(files, theme.colors, theme.backgrounds)) {
    out.push(report(BRAND_CHECK.inherited, { key: l.key, color: l.color, parent, primary: theme.colors.primary }, { ...warn, ...at(l.key.split('.')) }));
  }
  for (const role of ['heading', 'body', 'figure'] as const) {
    const f = theme.fonts[role];
    const ea = eastAsianVerdict(f.ea);
    if (!ea.ok) {
      const metrics = ea.reason === 'no-chinese' ? `${CHINESE_METRICS} (the viewer's fallback face)` : CHINESE_METRICS;
      const where = { ...warn, ...at(['fonts', role, 'ea']) };
      out.push(ea.reason === 'no-chinese' ? report(FONT_CHECK.noChinese, { role, face: f.ea, metrics }, where) : report(FONT_CHECK.unknownMetrics, { role, face: 'ea', name: f.ea, metrics }, where));
    }
    if (!latinKnown(f.latin)) out.push(report(FONT_CHECK.unknownMetrics, { role, face: 'latin', name: f.latin, metrics: 'Arial (Liberation Sans)' }, { ...warn, ...at(['fonts', role, 'latin']) }));
  }
  if (theme.logo && theme.logo.image.kind === 'png') {
    let colour;
    try {
      colour = pngAverage(readFileSync(theme.logo.image.path));
    } catch {
      colour = undefined;
    }
    // a logo shows when one of its larger colours stands out (a gold emblem on red does)
    const parts = (colour?.colours ?? []).filter((c) => c.share >= 0.15).map((c) => c.hex);
    for (const role of parts.length ? theme.logo.slides : []) {
      const ground = theme.backgrounds[role];
      // a picture ground's colour is unknown here: its fill colour stands for it
      const logo = parts.reduce((a, b) => (contrastRatio(b, ground.color) > contrastRatio(a, ground.color) ? b : a));
      const ratio = contrastRatio(logo, ground.color);
      if (ratio < 3) out.push(report(BRAND_CHECK.logo, { logo, ground: ground.color, role: role, ratio: ratio.toFixed(2) }, { ...warn, ...at(['logo', 'path']) }));
    }
  }
  return out;
}
