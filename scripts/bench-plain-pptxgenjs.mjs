// Baseline for `npm run bench`: plain pptxgenjs (with its own JSZip, deflating) writing each
// slide of an outline as bare text boxes: a title and the slide's text. No layout, no repairs.
import { readFileSync, writeFileSync } from 'node:fs';
import pptxgen from 'pptxgenjs';
import { parse } from 'yaml';

const [file, out] = process.argv.slice(2);
const o = parse(readFileSync(file, 'utf8'));
const pptx = new pptxgen();
pptx.layout = 'LAYOUT_WIDE';
const text = (s) =>
  (s.points ?? []).map((p) => (typeof p === 'string' ? p : p.text)).concat((s.numbers ?? []).map((n) => `${n.value}${n.unit ?? ''} ${n.label}`), s.text ? [s.text] : [], s.value !== undefined ? [`${s.value}${s.unit ?? ''} ${s.label}`] : []);
pptx.addSlide().addText(o.title, { x: 0.5, y: 2, w: 12, h: 1.5, fontSize: 40 });
for (const sec of o.sections ?? [{ slides: o.slides }]) {
  if (sec.title) pptx.addSlide().addText(sec.title, { x: 0.5, y: 2, w: 12, h: 1.5, fontSize: 36 });
  for (const s of sec.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title ?? '', { x: 0.5, y: 0.3, w: 12, h: 1, fontSize: 28 });
    slide.addText(text(s).join('\n'), { x: 0.5, y: 1.5, w: 12, h: 5, fontSize: 20 });
    if (s.notes) slide.addNotes(s.notes);
  }
}
const data = await pptx.stream({ compression: true });
writeFileSync(out, data);
