// Plain SVG bar charts for docs/benchmarks.md, written from the report's figures. No dependency: one
// horizontal grouped-bar layout with side-by-side panels (e.g. recall | precision), a legend, and an optional
// dashed target line per panel.
const palette = ['#1f6feb', '#d97706', '#059669', '#7c3aed', '#dc2626', '#6b7280', '#0891b2'];
const font = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

const layout = {
  margin: 16,
  titleHeight: 24,
  legendHeight: 22,
  panelTitleHeight: 20,
  axisHeight: 18,
  barHeight: 12,
  rowGap: 10,
  panelWidth: 300,
  panelGap: 56,
  charWidth: 6.6,
};

export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const r1 = (x) => Math.round(x * 10) / 10;

/** The smallest 1/2/2.5/5 x 10^n at or above `value`, so axes end on a round number. */
export function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value * (1 - 1e-9));
  return step * power;
}

/**
 * @param {object} chart
 * @param {string} chart.title
 * @param {string} [chart.subtitle]
 * @param {string[]} chart.categories rows, top to bottom
 * @param {{ name: string, values: (number | null)[][] }[]} chart.series values[panel][category]; null draws "—"
 * @param {{ title: string, max?: number, target?: { value: number, label: string }, format?: (v: number) => string }[]} chart.panels
 * @param {(string | undefined)[]} [chart.categoryNotes] text drawn instead of bars for a category (e.g. "no cases yet")
 */
export function barChart({ title, subtitle, categories, series, panels, categoryNotes = [] }) {
  const L = layout;
  const labelWidth = Math.ceil(Math.max(...categories.map((c) => c.length), 4) * L.charWidth) + 12;
  const rowHeight = series.length * L.barHeight + L.rowGap;
  const top = L.margin + L.titleHeight + (subtitle ? 16 : 0) + L.legendHeight + L.panelTitleHeight;
  const plotHeight = categories.length * rowHeight;
  const width = L.margin * 2 + labelWidth + panels.length * L.panelWidth + (panels.length - 1) * L.panelGap + 40;
  const height = top + plotHeight + L.axisHeight + L.margin;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" ${font} font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${L.margin}" y="${L.margin + 14}" font-size="15" font-weight="600" fill="#111827">${escapeXml(title)}</text>`,
  ];
  if (subtitle) out.push(`<text x="${L.margin}" y="${L.margin + 32}" fill="#4b5563">${escapeXml(subtitle)}</text>`);
  let legendX = L.margin + labelWidth;
  const legendY = L.margin + L.titleHeight + (subtitle ? 16 : 0) + 10;
  for (const [i, s] of series.entries()) {
    out.push(`<rect x="${r1(legendX)}" y="${legendY - 9}" width="10" height="10" fill="${palette[i % palette.length]}"/>`);
    out.push(`<text x="${r1(legendX + 14)}" y="${legendY}" fill="#111827">${escapeXml(s.name)}</text>`);
    legendX += 14 + s.name.length * L.charWidth + 18;
  }
  for (const [c, category] of categories.entries()) {
    const y = top + c * rowHeight + (rowHeight - L.rowGap) / 2 + 4;
    out.push(`<text x="${L.margin + labelWidth - 8}" y="${r1(y)}" text-anchor="end" fill="#111827">${escapeXml(category)}</text>`);
  }
  for (const [p, panel] of panels.entries()) {
    const x0 = L.margin + labelWidth + p * (L.panelWidth + L.panelGap);
    const values = series.flatMap((s) => s.values[p] ?? []).filter((v) => typeof v === 'number');
    const max = panel.max ?? niceMax(Math.max(...values, panel.target ? panel.target.value * 1.2 : 0));
    const format = panel.format ?? ((v) => String(Math.round(v * 100) / 100));
    const scale = (v) => (Math.min(Math.max(v, 0), max) / max) * L.panelWidth;
    out.push(`<text x="${x0}" y="${top - 8}" font-weight="600" fill="#111827">${escapeXml(panel.title)}</text>`);
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      const x = r1(x0 + tick * L.panelWidth);
      out.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotHeight}" stroke="#e5e7eb"/>`);
      out.push(
        `<text x="${x}" y="${top + plotHeight + 14}" text-anchor="middle" fill="#6b7280" font-size="10">${escapeXml(format(tick * max))}</text>`,
      );
    }
    for (const [c, category] of categories.entries()) {
      const rowTop = top + c * rowHeight;
      const allMissing = series.every((s) => typeof s.values[p]?.[c] !== 'number');
      if (allMissing && categoryNotes[c]) {
        out.push(
          `<text x="${x0 + 4}" y="${r1(rowTop + (rowHeight - L.rowGap) / 2 + 4)}" fill="#6b7280" font-style="italic">${escapeXml(categoryNotes[c])}</text>`,
        );
        continue;
      }
      for (const [i, s] of series.entries()) {
        const value = s.values[p]?.[c];
        const y = rowTop + i * L.barHeight;
        if (typeof value !== 'number') {
          out.push(`<text x="${x0 + 4}" y="${r1(y + L.barHeight - 2)}" fill="#6b7280" font-size="10">—</text>`);
          continue;
        }
        const w = r1(scale(value));
        out.push(
          `<rect x="${x0}" y="${r1(y)}" width="${w}" height="${L.barHeight - 2}" fill="${palette[i % palette.length]}" data-series="${escapeXml(s.name)}" data-category="${escapeXml(category)}" data-value="${value}"/>`,
        );
        out.push(
          `<text x="${r1(x0 + w + 4)}" y="${r1(y + L.barHeight - 2)}" fill="#374151" font-size="10">${escapeXml(format(value))}${value > max ? ' ▸' : ''}</text>`,
        );
      }
    }
    out.push(`<line x1="${x0}" y1="${top}" x2="${x0}" y2="${top + plotHeight}" stroke="#9ca3af"/>`);
    if (panel.target) {
      const x = r1(x0 + scale(panel.target.value));
      out.push(
        `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + plotHeight}" stroke="#dc2626" stroke-dasharray="4 3" data-target="${panel.target.value}"/>`,
      );
      out.push(
        `<text x="${x}" y="${top + plotHeight + 28}" text-anchor="middle" fill="#dc2626" font-size="10">${escapeXml(panel.target.label)}</text>`,
      );
    }
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
