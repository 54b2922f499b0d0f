/** Small outlines the tests share: one list and one card of figures, with emphasis and an approximation word. */
export const SMALL_OUTLINE = `title: 测试汇报
organization: 测试单位
slides:
  - type: points
    title: 三个要点
    points:
      - 第一点
      - 第二点 **重点**
  - type: numbers
    title: 关键数字
    numbers:
      - value: 116
        unit: 节
        label: 专题党课
      - value: 1400
        approx: 余
        unit: 篇
        label: 学习体会
`;
