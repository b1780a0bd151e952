// Thresholds: every chip as TPP against performance density (log-log), over the regions of the
// 3A090 prongs in force on the chosen date, with the January 2026 review band. Hand-written SVG:
// one chart type does not justify a charting library's weight.
import { get } from './api.js';
import { el, num, today } from './dom.js';
import { loaderFor, submitsTo } from './view.js';

const svg = (tag, attrs, ...children) => el(`svg:${tag}`, attrs, ...children);

// Okabe–Ito colours, each class also with its own marker shape.
const CLASS_STYLES = {
  '3A090.a': { color: '#D55E00', shape: 'triangle' },
  '3A090.b': { color: '#E69F00', shape: 'square' },
  '3A090': { color: '#CC79A7', shape: 'diamond' },
  'not-controlled': { color: '#0072B2', shape: 'circle' },
  unknown: { color: '#555555', shape: 'cross' },
};
const OTHER_CLASS = { color: '#009E73', shape: 'diamond' };
const style = (cls) => CLASS_STYLES[cls] || OTHER_CLASS;

const W = 760;
const H = 500;
const M = { left: 62, right: 14, top: 30, bottom: 46 };

let form;
let load;

export function init({ navigate }) {
  form = document.getElementById('thresholds-form');
  load = loaderFor(document.getElementById('thresholds-result'));
  submitsTo(form, 'thresholds', ['asOf'], navigate);
}

export function show(params) {
  const asOf = params.get('asOf') || today();
  form.elements.asOf.value = asOf;
  document.getElementById('vintage-now').href = `?view=thresholds&asOf=${today()}`;
  load('Classifying every chip…', async () => view(await get('/api/v1/thresholds', { asOf })));
}

const known = (c) => c.tpp != null && c.performanceDensity != null;

/** The response with every list present, so that a field the API drops cannot break the page. */
function normalised(data) {
  const regions = (data.regions || []).map((r) => ({
    ...r,
    tpp: r.tpp || {},
    performanceDensity: r.performanceDensity || {},
    tests: r.tests || [],
    alsoRequires: r.alsoRequires || [],
  }));
  return { ...data, regions, chips: data.chips || [], qualifications: data.qualifications || [], reviewBands: data.reviewBands || [] };
}

function view(response) {
  const data = normalised(response);
  const plotted = data.chips.filter(known);
  const unplotted = data.chips.filter((c) => !known(c));
  return el(
    'div',
    {},
    el('p', { class: 'question-line', text: `Criteria in force on ${data.asOf}: ${data.vintage === 'NONE' ? 'none (nothing was controlled yet)' : data.vintage} · ${plotted.length} chips plotted, ${unplotted.length} not` }),
    data.stale ? el('p', { class: 'warning', text: 'The catalog copy could not be confirmed: figures may be out of date.' }) : null,
    el(
      'div',
      { class: 'chart-layout' },
      el('figure', { class: 'chart' }, chart(data, plotted), legend(data)),
      el(
        'aside',
        { class: 'unplotted', 'aria-labelledby': 'unplotted-title' },
        el('h3', { id: 'unplotted-title', text: 'Not plotted: a figure is unknown' }),
        unplotted.length
          ? el('ul', { id: 'unplotted' }, unplotted.map((c) => el('li', { 'data-chip': c.slug }, el('strong', { text: c.name }), ` — ${missing(c)}`)))
          : el('p', { text: 'Every chip has both figures.' })
      )
    ),
    criteria(data),
    figuresTable(plotted)
  );
}

function missing(c) {
  const what = c.unknown && c.unknown.length ? c.unknown : ['tpp', 'performanceDensity'].filter((k) => c[k] == null);
  const names = what.map((k) => (k === 'tpp' ? 'TPP' : k === 'performanceDensity' ? 'performance density' : k));
  const knownPart = c.tpp != null ? `; TPP ${num(c.tpp)}` : '';
  return `${names.join(' and ')} unknown${knownPart}; class ${c.class || 'not decided'}`;
}

