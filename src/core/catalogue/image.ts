/**
 * What is wrong with a picture (core/image-info.ts): the second half of a sentence whose
 * first half names the file, e.g. "logo.png" + "is a damaged PNG (…)". In both languages.
 */
import { phrase } from './define.js';

export const IMAGE = {
  notImage: phrase({ en: () => 'is not a PNG or JPEG image', zh: () => '不是 PNG 或 JPEG 图片' }),
  noPixels: phrase<{ width: number; height: number }>({
    en: (p) => `is ${p.width} × ${p.height} pixels: an image needs at least one pixel each way`,
    zh: (p) => `的尺寸是 ${p.width} × ${p.height} 像素：图片的宽和高都至少要有 1 像素`,
  }),
  tooManyPixels: phrase<{ width: number; height: number; max: number }>({
    en: (p) => `is ${p.width} × ${p.height} pixels; at most ${p.max} pixels each way`,
    zh: (p) => `的尺寸是 ${p.width} × ${p.height} 像素；宽和高最多 ${p.max} 像素`,
  }),
  pngChunkPastEnd: phrase({ en: () => 'is a damaged PNG (a chunk runs past the end of the file)', zh: () => '是已损坏的 PNG（有数据块超出了文件末尾）' }),
  pngChecksum: phrase<{ chunk: string }>({
    en: (p) => `is a damaged PNG (the ${p.chunk} chunk's checksum is wrong)`,
    zh: (p) => `是已损坏的 PNG（${p.chunk} 数据块的校验和不对）`,
  }),
  pngNoHeader: phrase({ en: () => 'is a damaged PNG (it does not start with its header chunk)', zh: () => '是已损坏的 PNG（开头不是文件头数据块）' }),
  pngNoData: phrase({ en: () => 'is a damaged PNG (it holds no image data)', zh: () => '是已损坏的 PNG（其中没有图像数据）' }),
  pngCut: phrase({ en: () => 'is a damaged PNG (it is cut off before its end)', zh: () => '是已损坏的 PNG（文件不完整，结尾缺失）' }),
  jpegNoMarker: phrase({ en: () => 'is a damaged JPEG (a marker is missing)', zh: () => '是已损坏的 JPEG（缺少标记）' }),
  jpegNoFrame: phrase({ en: () => 'is a damaged JPEG (it has no frame header)', zh: () => '是已损坏的 JPEG（没有帧头）' }),
  jpegSegmentPastEnd: phrase({ en: () => 'is a damaged JPEG (a segment runs past the end of the file)', zh: () => '是已损坏的 JPEG（有数据段超出了文件末尾）' }),
  jpegFrameShort: phrase({ en: () => 'is a damaged JPEG (its frame header is too short)', zh: () => '是已损坏的 JPEG（帧头太短）' }),
  jpegCut: phrase({ en: () => 'is a damaged JPEG (it is cut off before its end)', zh: () => '是已损坏的 JPEG（文件不完整，结尾缺失）' }),
};
