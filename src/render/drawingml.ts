/**
 * DrawingML text bodies written from the Deck: explicit sizes, exact line spacing, the
 * lines already broken (soft breaks), East Asian and Latin faces apart, the deck's
 * language, and no autofit. pptxgenjs cannot write these (see pptxgenjs-notes.md), so
 * the pptx writer puts them in place of the text bodies it wrote.
 */
import type { Lang } from '../outline/schema.js';
import type { Paragraph, Run, TextBox } from '../layout/model.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(CONTROL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function langAttrs(lang: Lang): string {
  return lang === 'en' ? 'lang="en-US"' : 'lang="zh-CN" altLang="en-US"';
}

/** Run properties: size, weight, colour and both faces, so no viewer falls back to theme defaults. */
function runProps(tag: 'a:rPr' | 'a:endParaRPr', r: Omit<Run, 'text'>, lang: Lang): string {
  return (
    `<${tag} ${langAttrs(lang)} sz="${Math.round(r.size * 100)}"${r.bold ? ' b="1"' : ''}>` +
    `<a:solidFill><a:srgbClr val="${r.color}"/></a:solidFill>` +
    `<a:latin typeface="${escapeXml(r.font.latin)}"/><a:ea typeface="${escapeXml(r.font.ea)}"/>` +
    `</${tag}>`
  );
}

const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const;

/** A fixed GUID for the slide number field (the schema requires one; random ones break reproducibility). */
const SLIDENUM_FIELD_ID = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';

function paragraphXml(p: Paragraph, lang: Lang, field: TextBox['field']): string {
  const first = p.lines[0]?.runs[0];
  const hang = p.bullet ? p.bullet.hang : 0;
  // attributes at their defaults (those of the presentation's default text style) are left out
  let attrs = '';
  if (p.indent) attrs += ` marL="${p.indent}"`;
  if (hang) attrs += ` indent="${-hang}"`;
  if (p.align !== 'left') attrs += ` algn="${ALIGN[p.align]}"`;
  let xml = `<a:p><a:pPr${attrs}>`;
  xml += `<a:lnSpc><a:spcPts val="${Math.round(p.lineHeight * 100)}"/></a:lnSpc>`;
  if (p.spaceBefore) xml += `<a:spcBef><a:spcPts val="${Math.round(p.spaceBefore * 100)}"/></a:spcBef>`;
  if (p.bullet) {
    const b = p.bullet;
    const base = first?.size ?? b.size;
    const pct = Math.max(25000, Math.min(400000, Math.round((b.size / base) * 100000)));
    xml += `<a:buClr><a:srgbClr val="${b.color}"/></a:buClr><a:buSzPct val="${pct}"/><a:buFont typeface="${escapeXml(b.font.ea)}"/><a:buChar char="${escapeXml(b.char)}"/>`;
  } else {
    xml += '<a:buNone/>';
  }
  xml += '</a:pPr>';
  p.lines.forEach((line, i) => {
    if (i > 0) {
      const r = line.runs[0] ?? first;
      // the break carries the size of the line it ends, so its height matches
      xml += r ? `<a:br><a:rPr ${langAttrs(lang)} sz="${Math.round(r.size * 100)}"/></a:br>` : '<a:br/>';
    }
    for (const r of line.runs) {
      if (field === 'slidenum') xml += `<a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum">${runProps('a:rPr', r, lang)}<a:t>${escapeXml(r.text)}</a:t></a:fld>`;
      else xml += `<a:r>${runProps('a:rPr', r, lang)}<a:t>${escapeXml(r.text)}</a:t></a:r>`;
    }
  });
  return xml + '</a:p>';
}

const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

export function textBodyXml(box: TextBox, lang: Lang): string {
  const i = box.insets;
  let xml = `<p:txBody><a:bodyPr wrap="${box.nowrap ? 'none' : 'square'}" lIns="${i.l}" tIns="${i.t}" rIns="${i.r}" bIns="${i.b}" anchor="${ANCHOR[box.anchor]}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>`;
  if (box.paragraphs.length === 0) xml += `<a:p><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  for (const p of box.paragraphs) xml += paragraphXml(p, lang, box.field);
  return xml + '</p:txBody>';
}

/** Speaker notes: one paragraph per line, in the deck's language. */
export function notesBodyXml(notes: string, lang: Lang): string {
  const lines = notes.split(/\r?\n/);
  let xml = '<p:txBody><a:bodyPr/><a:lstStyle/>';
  for (const line of lines) {
    xml += line ? `<a:p><a:r><a:rPr ${langAttrs(lang)}/><a:t>${escapeXml(line)}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  }
  return xml + '</p:txBody>';
}
