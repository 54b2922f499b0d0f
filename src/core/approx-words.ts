/**
 * The approximation words Chinese reports put around a figure, by where they stand: 突破20万人次,
 * 1400余篇, 60岁及以上. They live in core/, the lowest layer, because line breaking (layout/wrap.ts)
 * must keep a figure with its words just as the outline format knows them; slides/fields.ts
 * exports them for the layers above.
 *
 * Within a list a longer word comes before any word it starts or ends with (超过 before 超, 大约
 * before 约, 及以上 before 以上), so a reader that tries the words in order, from either end of a
 * figure, takes the whole word.
 */

/** Before the value: 超过300亿元, 突破20万人次, 不少于10个. */
export const APPROX_BEFORE_VALUE_ZH = ['超过', '突破', '逾', '超', '接近', '将近', '近', '大约', '约', '不少于', '不低于', '至少', '不到', '不足'] as const;
/** Between the value and the unit: 1400余篇, 1240多件. */
export const APPROX_AFTER_VALUE_ZH = ['余', '多'] as const;
/** After the unit: 95%以上, 60岁及以上, 5%上下. */
export const APPROX_AFTER_UNIT_ZH = ['及以上', '及以下', '以上', '以下', '以内', '左右', '上下'] as const;
