// The benchmark's chart writer (packages/bench/src/svg.mjs): bars are drawn to scale, missing values and
// empty classes say so, targets sit where their value is, and text is escaped into well-formed SVG.
import { describe, expect, it } from 'vitest';

// @ts-expect-error -- plain ESM module of the benchmark package, without type declarations
import { barChart, escapeXml, niceMax } from '../packages/bench/src/svg.mjs';

const PANEL_WIDTH = 300;

interface Bar {
  series: string;
  category: string;
  value: number;
  x: number;
  width: number;
}

function bars(svg: string): Bar[] {
  return [
    ...svg.matchAll(
      /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-series="([^"]*)" data-category="([^"]*)" data-value="([^"]*)"/g,
    ),
  ].map(([, x, width, series, category, value]) => ({
    x: Number(x),
    width: Number(width),
    series: String(series),
    category: String(category),
    value: Number(value),
  }));
}

function targets(svg: string): { x: number; value: number }[] {
  return [...svg.matchAll(/<line x1="([\d.]+)"[^>]*data-target="([^"]*)"/g)].map(([, x, value]) => ({
    x: Number(x),
    value: Number(value),
  }));
}

/** Every element opened is closed, in order, and the document is one <svg> element. */
function isWellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(String(name));
  }
  return stack.length === 0 && svg.startsWith('<svg ') && svg.trimEnd().endsWith('</svg>');
}

const twoTools = {
  title: 'Detection',
  categories: ['jwt-pinned-algorithm', 'no-redirect-fetch'],
  series: [
    {
      name: 'ai-guard',
      values: [
        [1, 0.5],
        [0.25, null],
      ],
    },
    {
      name: 'security',
      values: [
        [0, 0.75],
        [null, null],
      ],
    },
  ],
  panels: [
    { title: 'recall', max: 1, target: { value: 0.9, label: 'target 0.9' } },
    { title: 'precision', max: 1 },
  ],
};

describe('barChart', () => {
  it('draws each bar at its value over the panel maximum', () => {
    const drawn = bars(barChart(twoTools));
    const recall = drawn.filter((b) => b.x === drawn[0]?.x);
    expect(recall.map((b) => [b.series, b.category, b.width])).toEqual([
      ['ai-guard', 'jwt-pinned-algorithm', PANEL_WIDTH],
      ['security', 'jwt-pinned-algorithm', 0],
      ['ai-guard', 'no-redirect-fetch', PANEL_WIDTH / 2],
      ['security', 'no-redirect-fetch', PANEL_WIDTH * 0.75],
    ]);
  });

  it('puts the second panel to the right of the first and scales it on its own', () => {
    const drawn = bars(barChart(twoTools));
    const [left, right] = [...new Set(drawn.map((b) => b.x))];
    expect(right! - left!).toBeGreaterThan(PANEL_WIDTH);
    expect(drawn.filter((b) => b.x === right).map((b) => b.width)).toEqual([PANEL_WIDTH / 4]);
  });

  it('draws no bar for a missing value and writes a dash instead', () => {
    const svg = barChart(twoTools);
    expect(bars(svg)).toHaveLength(5);
    expect(svg.match(/>—</g)).toHaveLength(3);
  });

  it('writes the category note instead of bars when a category has no value at all', () => {
    const svg = barChart({ ...twoTools, categoryNotes: [undefined, 'no cases yet'] });
    expect(svg.match(/no cases yet/g)).toHaveLength(1);
    expect(svg.match(/>—</g)).toHaveLength(1);
  });

  it('draws the target line at the target value', () => {
    const svg = barChart(twoTools);
    const [left] = bars(svg).map((b) => b.x);
    expect(targets(svg)).toEqual([{ x: left! + PANEL_WIDTH * 0.9, value: 0.9 }]);
    expect(svg).toContain('target 0.9');
  });

  it('clamps a value above the maximum to the panel and marks it', () => {
    const svg = barChart({ title: 't', categories: ['a'], series: [{ name: 's', values: [[3]] }], panels: [{ title: 'p', max: 2 }] });
    expect(bars(svg)[0]?.width).toBe(PANEL_WIDTH);
    expect(svg).toContain('3 ▸');
  });

  it('ends an automatic axis on a round number above the values and the target', () => {
    const svg = barChart({
      title: 't',
      categories: ['a', 'b'],
      series: [{ name: 's', values: [[0.4, 3.2]] }],
      panels: [{ title: 'per 100k', target: { value: 1, label: '≤ 1' } }],
    });
    const drawn = bars(svg);
    expect(drawn[1]!.width / drawn[0]!.width).toBeCloseTo(8, 5);
    expect(drawn[1]!.width).toBe(Math.round((3.2 / 5) * PANEL_WIDTH * 10) / 10);
  });

  it('escapes text and stays well-formed', () => {
    const svg = barChart({ ...twoTools, title: 'A <b> & "c"', categories: ['x<y', 'a&b'] });
    expect(isWellFormed(svg)).toBe(true);
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('x&lt;y');
    expect(svg).not.toContain('x<y');
  });
});

describe('niceMax', () => {
  it.each([
    [0.4, 0.5],
    [1, 1],
    [1.2, 2],
    [3.2, 5],
    [0.03, 0.05],
    [0.031, 0.05],
    [7, 10],
    [0, 1],
  ])('%s -> %s', (value, expected) => {
    expect(niceMax(value)).toBeCloseTo(expected, 10);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