function logScale(lo, hi, from, to) {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return (v) => from + ((Math.log10(v) - a) / (b - a)) * (to - from);
}

function domain(values, fallback) {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return fallback;
  return [10 ** Math.floor(Math.log10(Math.min(...positive) * 0.8)), 10 ** Math.ceil(Math.log10(Math.max(...positive) * 1.25))];
}

function ticks([lo, hi]) {
  const out = [];
  for (let d = lo; d <= hi; d *= 10) for (const m of [1, 2, 5]) if (d * m <= hi) out.push(d * m);
  return out;
}

const short = (v) => (v >= 1000 ? `${num(v / 1000)}k` : num(v));

function chart(data, plotted) {
  const bounds = (key) => data.regions.flatMap((r) => [r[key].min, r[key].max]).filter((v) => v != null);
  const bands = data.reviewBands;
  const [x0, x1] = domain([...plotted.map((c) => c.tpp), ...bounds('tpp'), ...bands.map((b) => b.tppBelow)], [100, 100000]);
  const [y0, y1] = domain([...plotted.map((c) => c.performanceDensity), ...bounds('performanceDensity')], [0.1, 100]);
  const sx = logScale(x0, x1, M.left, W - M.right);
  const sy = logScale(y0, y1, H - M.bottom, M.top);
  const clip = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const X = (v) => clip(sx(v), M.left, W - M.right);
  const Y = (v) => clip(sy(v), M.top, H - M.bottom);

  const grid = [
    ticks([x0, x1]).map((t) => [
      svg('line', { class: 'grid', x1: sx(t), x2: sx(t), y1: M.top, y2: H - M.bottom }),
      svg('text', { class: 'tick', x: sx(t), y: H - M.bottom + 16, 'text-anchor': 'middle' }, short(t)),
    ]),
    ticks([y0, y1]).map((t) => [
      svg('line', { class: 'grid', x1: M.left, x2: W - M.right, y1: sy(t), y2: sy(t) }),
      svg('text', { class: 'tick', x: M.left - 6, y: sy(t) + 4, 'text-anchor': 'end' }, num(t)),
    ]),
    svg('text', { class: 'axis-title', x: (M.left + W - M.right) / 2, y: H - 8, 'text-anchor': 'middle' }, 'Total processing performance (TPP), log scale'),
    svg('text', { class: 'axis-title', transform: `translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle' }, 'Performance density (TPP / die mm²), log scale'),
  ];

  const rect = (r, maxTpp) => {
    const left = X(r.tpp.min ?? x0);
    const right = X(Math.min(r.tpp.max ?? x1, maxTpp ?? x1));
    const top = Y(r.performanceDensity.max ?? y1);
    const bottom = Y(r.performanceDensity.min ?? y0);
    return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  };
  const reserved = [];
  const regions = data.regions.map((r) => {
    const box = rect(r);
    const labelY = r.performanceDensity.min != null ? box.y + box.height - 5 : box.y + 13;
    // A prong's test on another quantity (the 2022 interconnect test) is named in its label.
    const label = [r.clause, ...r.alsoRequires].join(' + ');
    reserved.push({ x: box.x + 4, y: labelY - 10, w: label.length * 6.6, h: 12 });
    return svg(
      'g',
      { class: 'region', 'data-clause': r.clause },
      svg('rect', { ...box, fill: style(r.class).color, 'fill-opacity': 0.1, stroke: style(r.class).color, 'stroke-dasharray': '5 3' }),
      svg('text', { class: 'region-label', x: box.x + 4, y: labelY, fill: style(r.class).color }, label),
      svg('title', {}, `${r.clause} (${r.class}): ${r.tests.join(' and ')}${r.alsoRequires.length ? ` — also ${r.alsoRequires.join(', ')}, not on these axes` : ''}`)
    );
  });

  const bandMarks = bands.map((b) => {
    const x = sx(b.tppBelow);
    const hatched = b.inForce ? data.regions.filter((r) => r.class === b.appliesToClass).map((r) => svg('rect', { ...rect(r, b.tppBelow), fill: 'url(#band-hatch)' })) : [];
    return svg(
      'g',
      { class: `band${b.inForce ? ' in-force' : ''}` },
      hatched,
      svg('line', { x1: x, x2: x, y1: M.top, y2: H - M.bottom, class: 'band-line' }),
      svg('text', { class: 'band-label', x: x - 4, y: M.top - 8, 'text-anchor': 'end' }, `${b.inForce ? '' : 'not yet: '}review band TPP < ${num(b.tppBelow)}`),
      svg('title', {}, `${b.name} (from ${b.effectiveFrom}${b.inForce ? '' : ', not in force on this date'}): ${b.appliesTo}. ${b.citation}`)
    );
  });

  // Chips with identical figures are set side by side, so that each one's marker shows.
  const sameSpot = new Map();
  const points = plotted.map((c) => {
    const s = style(c.class);
    const spot = `${c.tpp}|${c.performanceDensity}`;
    const shared = plotted.filter((o) => `${o.tpp}|${o.performanceDensity}` === spot).length;
    const index = sameSpot.get(spot) || 0;
    sameSpot.set(spot, index + 1);
    const cx = sx(c.tpp) + (index - (shared - 1) / 2) * 9;
    const cy = sy(c.performanceDensity);
    return svg(
      'g',
      { class: 'point', 'data-chip': c.slug, 'data-class': c.class, tabindex: 0, role: 'img', 'aria-label': `${c.name}: TPP ${num(c.tpp)}, performance density ${num(c.performanceDensity)}, ${c.class}` },
      svg('path', { d: marker(s.shape, cx, cy), fill: s.color, stroke: '#000', 'stroke-width': 0.8 }),
      svg('title', {}, `${c.name}: TPP ${num(c.tpp)}${c.tppPrecision ? ` (${c.tppPrecision})` : ''}, performance density ${num(c.performanceDensity)}, class ${c.class}${c.memoryBandwidthGBps ? `, memory bandwidth ${num(c.memoryBandwidthGBps)} GB/s` : ''}`)
    );
  });

  return svg(
    'svg',
    { id: 'threshold-chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `TPP against performance density on ${data.asOf}: ${plotted.length} chips` },
    svg('defs', {}, svg('pattern', { id: 'band-hatch', width: 7, height: 7, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, svg('line', { x1: 0, y1: 0, x2: 0, y2: 7, stroke: '#000', 'stroke-opacity': 0.28, 'stroke-width': 2 }))),
    svg('rect', { class: 'plot', x: M.left, y: M.top, width: W - M.left - M.right, height: H - M.top - M.bottom }),
    grid,
    regions,
    bandMarks,
    points,
    labels(plotted, sx, sy, reserved)
  );
}

function marker(shape, x, y) {
  const r = 6;
  switch (shape) {
    case 'triangle':
      return `M${x},${y - r} L${x + r},${y + r * 0.8} L${x - r},${y + r * 0.8}Z`;
    case 'square':
      return `M${x - r * 0.8},${y - r * 0.8} h${r * 1.6} v${r * 1.6} h${-r * 1.6}Z`;
    case 'diamond':
      return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y}Z`;
    case 'cross':
      return `M${x - r},${y - 2} h${r - 2} v${-r + 2} h4 v${r - 2} h${r - 2} v4 h${-r + 2} v${r - 2} h-4 v${-r + 2} h${-r + 2}Z`;
    default:
      return `M${x - r},${y} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/**
 * One label per position (chips with identical figures share it), placed beside its point where
 * it overlaps no label placed before it and none of the {@code reserved} boxes (region labels).
 */
function labels(plotted, sx, sy, reserved) {
  const groups = new Map();
  for (const c of plotted) {
    const key = `${c.tpp}|${c.performanceDensity}`;
    if (!groups.has(key)) groups.set(key, { x: sx(c.tpp), y: sy(c.performanceDensity), names: [] });
    groups.get(key).names.push(c.name);
  }
  const placed = [...reserved];
  const overlaps = (b) => placed.some((p) => b.x < p.x + p.w && p.x < b.x + b.w && b.y < p.y + p.h && p.y < b.y + b.h);
  const out = [];
  for (const g of groups.values()) {
    const text = g.names.join(' · ');
    const w = text.length * 6.1;
    const h = 12;
    const candidates = [
      { x: g.x + 9, y: g.y - 6 },
      { x: g.x - 9 - w, y: g.y - 6 },
      { x: g.x - w / 2, y: g.y - 20 },
      { x: g.x - w / 2, y: g.y + 9 },
      { x: g.x + 9, y: g.y + 6 },
      { x: g.x - 9 - w, y: g.y + 6 },
    ].map((p) => ({ ...p, w, h }));
    const inside = (b) => b.x >= M.left && b.x + b.w <= W - M.right && b.y >= M.top && b.y + b.h <= H - M.bottom;
    const box = candidates.find((b) => inside(b) && !overlaps(b)) || candidates.find(inside) || candidates[0];
    placed.push(box);
    out.push(svg('text', { class: 'point-label', x: box.x, y: box.y + 10 }, text));
  }
  return svg('g', { 'aria-hidden': 'true' }, out);
}

function legend(data) {
  const classes = [...new Set(data.chips.filter(known).map((c) => c.class))];
  return el(
    'figcaption',
    {},
    el(
      'ul',
      { class: 'legend' },
      classes.map((cls) =>
        el(
          'li',
          {},
          svg('svg', { class: 'legend-marker', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, svg('path', { d: marker(style(cls).shape, 8, 8), fill: style(cls).color, stroke: '#000', 'stroke-width': 0.8 })),
          ` ${cls}`
        )
      ),
      el('li', {}, el('span', { class: 'swatch hatch', 'aria-hidden': 'true' }), ' review band (where in force)')
    ),
    'Dashed boxes are the prongs in force; points are chips with both figures. Chips with identical figures sit side by side under one label.'
  );
}

function criteria(data) {
  if (!data.regions.length && !data.qualifications.length) {
    return el('p', { text: `No classification criteria were in force on ${data.asOf}.` });
  }
  return el(
    'section',
    { class: 'part criteria' },
    el('h3', { text: `The criteria (${data.vintage})` }),
    el(
      'ul',
      {},
      data.regions.map((r) =>
        el('li', {}, el('strong', { text: r.clause }), ` → ${r.class}: ${r.tests.join(' and ')}`, r.alsoRequires.length ? ` (the chart cannot show: ${r.alsoRequires.join(', ')})` : '', el('span', { class: 'cite', text: ` — ${r.citation}` }))
      ),
      data.qualifications.map((q) =>
        el('li', {}, el('strong', { text: q.clause }), ` (${String(q.kind || '').toLowerCase().replace('_', ' ')})`, (q.tests || []).length ? `: ${q.tests.join(' and ')}` : '', q.note ? `. ${q.note}` : '', el('span', { class: 'cite', text: ` — ${q.citation}` }))
      ),
      data.reviewBands.map((b) =>
        el('li', {}, el('strong', { text: b.name }), ` (from ${b.effectiveFrom}${b.inForce ? '' : '; not in force on this date'}): ${b.appliesTo}. `, el('a', { href: b.sourceUrl, rel: 'noopener', text: b.citation }))
      )
    )
  );
}

function figuresTable(plotted) {
  return el(
    'details',
    { class: 'figures' },
    el('summary', { text: 'The plotted figures as a table' }),
    el(
      'div',
      { class: 'scroll' },
      el(
        'table',
        { class: 'data' },
        el('thead', {}, el('tr', {}, ['Chip', 'Class', 'TPP', 'Performance density', 'Memory bandwidth (GB/s)'].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, plotted.map((c) => el('tr', {}, el('th', { scope: 'row', text: c.name }), el('td', { text: c.class }), el('td', { class: 'num', text: num(c.tpp) }), el('td', { class: 'num', text: num(c.performanceDensity) }), el('td', { class: 'num', text: num(c.memoryBandwidthGBps) }))))
      )
    )
  );
}
