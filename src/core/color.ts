/** Colours as OOXML writes them (RRGGBB, upper case) and WCAG contrast. */

export function normalizeHex(c: string): string {
  return c.replace(/^#/, '').toUpperCase();
}

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const h = normalizeHex(hex);
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Contrast a text needs (WCAG AA, deck-style.md): 4.5:1, or 3:1 for large text (24 pt and more,
 * or bold from 18.66 pt, WCAG's 14 pt bold).
 */
export function contrastNeed(size: number, bold = false): number {
  return size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
}

/** Mix two colours; t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ha = normalizeHex(a);
  const hb = normalizeHex(b);
  let out = '';
  for (let i = 0; i < 6; i += 2) {
    const va = parseInt(ha.slice(i, i + 2), 16);
    const vb = parseInt(hb.slice(i, i + 2), 16);
    out += Math.round(va + (vb - va) * t)
      .toString(16)
      .padStart(2, '0');
  }
  return out.toUpperCase();
}

function toHsl(hex: string): [number, number, number] {
  const h = normalizeHex(hex);
  const r = parseInt(h.slice(0, 2), 16) / 255;
  const g = parseInt(h.slice(2, 4), 16) / 255;
  const b = parseInt(h.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const hue = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [hue / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const f = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = f(p, q, h + 1 / 3);
    g = f(p, q, h);
    b = f(p, q, h - 1 / 3);
  }
  return [r, g, b].map((v) => Math.round(Math.max(0, Math.min(1, v)) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/**
 * DrawingML's luminance transforms (`a:lumMod`, `a:lumOff`, in 1/1000 %): the colour's HSL
 * lightness becomes L × mod + off. PowerPoint's "Lighter 80%" is mod 20 %, off 80 %; "Darker
 * 25%" is mod 75 %. Computed here so that what the preview and the contrast checks see is what
 * a viewer draws from the theme.
 */
export function lumTransform(hex: string, lumMod = 100000, lumOff = 0): string {
  const [h, s, l] = toHsl(hex);
  return fromHsl(h, s, Math.max(0, Math.min(1, (l * lumMod) / 100000 + lumOff / 100000)));
}
