/**
 * `briefdeck init`'s outline: every deck key, one section, one slide of each type of the registry
 * (a picture slide as a commented example, since it needs a picture the author has yet to
 * choose), each key with a comment. In Chinese for Chinese-speaking authors (the language of
 * messages), else in English; either builds as it is (tests/outline/skeleton.test.ts).
 */
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** Slide types shown commented out: they need a file the skeleton cannot provide. */
export const COMMENTED_TYPES = ['image', 'photos'] as const;

/** The `$schema` reference of an outline written to `file`: relative to it, so the folder can move with the package. */
export function outlineSchemaRef(file: string): string {
  const schema = join(packageRoot(), 'outline', 'outline.schema.json');
  const rel = relative(dirname(file), schema);
  // another drive (Windows) has no relative path
  return (isAbsolute(rel) ? schema : rel).split(sep).join('/');
}

const ZH = `
title: 标题：写出这次汇报的主题              # 必填：封面上的大标题
subtitle: 副标题：例如 某某单位2026年工作汇报   # 可选
organization: 某某单位                       # 可选：封面、结束页和页脚
date: "2026-11"                              # 可选：任意文字
template: party-red                          # 可选：party-red（党建红）、gov-blue（政务蓝）、ink（简约），或模板文件夹
lang: zh-CN                                  # zh-CN（默认）或 en
# footer: 页脚文字                            # 可选：模板页脚中的 {footer}
# source: 报告原文.md                          # 可选：briefdeck check 据此核对数字的引文
notes: 封面的演讲者备注。                      # 可选

sections:                                    # 每个章节：一张节标题页，然后是它的幻灯片
  - title: 第一部分 标题                      # 必填：节标题页和目录中的标题
    subtitle: 一句话说明这一部分               # 可选
    slides:
      - type: points                         # 要点列表：最多 8 条，每条最多 6 个子要点
        title: 标题写结论，而不是话题           # 每张幻灯片都可以有 title、notes、id
        points:
          - 第一条要点，**加粗**表示强调
          - text: 带子要点的一条
            sub: [子要点一, 子要点二]
        notes: 演讲者备注：讲稿写在这里，讲义 PDF（--handout）会把它印在幻灯片下方。

      - type: numbers                        # 关键数字卡片：最多 6 个
        title: 几个关键数字
        numbers:
          - { value: 1400, approx: 余, unit: 个, label: 新增设备 }
          - { value: 95.6, unit: "%", label: 完成率, change: { value: 2.1, unit: 个百分点, word: 增长, basis: 同比 } }
          - { value: 56, unit: 场, label: 专题活动, detail: 覆盖全部学校 }

      - type: number                         # 一个醒目的数字
        title: 一个最重要的数字
        value: 116
        unit: 节
        label: 专题讲座

      - type: quote                          # 一句口号或引语
        text: 在这里写一句要强调的话
        by: 出处（可选）

      - type: columns                        # 两到三栏并列对比
        title: 两项工作并列
        columns:
          - heading: 第一栏
            points: [要点一, 要点二]
          - heading: 第二栏
            points: [要点一, 要点二]

      - type: table                          # 原生表格：可在 PowerPoint 中编辑
        title: 表格的标题
        columns: [项目, 数量]
        rows:
          - [项目一, { value: 486, unit: 名 }]
          - [项目二, { value: 200, approx: 余, unit: 套 }]
        caption: 数据来源：某某报告

      - type: chart                          # 原生图表：column、bar、line、pie、doughnut
        title: 图表的标题
        chart: column
        categories: [一月, 二月, 三月]
        series:
          - name: 数量
            values: [12, 18, 25]

      # 图片幻灯片需要一张图片文件（PNG 或 JPEG，放在本文件所在的文件夹中）；有了图片后去掉 # 即可：
      # - type: image
      #   title: 图片的标题
      #   image: images/photo.jpg
      #   alt: 图片内容的文字说明
      #   caption: 图片下方的说明（可选）
      #
      # - type: photos                       # 两到四张照片
      #   title: 活动剪影
      #   photos:
      #     - { image: images/a.jpg, alt: 第一张照片 }
      #     - { image: images/b.jpg, alt: 第二张照片 }

closing: true                                # 结束页“谢谢！”；false 表示不要
`;

