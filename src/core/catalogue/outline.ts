/**
 * Messages about outlines: their structure, ids, slides and figures (slide types' own rules
 * included). Each entry: the code, the message and the hint, in English and Chinese.
 */
import { message } from './define.js';

export const OUTLINE = {
  duplicateId: message<{ id: string; first: string }>(
    'OUTLINE_DUPLICATE_ID',
    { en: (p) => `id \`${p.id}\` is used twice (first at ${p.first})`, zh: (p) => `id \`${p.id}\` 用了两次（第一次在 ${p.first}）` },
    { en: () => 'ids must be unique in the deck; rename one', zh: () => '同一个演示文稿中的 id 不能重复，请改掉其中一个' },
  ),
};
