/**
 * A chart part (c:chartSpace) from a ChartBox: the plot (bar/column, line, pie, doughnut), each
 * series with its cells in the embedded workbook (Sheet1: categories in column A, one series per
 * column from B, names in row 1) and their cached values, the colours as theme colours, the text
 * in the theme's body faces with the East Asian face set and the deck's language. Where the
 * axes, labels and legend go is left to the viewer, as in charts PowerPoint makes.
 */
import type { ChartBox, Lang } from '../deck/model.js';
import { colorXml, escapeXml } from './drawingml.js';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet name quoted for a formula. */
const SHEET = 'Sheet1';

function strRef(f: string, texts: string[]): string {
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef>`;
}

function numRef(f: string, written: string[], format: string): string {
  return `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${written.length}"/>${written.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:numCache></c:numRef>`;
}

/** The text properties of chart text: size, colour, the theme's body faces, the deck's language. */
function textProps(b: ChartBox, lang: Lang, bold = false): string {
  const l = lang === 'en' ? 'en-US' : 'zh-CN';
  const face = b.text.font.theme === 'major' ? 'mj' : 'mn';
  const faces = b.text.font.theme
    ? `<a:latin typeface="+${face}-lt"/><a:ea typeface="+${face}-ea"/><a:cs typeface="+${face}-cs"/>`
    : `<a:latin typeface="${escapeXml(b.text.font.latin)}"/><a:ea typeface="${escapeXml(b.text.font.ea)}"/>`;
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr lang="${l}" sz="${Math.round(b.text.size * 100)}" b="${bold ? 1 : 0}">` +
    `<a:solidFill>${colorXml(b.text.color)}</a:solidFill>${faces}</a:defRPr></a:pPr><a:endParaRPr lang="${l}"/></a:p></c:txPr>`
  );
}

function lineProps(b: ChartBox): string {
  return `<c:spPr><a:ln w="9525"><a:solidFill>${colorXml(b.lines)}</a:solidFill></a:ln></c:spPr>`;
}

/**
 * Value labels in the number format (units included). Labels that sit on a coloured bar or
 * slice (stacked bars, a doughnut's ring) get a ground of the slide's colour, so they read on
 * any series colour; the others sit on the slide.
 */
function dataLabels(b: ChartBox, lang: Lang, position: string | undefined, onColour = false): string {
  if (!b.labels) return '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const ground = onColour ? '<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' : '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(b.numberFormat)}" sourceLinked="0"/>${ground}${textProps(b, lang)}` +
    `${position ? `<c:dLblPos val="${position}"/>` : ''}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function series(b: ChartBox, k: number, body: string): string {
  const s = b.series[k]!;
  const col = columnName(k + 1);
  const n = b.categories.length;
  return (
    `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx>${strRef(`${SHEET}!$${col}$1`, [s.name])}</c:tx>${body}` +
    `<c:cat>${strRef(`${SHEET}!$A$2:$A$${n + 1}`, b.categories)}</c:cat><c:val>${numRef(`${SHEET}!$${col}$2:$${col}$${n + 1}`, s.written, b.numberFormat)}</c:val>`
  );
}

/** Fixed axis ids: the schema wants numbers, reproducible ones. */
const CAT_AX = 500000001;
const VAL_AX = 500000002;

function axes(b: ChartBox, lang: Lang): string {
  const horizontal = b.chart === 'bar';
  // a bar chart lists its first category at the top, as it is read
  const catScale = horizontal ? '<c:scaling><c:orientation val="maxMin"/></c:scaling>' : '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/>${catScale}<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${lineProps(b)}${textProps(b, lang)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 't' : 'l'}"/>` +
    `<c:majorGridlines>${lineProps(b)}</c:majorGridlines><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProps(b, lang)}<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

function plot(b: ChartBox, lang: Lang): string {
  const fill = (k: number) => `<c:spPr><a:solidFill>${colorXml(b.series[k]!.color)}</a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
  switch (b.chart) {
    case 'column':
    case 'bar': {
      const sers = b.series.map((_, k) => series(b, k, `${fill(k)}<c:invertIfNegative val="0"/>`) + '</c:ser>').join('');
      const grouping = b.stacked ? 'stacked' : 'clustered';
      return (
        `<c:barChart><c:barDir val="${b.chart === 'bar' ? 'bar' : 'col'}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${sers}` +
        `${dataLabels(b, lang, b.stacked ? 'ctr' : 'outEnd', b.stacked)}<c:gapWidth val="${b.stacked ? 60 : 80}"/>${b.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>${axes(b, lang)}`
      );
    }
    case 'line': {
      const sers = b.series
        .map((s, k) => {
          const line = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill>${colorXml(s.color)}</a:solidFill><a:round/></a:ln></c:spPr>`;
          const marker = `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill>${colorXml(s.color)}</a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`;
          return series(b, k, line + marker) + '<c:smooth val="0"/></c:ser>';
        })
        .join('');
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}${dataLabels(b, lang, 't')}<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>${axes(b, lang)}`;
    }
    case 'pie':
    case 'doughnut': {
      const points = (b.pointColors ?? [])
        .map((c, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill>${colorXml(c)}</a:solidFill><a:ln w="12700"><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></a:ln></c:spPr></c:dPt>`)
        .join('');
      const ser = series(b, 0, points) + '</c:ser>';
      const tag = b.chart === 'pie' ? 'pieChart' : 'doughnutChart';
      return `<c:${tag}><c:varyColors val="1"/>${ser}${dataLabels(b, lang, b.chart === 'pie' ? 'outEnd' : undefined, b.chart === 'doughnut')}<c:firstSliceAng val="0"/>${b.chart === 'doughnut' ? '<c:holeSize val="55"/>' : ''}</c:${tag}>`;
    }
  }
}

/** The chart part. `workbookRel`: the relationship id of its embedded workbook (Edit Data). */
export function chartSpaceXml(b: ChartBox, lang: Lang, workbookRel: string): string {
  const legend = b.legend ? `<c:legend><c:legendPos val="${b.chart === 'pie' || b.chart === 'doughnut' ? 'r' : 't'}"/><c:overlay val="0"/>${textProps(b, lang)}</c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="${lang === 'en' ? 'en-US' : 'zh-CN'}"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>${plot(b, lang)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(b, lang)}<c:externalData r:id="${workbookRel}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}
