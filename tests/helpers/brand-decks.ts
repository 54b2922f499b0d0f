/**
 * Three decks that keep their look in the master and layouts, not in the theme's colour scheme
 * (which is Office's stock palette in all three, as LibreOffice and WPS write it): in the styles
 * of LibreOffice's Midnightblue (teal on slate), of its Vivid (orange and yellow on white), and
 * of a bureau's deck (a red picture on the master and the cover, an emblem, 微软雅黑 and 仿宋).
 */
import { OFFICE_2007, bgGradient, bgPicture, bgSolid, ooxmlDeck, picture, rect, srgb, type DeckSpec } from './ooxml-deck.js';
import { pngOf } from './png.js';

const OFFICE_2013 = { ...OFFICE_2007, dk2: '44546A', lt2: 'E7E6E6', accent1: '5B9BD5', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '4472C4', accent6: '70AD47', hlink: '0563C1', folHlink: '954F72' };

export const MIDNIGHTBLUE: DeckSpec = {
  themeName: 'Office',
  colors: { ...OFFICE_2007 },
  major: { latin: 'Liberation Sans', ea: 'DejaVu Sans' },
  minor: { latin: 'Liberation Sans', ea: 'DejaVu Sans' },
  master: {
    bg: bgGradient(srgb('1C2833'), srgb('2E4053')),
    shapes: rect(0, 0, 1, 0.06, srgb('1A9E8F')),
    title: `${'<a:solidFill><a:srgbClr val="48C9B0"/></a:solidFill>'}<a:latin typeface="Liberation Sans"/><a:ea typeface="DejaVu Sans"/>`,
    body: '<a:solidFill><a:srgbClr val="EAF2F8"/></a:solidFill>',
  },
  layouts: [
    { type: 'title', bg: bgGradient(srgb('0B1F2A'), srgb('1B3A4B')), shapes: rect(0, 0, 0.04, 1, srgb('1A9E8F')), title: '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' },
    { type: 'secHead', bg: bgSolid(srgb('1A9E8F')), title: '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' },
    { type: 'obj' },
  ],
};

export const VIVID: DeckSpec = {
  themeName: 'Office',
  colors: { ...OFFICE_2007 },
  major: { latin: 'Liberation Sans', ea: 'Noto Sans CJK SC' },
  minor: { latin: 'Liberation Sans', ea: 'Noto Sans CJK SC' },
  master: {
    bg: bgSolid('<a:schemeClr val="bg1"/>'),
    shapes: rect(0, 0, 0.03, 1, srgb('F26B21')) + rect(0, 0.94, 1, 0.06, srgb('FDB813')),
    title: '<a:solidFill><a:srgbClr val="F26B21"/></a:solidFill>',
    body: '<a:solidFill><a:schemeClr val="tx1"><a:lumMod val="75000"/><a:lumOff val="25000"/></a:schemeClr></a:solidFill>',
  },
  layouts: [
    { type: 'title', bg: bgSolid(srgb('F26B21')), shapes: rect(0, 0.8, 1, 0.2, srgb('FDB813')), title: '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' },
    { type: 'obj' },
  ],
};

const RED: [number, number, number, number] = [0xc8, 0x10, 0x2e, 255];
const GOLD: [number, number, number, number] = [0xe8, 0xb9, 0x3c, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

/** The master's picture: white, with a red band on top and a gold rule under it. */
export const MASTER_PICTURE = pngOf(160, 90, (_x, y) => (y < 13 ? RED : y < 15 ? GOLD : WHITE));
/** The cover's picture: red, with a gold band near the bottom. */
export const COVER_PICTURE = pngOf(160, 90, (_x, y) => (y >= 70 && y < 74 ? GOLD : RED));
/** An emblem: a gold disc on a red square, transparent outside a circle. */
export const EMBLEM = pngOf(48, 48, (x, y) => {
  const d = Math.hypot(x - 23.5, y - 23.5);
  return d > 23 ? [0, 0, 0, 0] : d < 10 ? GOLD : RED;
});

export const BUREAU: DeckSpec = {
  themeName: 'WPS',
  colors: { ...OFFICE_2013 },
  major: { latin: 'Arial', ea: '微软雅黑' },
  minor: { latin: 'Times New Roman', ea: '仿宋' },
  master: {
    bg: bgPicture('rId20'),
    shapes: picture('rId21', 0.015, 0.01, 0.05, 0.12),
    title: '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:latin typeface="Arial"/><a:ea typeface="微软雅黑"/>',
    body: '<a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Times New Roman"/><a:ea typeface="仿宋"/>',
    images: { rId20: 'image1.png', rId21: 'image3.png' },
  },
  layouts: [
    { type: 'title', bg: bgPicture('rId2'), shapes: picture('rId3', 0.45, 0.08, 0.1, 0.18), title: '<a:solidFill><a:srgbClr val="FFE699"/></a:solidFill>', images: { rId2: 'image2.png', rId3: 'image3.png' } },
    { type: 'secHead', bg: bgPicture('rId2'), title: '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>', images: { rId2: 'image2.png' } },
    { type: 'obj' },
  ],
  media: { 'image1.png': MASTER_PICTURE, 'image2.png': COVER_PICTURE, 'image3.png': EMBLEM },
};

export const BRAND_DECKS = { midnightblue: MIDNIGHTBLUE, vivid: VIVID, bureau: BUREAU } as const;

export function brandDeck(name: keyof typeof BRAND_DECKS): Uint8Array {
  return ooxmlDeck(BRAND_DECKS[name]);
}