const EN = `
title: "Title: the subject of the briefing"   # required: the cover's big title
subtitle: "Subtitle: e.g. Annual report 2026" # optional
organization: Your organisation              # optional: cover, closing slide and footer
date: "2026-11"                              # optional: any text
template: party-red                          # optional: party-red, gov-blue, ink, or a template folder
lang: en                                     # zh-CN (the default) or en
# footer: footer text                         # optional: {footer} in the template's footer line
# source: report.md                           # optional: briefdeck check traces figures' quotes in it
notes: Speaker notes of the cover.           # optional

sections:                                    # each section: a divider, then its slides
  - title: "Part one: its title"             # required: on the divider and in the agenda
    subtitle: One line about this part       # optional
    slides:
      - type: points                         # a list: up to 8 points, each with up to 6 sub-points
        title: State the conclusion, not the topic   # every slide may have title, notes, id
        points:
          - A first point, **bold** for emphasis
          - text: A point with sub-points
            sub: [First sub-point, Second sub-point]
        notes: Speaker notes go here; the handout PDF (--handout) prints them under the slide.

      - type: numbers                        # key figures on cards: up to 6
        title: A few key figures
        numbers:
          - { value: 1400, approx: over, label: Devices added }
          - { value: 95.6, unit: "%", label: Completed, change: { value: 2.1, unit: " points", word: up } }
          - { value: 56, unit: events, label: Workshops, detail: in every school }

      - type: number                         # one hero figure
        title: The one figure that matters
        value: 116
        unit: lessons
        label: Lectures given

      - type: quote                          # a statement or slogan
        text: A sentence to stress goes here
        by: Who said it (optional)

      - type: columns                        # two or three columns side by side
        title: Two measures side by side
        columns:
          - heading: First
            points: [A point, Another point]
          - heading: Second
            points: [A point, Another point]

      - type: table                          # a native table, editable in PowerPoint
        title: The table's title
        columns: [Item, Count]
        rows:
          - [First item, { value: 486, unit: staff }]
          - [Second item, { value: 200, approx: over, unit: sets }]
        caption: "Source: the annual report"

      - type: chart                          # a native chart: column, bar, line, pie, doughnut
        title: The chart's title
        chart: column
        categories: [January, February, March]
        series:
          - name: Count
            values: [12, 18, 25]

      # Picture slides need a picture (PNG or JPEG, in this file's folder); remove the # once you have one:
      # - type: image
      #   title: The picture's title
      #   image: images/photo.jpg
      #   alt: What the picture shows
      #   caption: A line under the picture (optional)
      #
      # - type: photos                       # two to four photos
      #   title: Moments of the year
      #   photos:
      #     - { image: images/a.jpg, alt: The first photo }
      #     - { image: images/b.jpg, alt: The second photo }

closing: true                                # the thank-you slide; false for none
`;

export function skeletonText(file: string, lang: 'en' | 'zh'): string {
  const head = lang === 'zh'
    ? '# 简报大纲：用 briefdeck build 生成演示文稿。格式说明见 docs/outline-format.md；\n# 下面一行让 VS Code（YAML 扩展）等编辑器补全和检查本文件。\n'
    : '# A briefing outline: briefdeck build turns it into a deck. The format: docs/outline-format.md.\n# The line below lets editors (VS Code with the YAML extension) complete and check this file.\n';
  return `# yaml-language-server: $schema=${outlineSchemaRef(file)}\n${head}${lang === 'zh' ? ZH : EN}`;
}
