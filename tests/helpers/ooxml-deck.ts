/**
 * Minimal presentations written by hand (fflate): a theme, one slide master with its clrMap,
 * text styles, ground and shapes, layouts with grounds of their own, pictures, and two slides
 * (a title slide and a content slide) so that LibreOffice can show what the deck looks like.
 * They stand for decks saved from LibreOffice's templates and from bureaus' PowerPoint/WPS.
 */
import { strToU8, zipSync } from 'fflate';

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface LayoutSpec {
  type: 'title' | 'secHead' | 'obj';
  /** The inside of p:bg, e.g. <p:bgPr>…</p:bgPr>. */
  bg?: string;
  shapes?: string;
  /** Run properties of the title placeholder (the inside of a:defRPr). */
  title?: string;
  /** Pictures: relationship id → media file name. */
  images?: Record<string, string>;
}

export interface DeckSpec {
  themeName: string;
  colors: Record<'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink', string>;
  major: { latin: string; ea: string };
  minor: { latin: string; ea: string };
  master: { bg: string; shapes?: string; title: string; body: string; images?: Record<string, string> };
  layouts: LayoutSpec[];
  media?: Record<string, Uint8Array>;
  /** Slide size in EMU (16:9 by default). */
  size?: { cx: number; cy: number };
}

export const OFFICE_2007 = { dk1: '000000', lt1: 'FFFFFF', dk2: '1F497D', lt2: 'EEECE1', accent1: '4F81BD', accent2: 'C0504D', accent3: '9BBB59', accent4: '8064A2', accent5: '4BACC6', accent6: 'F79646', hlink: '0000FF', folHlink: '800080' } as const;

export const srgb = (hex: string) => `<a:srgbClr val="${hex}"/>`;
export const solid = (inner: string) => `<a:solidFill>${inner}</a:solidFill>`;
export const bgSolid = (inner: string) => `<p:bgPr>${solid(inner)}<a:effectLst/></p:bgPr>`;
export const bgGradient = (...stops: string[]) =>
  `<p:bgPr><a:gradFill rotWithShape="1"><a:gsLst>${stops.map((s, i) => `<a:gs pos="${Math.round((i * 100000) / Math.max(1, stops.length - 1))}">${s}</a:gs>`).join('')}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:effectLst/></p:bgPr>`;
export const bgPicture = (rid: string) => `<p:bgPr><a:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr>`;

