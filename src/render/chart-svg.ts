/**
 * A chart drawn as SVG for the preview, from the same ChartBox the .pptx chart is written
 * from: the same box, data, colours and text size. Where PowerPoint puts the axes, labels and
 * legend is its own business; this draws them the way it usually does (legend on top, or on
 * the right of a pie; value labels outside the bars), close enough to judge a slide by.
 */
import { toPoints } from '../core/units.js';
import type { ChartBox } from '../deck/model.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const hex = (c: { hex: string }) => `#${c.hex}`;
const r2 = (n: number) => +n.toFixed(2);

/** Round tick steps: 1, 2, 5 × 10^k, about five of them. */
function niceStep(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** A value as its label shows it: the written value and the format's literal text (units). */
function label(b: ChartBox, k: number, i: number): string {
  const lit = [...b.numberFormat.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  return `${b.series[k]!.written[i]}${lit}`;
}

export function chartSvg(b: ChartBox): string {
  const W = toPoints(b.w);
  const H = toPoints(b.h);
  const fs = b.text.size;
  const text = (x: number, y: number, s: string, anchor: 'start' | 'middle' | 'end' = 'middle', extra = '') =>
    `<text x="${r2(x)}" y="${r2(y)}" font-size="${fs}" text-anchor="${anchor}" dominant-baseline="middle" fill="${hex(b.text.color)}"${extra}>${esc(s)}</text>`;
  let svg = `<svg class="bd-chart-svg" width="${r2(W)}" height="${r2(H)}" viewBox="0 0 ${r2(W)} ${r2(H)}" role="img" aria-label="${esc(b.alt)}">`;

  if (b.chart === 'pie' || b.chart === 'doughnut') {
    const values = b.series[0]!.values;
    const total = values.reduce((a, v) => a + Math.max(0, v), 0) || 1;
    const legendW = b.legend ? Math.min(W * 0.4, Math.max(...b.categories.map((c) => c.length)) * fs + fs * 2) : 0;
    const cx = (W - legendW) / 2;
    const cy = H / 2;
    const rad = Math.min(W - legendW, H) / 2 - fs * 2;
    let a0 = -Math.PI / 2;
    values.forEach((v, i) => {
      const a1 = a0 + (Math.max(0, v) / total) * Math.PI * 2;
      const large = a1 - a0 > Math.PI ? 1 : 0;
      const p = (a: number, rr: number) => `${r2(cx + rr * Math.cos(a))} ${r2(cy + rr * Math.sin(a))}`;
      const color = b.pointColors?.[i] ?? b.series[0]!.color;
      const inner = b.chart === 'doughnut' ? rad * 0.55 : 0;
      const path = inner
        ? `M ${p(a0, rad)} A ${r2(rad)} ${r2(rad)} 0 ${large} 1 ${p(a1, rad)} L ${p(a1, inner)} A ${r2(inner)} ${r2(inner)} 0 ${large} 0 ${p(a0, inner)} Z`
        : `M ${r2(cx)} ${r2(cy)} L ${p(a0, rad)} A ${r2(rad)} ${r2(rad)} 0 ${large} 1 ${p(a1, rad)} Z`;
      svg += `<path d="${path}" fill="${hex(color)}" stroke="#fff" stroke-width="1"/>`;
      if (b.labels) {
        const mid = (a0 + a1) / 2;
        const lr = inner ? (rad + inner) / 2 : rad * 0.65;
        svg += text(cx + lr * Math.cos(mid), cy + lr * Math.sin(mid), label(b, 0, i));
      }
      a0 = a1;
    });
    if (b.legend) {
      b.categories.forEach((c, i) => {
        const y = H / 2 - (b.categories.length * fs * 1.6) / 2 + i * fs * 1.6 + fs * 0.8;
        svg += `<rect x="${r2(W - legendW + fs * 0.5)}" y="${r2(y - fs * 0.4)}" width="${r2(fs * 0.8)}" height="${r2(fs * 0.8)}" fill="${hex(b.pointColors?.[i] ?? b.series[0]!.color)}"/>`;
        svg += text(W - legendW + fs * 1.6, y, c, 'start');
      });
    }
    return svg + '</svg>';
  }

  // bar, column, line: legend on top, category axis, value axis with gridlines
  const top = b.legend ? fs * 2.2 : fs * 0.8;
  if (b.legend) {
    let x = fs;
    b.series.forEach((s) => {
      svg += `<rect x="${r2(x)}" y="${r2(fs * 0.7)}" width="${r2(fs * 0.8)}" height="${r2(fs * 0.8)}" fill="${hex(s.color)}"/>`;
      svg += text(x + fs * 1.1, fs * 1.1, s.name, 'start');
      x += fs * 2 + s.name.length * fs;
    });
  }
  const horizontal = b.chart === 'bar';
  const sums = b.categories.map((_, i) => (b.stacked ? b.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0) : Math.max(...b.series.map((s) => s.values[i] ?? 0))));
  const max = Math.max(...sums, 0);
  const step = niceStep(max);
  const vmax = Math.ceil(max / step) * step || 1;
  const catW = horizontal ? Math.min(W * 0.3, Math.max(...b.categories.map((c) => c.length)) * fs + fs) : 0;
  const left = horizontal ? catW : fs * 3.2;
  const bottom = horizontal ? fs * 1.8 : fs * 2.2;
  const plotW = W - left - fs;
  const plotH = H - top - bottom;
  const n = b.categories.length;
  const pos = (v: number) => (horizontal ? left + (v / vmax) * plotW : top + plotH - (v / vmax) * plotH);
  for (let v = 0; v <= vmax + 1e-9; v += step) {
    const p = pos(v);
    svg += horizontal
      ? `<line x1="${r2(p)}" y1="${r2(top)}" x2="${r2(p)}" y2="${r2(top + plotH)}" stroke="${hex(b.lines)}" stroke-width="0.75"/>` + text(p, top + plotH + fs, String(+v.toPrecision(12)))
      : `<line x1="${r2(left)}" y1="${r2(p)}" x2="${r2(left + plotW)}" y2="${r2(p)}" stroke="${hex(b.lines)}" stroke-width="0.75"/>` + text(left - fs * 0.4, p, String(+v.toPrecision(12)), 'end');
  }
  const band = (horizontal ? plotH : plotW) / n;
  b.categories.forEach((c, i) => {
    const mid = (horizontal ? top : left) + band * (i + 0.5);
    svg += horizontal ? text(left - fs * 0.4, mid, c, 'end') : text(mid, top + plotH + fs * 1.1, c);
  });
  if (b.chart === 'line') {
    b.series.forEach((s, k) => {
      const pts = s.values.map((v, i) => [left + band * (i + 0.5), pos(v)] as const);
      svg += `<polyline points="${pts.map(([x, y]) => `${r2(x)},${r2(y)}`).join(' ')}" fill="none" stroke="${hex(s.color)}" stroke-width="2.25"/>`;
      pts.forEach(([x, y], i) => {
        svg += `<circle cx="${r2(x)}" cy="${r2(y)}" r="3" fill="${hex(s.color)}"/>`;
        if (b.labels) svg += text(x, y - fs * 0.9, label(b, k, i));
      });
    });
    return svg + '</svg>';
  }
  const groups = b.stacked ? 1 : b.series.length;
  const barBand = band / (1 + (b.stacked ? 0.6 : 0.8) / groups) / groups;
  b.categories.forEach((_, i) => {
    let base = 0;
    b.series.forEach((s, k) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const start = (horizontal ? top : left) + band * i + (band - barBand * groups) / 2 + (b.stacked ? 0 : barBand * k);
      const from = pos(base);
      const to = pos(base + v);
      const rect = horizontal
        ? `<rect x="${r2(from)}" y="${r2(start)}" width="${r2(to - from)}" height="${r2(barBand)}" fill="${hex(s.color)}"/>`
        : `<rect x="${r2(start)}" y="${r2(to)}" width="${r2(barBand)}" height="${r2(from - to)}" fill="${hex(s.color)}"/>`;
      svg += rect;
      if (b.labels) {
        const c = start + barBand / 2;
        svg += horizontal
          ? text(b.stacked ? (from + to) / 2 : to + fs * 0.3, c, label(b, k, i), b.stacked ? 'middle' : 'start')
          : text(c, b.stacked ? (from + to) / 2 : to - fs * 0.7, label(b, k, i));
      }
      if (b.stacked) base += v;
    });
  });
  return svg + '</svg>';
}
