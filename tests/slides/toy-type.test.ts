/**
 * A slide type registered from outside the registry module (tests/slides/toy-steps.ts, written
 * by following docs/adding-a-slide-type.md) takes part in everything: the outline's schema and
 * messages, templates' type scale, the deck's layouts, titles and drawing, and a valid .pptx.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { DeckError } from '../../src/core/errors.js';
import { outlineJsonSchema } from '../../src/outline/json-schema.js';
import { parseOutline } from '../../src/outline/load.js';
import { registerSlideType, slideTypeNames, unregisterSlideType } from '../../src/slides/registry.js';
import { loadTemplate } from '../../src/template/load.js';
import { inspectDeck } from '../helpers/deck-document.js';
import { stepsType } from './toy-steps.js';

const OUTLINE = `title: 工作流程汇报
organization: 测试单位
slides:
  - type: steps
    title: 三步推进重点工作
    steps: [摸清底数, 制定方案, 抓好落实]
  - type: steps
    steps: [学习, 实践, 总结]
  - type: points
    title: 要点
    points: [第一项, 第二项]
`;

const dir = mkdtempSync(join(tmpdir(), 'bd-toy-'));
beforeAll(() => registerSlideType(stepsType));
afterAll(() => {
  unregisterSlideType('steps');
  rmSync(dir, { recursive: true, force: true });
});

describe('a slide type registered from outside the registry', () => {
  it('is an outline type: in the schema, the JSON Schema and the list of types', () => {
    expect(slideTypeNames()).toEqual(['points', 'numbers', 'number', 'quote', 'columns', 'table', 'chart', 'image', 'photos', 'steps']);
    const doc = parseOutline(OUTLINE, 'toy.yaml');
    expect(doc.outline.slides!.map((s) => s.type)).toEqual(['steps', 'steps', 'points']);
    expect(JSON.stringify(outlineJsonSchema())).toContain('The steps, 2–5.');
  });

  it('reports its problems with positions, in its own words', () => {
    const bad = OUTLINE.replace('steps: [学习, 实践, 总结]', 'steps: [一, 二, 三, 四, 五, 六]').replace('type: points', 'type: step');
    let err: DeckError | undefined;
    try {
      parseOutline(bad, 'toy.yaml');
    } catch (e) {
      err = e as DeckError;
    }
    expect(err).toBeInstanceOf(DeckError);
    const lines = err!.diagnostics.map((d) => `${d.pos?.line}:${d.pos?.column} ${d.code} ${d.message} | ${d.hint}`);
    expect(lines).toContainEqual(expect.stringMatching(/^8:12 OUTLINE_SCHEMA 6 steps; a row holds at most 5 \| split the steps over two slides$/));
    expect(lines).toContainEqual(expect.stringMatching(/^9:11 OUTLINE_SCHEMA unknown slide type "step" \| did you mean `type: steps`\?$/));
     // its wording is plain strings: the same in both languages; briefdeck's own words around it are Chinese
    const steps = err!.diagnostics.find((d) => d.pos?.line === 8)!;
    expect(steps.zh).toEqual({ message: '6 steps; a row holds at most 5', hint: 'split the steps over two slides' });
    expect(err!.diagnostics.find((d) => d.pos?.line === 9)!.zh).toEqual({ message: '未知的幻灯片类型：“step”', hint: '您是不是要写 `type: steps`？' });
  });

  it('adds its text role to templates, with its default range and safe limits', () => {
    expect(loadTemplate('party-red').theme.type.step).toEqual([18, 24]);
    const tdir = join(dir, 'tpl');
    execFileSync('mkdir', ['-p', tdir]);
    writeFileSync(join(tdir, 'template.yaml'), 'name: toy\nextends: party-red\ntype:\n  step: [16, 40]\n');
    expect(() => loadTemplate(tdir)).toThrow(/type\.step: \[16, 40\] pt is outside the safe range 14–32 pt/);
  });

  it('builds a valid deck: its layout, titles, drawing and theme colours', async () => {
    const outline = join(dir, 'toy.yaml');
    writeFileSync(outline, OUTLINE);
    const r = await build({ outline, output: join(dir, 'toy.pptx'), cwd: dir });
    const deck = r.deck;
    expect(deck.layouts.map((l) => l.name)).toEqual(['封面', '目录', '节标题', '标题和内容', '关键数字', '引语', '并列', '表格', '图表', '图片', '流程', '结束页']);
    const steps = deck.slides.filter((s) => s.kind === 'steps');
    expect(steps.map((s) => s.layout)).toEqual(['流程', '流程']);
    expect(steps.map((s) => s.title)).toEqual(['三步推进重点工作', '学习、实践、总结']);
    expect(steps[0]!.boxes.filter((b) => b.kind === 'text' && b.role === 'step')).toHaveLength(3);
    const bytes = readFileSync(r.output!);
    const report = inspectDeck(bytes, deck);
    expect(report.problems).toEqual([]);
    expect(report.titled).toBe(deck.slides.length);
    expect(report.rgbColors).toBe(0);
    expect(report.namedFonts).toBe(0);
    const validator = join(process.cwd(), '..', 'shared', 'tools', 'ooxml-validate.sh');
    if (existsSync(validator)) {
      const out = execFileSync('bash', [validator, r.output!], { encoding: 'utf8' });
      expect(out).toMatch(/0 schema errors, 0 broken relationships, 0 content-type errors/);
    }
  });

  it('refuses a name or a role that is taken', () => {
    expect(() => registerSlideType(stepsType)).toThrow(/exists already/);
    expect(() => registerSlideType({ ...stepsType, name: 'cover' })).toThrow(/exists already/);
    expect(() => registerSlideType({ ...stepsType, name: 'steps2' })).toThrow(/the text role "step" exists already/);
    expect(() => unregisterSlideType('points')).toThrow(/built in/);
  });
});