let shapeId = 100;
/** A rectangle in shares of the slide (x, y, w, h from 0 to 1). */
export function rect(x: number, y: number, w: number, h: number, fill: string, size = { cx: 12192000, cy: 6858000 }): string {
  const id = shapeId++;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${Math.round(x * size.cx)}" y="${Math.round(y * size.cy)}"/><a:ext cx="${Math.round(w * size.cx)}" cy="${Math.round(h * size.cy)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solid(fill)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`;
}
export function picture(rid: string, x: number, y: number, w: number, h: number, size = { cx: 12192000, cy: 6858000 }): string {
  const id = shapeId++;
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="${Math.round(x * size.cx)}" y="${Math.round(y * size.cy)}"/><a:ext cx="${Math.round(w * size.cx)}" cy="${Math.round(h * size.cy)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

function placeholder(type: string, idx: number, box: [number, number, number, number], size: { cx: number; cy: number }, rpr = '', text = ''): string {
  const [x, y, w, h] = box;
  const id = shapeId++;
  const body = text ? `<a:p><a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r></a:p>` : '<a:p><a:endParaRPr lang="zh-CN"/></a:p>';
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${type} ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"${idx ? ` idx="${idx}"` : ''}/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${Math.round(x * size.cx)}" y="${Math.round(y * size.cy)}"/><a:ext cx="${Math.round(w * size.cx)}" cy="${Math.round(h * size.cy)}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle>${rpr ? `<a:lvl1pPr><a:defRPr>${rpr}</a:defRPr></a:lvl1pPr>` : ''}</a:lstStyle>${body}</p:txBody></p:sp>`;
}

const tree = (inner: string) => `<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${inner}</p:spTree>`;
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

function themeXml(s: DeckSpec): string {
  const c = Object.entries(s.colors).map(([k, v]) => `<a:${k}>${srgb(v)}</a:${k}>`).join('');
  const font = (f: { latin: string; ea: string }) => `<a:latin typeface="${f.latin}"/><a:ea typeface="${f.ea}"/><a:cs typeface=""/>`;
  const fill = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`;
  const ln = `<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${s.themeName}"><a:themeElements><a:clrScheme name="${s.themeName}">${c}</a:clrScheme><a:fontScheme name="${s.themeName}"><a:majorFont>${font(s.major)}</a:majorFont><a:minorFont>${font(s.minor)}</a:minorFont></a:fontScheme><a:fmtScheme name="${s.themeName}"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst><a:lnStyleLst>${ln}${ln}${ln}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
}

/** The deck as the bytes of a .pptx. */
export function ooxmlDeck(s: DeckSpec): Uint8Array {
  const size = s.size ?? { cx: 12192000, cy: 6858000 };
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  const layoutOverrides = s.layouts.map((_, i) => `<Override PartName="/ppt/slideLayouts/slideLayout${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>`).join('');
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>${layoutOverrides}<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/><Override PartName="/ppt/slides/slide2.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`,
  );
  put('_rels/.rels', rels([['rId1', 'officeDocument', 'ppt/presentation.xml']]));
  put(
    'ppt/presentation.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation ${NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId4"/></p:sldIdLst><p:sldSz cx="${size.cx}" cy="${size.cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
  );
  put('ppt/_rels/presentation.xml.rels', rels([['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'], ['rId2', 'theme', 'theme/theme1.xml'], ['rId3', 'slide', 'slides/slide1.xml'], ['rId4', 'slide', 'slides/slide2.xml']]));
  put('ppt/theme/theme1.xml', themeXml(s));
  const title: [number, number, number, number] = [0.06, 0.04, 0.88, 0.16];
  const body: [number, number, number, number] = [0.06, 0.24, 0.88, 0.66];
  const m = s.master;
  put(
    'ppt/slideMasters/slideMaster1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster ${NS}><p:cSld><p:bg>${m.bg}</p:bg>${tree((m.shapes ?? '') + placeholder('title', 0, title, size) + placeholder('body', 1, body, size))}</p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>${s.layouts.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="3600" b="1">${m.title}</a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz="2000">${m.body}</a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>`,
  );
  put(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels([...s.layouts.map((_, i) => [`rId${i + 1}`, 'slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`] as [string, string, string]), [`rId${s.layouts.length + 1}`, 'theme', '../theme/theme1.xml'], ...Object.entries(m.images ?? {}).map(([id, f]) => [id, 'image', `../media/${f}`] as [string, string, string])]),
  );
  s.layouts.forEach((l, i) => {
    const phs = l.type === 'title' ? placeholder('ctrTitle', 0, [0.08, 0.3, 0.84, 0.2], size, l.title) + placeholder('subTitle', 1, [0.08, 0.55, 0.84, 0.12], size) : l.type === 'secHead' ? placeholder('title', 0, [0.08, 0.4, 0.84, 0.2], size, l.title) : placeholder('title', 0, title, size, l.title) + placeholder('body', 1, body, size);
    put(
      `ppt/slideLayouts/slideLayout${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout ${NS} type="${l.type}" preserve="1"><p:cSld name="${l.type}">${l.bg ? `<p:bg>${l.bg}</p:bg>` : ''}${tree((l.shapes ?? '') + phs)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
    );
    put(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, rels([['rId1', 'slideMaster', '../slideMasters/slideMaster1.xml'], ...Object.entries(l.images ?? {}).map(([id, f]) => [id, 'image', `../media/${f}`] as [string, string, string])]));
  });
  const titleLayout = s.layouts.findIndex((l) => l.type === 'title') + 1 || 1;
  const objLayout = s.layouts.findIndex((l) => l.type === 'obj') + 1 || 1;
  const slide = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${NS}><p:cSld>${tree(inner)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
  const phText = (type: string, idx: number, text: string) => `<p:sp><p:nvSpPr><p:cNvPr id="${shapeId++}" name="${type}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"${idx ? ` idx="${idx}"` : ''}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`;
  put('ppt/slides/slide1.xml', slide(phText('ctrTitle', 0, '二〇二五年工作总结') + phText('subTitle', 1, '示例单位 · 2025年12月')));
  put('ppt/slides/_rels/slide1.xml.rels', rels([['rId1', 'slideLayout', `../slideLayouts/slideLayout${titleLayout}.xml`]]));
  put('ppt/slides/slide2.xml', slide(phText('title', 0, '主要工作进展') + phText('body', 1, '全年完成重点任务十二项，群众满意度稳步提升')));
  put('ppt/slides/_rels/slide2.xml.rels', rels([['rId1', 'slideLayout', `../slideLayouts/slideLayout${objLayout}.xml`]]));
  for (const [name, bytes] of Object.entries(s.media ?? {})) files[`ppt/media/${name}`] = bytes;
  return zipSync(files);
}
