// Ask: one question, one answer card. The question lives in the query string.
import { get } from './api.js';
import { el, num, words, answerBadge, value, extras, today } from './dom.js';
import { fill, loaderFor, submitsTo } from './view.js';

const MORE = ['count', 'precision', 'context', 'engine', 'inputTokens', 'outputTokens', 'concurrency', 'exportFrom'];
const FIELDS = ['model', 'chip', 'destination', 'asOf', ...MORE];

let form;
let result;
let load;

export function init({ navigate }) {
  form = document.getElementById('ask-form');
  result = document.getElementById('ask-result');
  load = loaderFor(result);
  submitsTo(form, 'ask', FIELDS, navigate);
}

export function show(params) {
  fill(form, FIELDS, params);
  if (!form.elements.asOf.value) form.elements.asOf.value = today();
  if (MORE.some((name) => params.get(name))) document.getElementById('ask-more').open = true;
  if (!params.get('model') || !params.get('chip') || !params.get('destination')) {
    load(null, () =>
      el('p', { class: 'hint', text: 'Name a model, a chip or system and a destination, then Ask.' })
    );
    return;
  }
  const query = Object.fromEntries(FIELDS.map((name) => [name, params.get(name)]));
  load('Asking…', async () => answerCard(await get('/api/v1/answer', query), params));
}

function answerCard(a, params) {
  const technical = a.technical || {};
  const policy = a.policy || {};
  return el(
    'article',
    { id: 'answer-card', class: 'card' },
    el('header', { class: 'answer-head' }, answerBadge(a.answer, true), el('p', { class: 'summary', text: a.summary })),
    el('p', { class: 'question-line' }, questionLine(a.query || {}, policy), ' · ', el('a', { href: `?${permalink(params, a.query)}`, text: 'link to this answer' })),
    a.stale
      ? el('p', { class: 'warning', text: 'The catalog copy could not be confirmed with catalog-service: figures may be out of date.' })
      : null,
    policy.available === false
      ? el(
          'p',
          { class: 'warning policy-unavailable' },
          el('strong', { text: 'No verdict from the policy service: ' }),
          policy.reason || 'it could not be reached',
          '. canrun never answers YES without one.'
        )
      : null,
    fitSection(technical),
    listSection('Smaller layouts refused', technical.rejectedLayouts),
    speedSection(technical.performance),
    policySection(policy),
    compatibilitySection(a.compatibility),
    listSection('Notes', technical.notes),
    sourcesSection(a.sources),
    other(a, ['answer', 'summary', 'stale', 'query', 'technical', 'compatibility', 'policy', 'sources'])
  );
}

/** The question's URL with the date the answer used, so the link gives this answer later too. */
function permalink(params, q) {
  const link = new URLSearchParams(params);
  if (!link.get('asOf') && q && q.asOf) link.set('asOf', q.asOf);
  return link;
}

function questionLine(q, policy) {
  const parts = [
    q.model && `${q.model} on ${q.system || q.chip}`,
    q.destination && `to ${q.destination}`,
    q.exportFrom && `shipped from ${q.exportFrom}`,
    q.asOf && `as of ${q.asOf}`,
    (q.policyVersion || policy.policyVersion) && `policy version ${q.policyVersion || policy.policyVersion}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

function section(title, ...content) {
  const body = content.flat().filter(Boolean);
  return body.length ? el('section', { class: 'part' }, el('h3', { text: title }), body) : null;
}

function facts(rows) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return shown.length ? el('dl', { class: 'facts' }, shown.map(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)])) : null;
}

/** Fields the API added after this page was written: shown as they come, never dropped. */
function other(obj, known) {
  const rest = extras(obj, known);
  return rest ? el('div', { class: 'other' }, rest) : null;
}

const TECHNICAL = [
  'fits', 'chipsRequired', 'chipsUsed', 'precision', 'kvCachePrecision', 'tensorParallel',
  'pipelineStages', 'expertParallel', 'nodes', 'layout', 'rejectedLayouts', 'contextTokens',
  'inputTokens', 'outputTokens', 'concurrency', 'concurrencyWasMax', 'maxConcurrencyAtContext',
  'memory', 'performance', 'notes', 'engine',
];

function fitSection(t) {
  const fits = t.fits === true ? 'yes' : t.fits === false ? 'no' : 'unknown';
  const chips = t.chipsRequired == null ? null : `${t.chipsRequired} required${t.chipsUsed && t.chipsUsed !== t.chipsRequired ? `, ${t.chipsUsed} used` : ''}`;
  return section(
    'Fit',
    facts([
      ['Fits', fits],
      ['Chips', chips],
      ['Precision', t.precision && `weights ${t.precision}${t.kvCachePrecision ? `, KV cache ${t.kvCachePrecision}` : ''}`],
      ['Layout', layout(t)],
      ['Engine', t.engine == null ? null : value(t.engine)],
      ['Context', t.contextTokens && num(t.contextTokens, 'tokens')],
      ['Request', t.inputTokens && `${num(t.inputTokens)} prompt + ${num(t.outputTokens)} output tokens`],
      ['Concurrency', t.concurrency && `${t.concurrency}${t.concurrencyWasMax ? ', the most that fit' : ''}${t.maxConcurrencyAtContext ? ` (at most ${t.maxConcurrencyAtContext} at the full context)` : ''}`],
    ]),
    memoryBar(t.memory),
    other(t, TECHNICAL)
  );
}

/** TP × PP (× EP, nodes) from flat fields or a {@code layout} object, whichever the API gives. */
function layout(t) {
  const l = t.layout && typeof t.layout === 'object' ? t.layout : {};
  const pick = (...keys) => keys.map((k) => l[k] ?? t[k]).find((v) => v !== null && v !== undefined);
  const parts = [
    ['TP', pick('tensorParallel', 'tp')],
    ['PP', pick('pipelineParallel', 'pipelineStages', 'pp')],
    ['EP', pick('expertParallel', 'ep')],
  ].filter(([, v]) => v !== undefined);
  const nodes = pick('nodes');
  if (!parts.length && nodes === undefined) return t.layout ? value(t.layout) : null;
  const text = parts.map(([k, v]) => `${k} ${v}`).join(' × ');
  const rest = extras(l, ['tensorParallel', 'tp', 'pipelineParallel', 'pipelineStages', 'pp', 'expertParallel', 'ep', 'nodes']);
  return el('span', {}, text, nodes !== undefined ? ` on ${nodes} node${nodes === 1 ? '' : 's'}` : '', rest);
}

const SEGMENTS = [
  ['weightsGiB', 'Weights', 'seg-weights'],
  ['kvCacheGiB', 'KV cache', 'seg-kv'],
  ['fixedStateGiB', 'Fixed state', 'seg-fixed'],
  ['runtimeReserveGiB', 'Runtime reserve', 'seg-reserve'],
];

function memoryBar(m) {
  if (!m) return null;
  const capacity = m.capacityGiB || m.budgetGiB || m.totalGiB;
  if (!capacity) return value(m);
  const share = (v) => `${Math.min(100, (100 * v) / capacity).toFixed(2)}%`;
  const used = SEGMENTS.filter(([key]) => m[key] > 0);
  const label = `Memory per chip: ${num(m.totalGiB, 'GiB')} used of a ${num(m.budgetGiB, 'GiB')} budget, ${num(m.capacityGiB, 'GiB')} capacity`;
  return el(
    'figure',
    { class: 'memory' },
    el(
      'div',
      { class: 'membar', role: 'img', 'aria-label': label },
      used.map(([key, name, cls]) => el('span', { class: `seg ${cls}`, style: `width:${share(m[key])}`, title: `${name} ${num(m[key], 'GiB')}` })),
      m.budgetGiB ? el('span', { class: 'budget', style: `left:${share(m.budgetGiB)}`, title: `Budget ${num(m.budgetGiB, 'GiB')}` }) : null
    ),
    el(
      'figcaption',
      {},
      el('ul', { class: 'legend' }, used.map(([key, name, cls]) => el('li', {}, el('span', { class: `swatch ${cls}` }), `${name} ${num(m[key], 'GiB')}`))),
      label + (m.capacityBasis ? ` (${m.capacityBasis}); the line marks the budget.` : '; the line marks the budget.'),
      m.budgetRule ? ` ${m.budgetRule}.` : '',
      m.kvCacheCapacityTokens ? ` Room for ${num(m.kvCacheCapacityTokens, 'tokens')} of KV cache.` : '',
      other(m, [...SEGMENTS.map(([key]) => key), 'totalGiB', 'budgetGiB', 'capacityGiB', 'capacityBasis', 'budgetRule', 'kvCacheCapacityTokens'])
    )
  );
}

const SPEED = [
  ['decodeTokensPerSecond', 'Decode, one request', 'tokens/s'],
  ['aggregateDecodeTokensPerSecond', 'Decode, all requests', 'tokens/s'],
  ['outputTokensPerSecond', 'Output, all requests', 'tokens/s'],
  ['prefillTokensPerSecond', 'Prefill', 'tokens/s'],
  ['timeToFirstTokenMs', 'Time to first token', 'ms'],
  ['timePerOutputTokenMs', 'Time per output token', 'ms'],
  ['decodeBoundTokensPerSecond', 'Decode bound (roofline)', 'tokens/s'],
  ['prefillBoundTokensPerSecond', 'Prefill bound (roofline)', 'tokens/s'],
];

function speedSection(p) {
  if (!p) return null;
  return section(
    'Speed',
    facts([
      ...SPEED.map(([key, label, unit]) => [label, p[key] == null ? null : num(p[key], unit)]),
      ['Range', p.range == null ? null : range(p.range)],
      ['Bottleneck', words(p.bottleneck)],
      ['Calibration', p.calibration == null ? null : value(p.calibration)],
    ]),
    other(p, [...SPEED.map(([key]) => key), 'range', 'bottleneck', 'calibration'])
  );
}

/** A low–high range, whatever its bounds are called; anything else as it comes. */
function range(r) {
  if (typeof r !== 'object') return value(r);
  const low = r.low ?? r.min ?? r.lower;
  const high = r.high ?? r.max ?? r.upper;
  if (low == null || high == null) return value(r);
  const rest = extras(r, ['low', 'min', 'lower', 'high', 'max', 'upper']);
  return el('span', {}, `${num(low)} – ${num(high)}${r.unit ? ` ${r.unit}` : ''}`, rest);
}

const POLICY = ['verdict', 'available', 'reason', 'regimes', 'classification', 'policyVersion', 'asOf'];

function policySection(p) {
  const c = p.classification;
  return section(
    'Export controls',
    facts([
      ['Verdict', p.verdict && words(p.verdict)],
      [
        'Classification',
        c &&
          el(
            'span',
            {},
            `${c.class || 'unknown'} · TPP ${num(c.tpp)} · performance density ${num(c.performanceDensity)} `,
            el('a', { href: `?view=thresholds&asOf=${encodeURIComponent(p.asOf || '')}`, text: 'see thresholds' })
          ),
      ],
    ]),
    other(p, POLICY),
    (p.regimes || []).map(regime)
  );
}

const REGIME = ['regime', 'verdict', 'reviewPolicy', 'confidence', 'rules', 'conditions', 'assumptions', 'notes'];

function regime(r) {
  const rules = r.rules || [];
  const deciding = rules.filter((rule) => rule.decisive);
  const shown = deciding.length ? deciding : rules.slice(0, 1);
  const others = rules.filter((rule) => !shown.includes(rule));
  return el(
    'section',
    { class: 'regime', 'data-regime': r.regime },
    el(
      'h4',
      {},
      `${r.regime}: `,
      el('span', { class: 'verdict', text: words(r.verdict) }),
      r.reviewPolicy ? ` (${words(r.reviewPolicy)})` : '',
      r.confidence ? el('span', { class: 'confidence', text: ` · confidence ${r.confidence}` }) : ''
    ),
    shown.map(rule),
    listBlock('Conditions', r.conditions, 'ol'),
    listBlock('Assumptions', r.assumptions),
    listBlock('Notes', r.notes),
    others.length
      ? el('details', {}, el('summary', { text: `${others.length} other matching rule${others.length === 1 ? '' : 's'}` }), others.map(rule))
      : null,
    other(r, REGIME)
  );
}

function rule(x) {
  return el(
    'div',
    { class: 'rule' },
    el('p', { class: 'rule-title' }, el('strong', { text: x.title || x.id })),
    el(
      'p',
      { class: 'rule-meta' },
      el('code', { text: x.id }),
      x.effect ? ` · ${words(x.effect)}` : '',
      x.citation ? ` · ${x.citation}` : '',
      x.sourceUrl ? [' · ', el('a', { href: x.sourceUrl, rel: 'noopener', text: 'source' })] : ''
    ),
    x.reason ? el('p', { class: 'rule-reason', text: x.reason }) : null,
    other(x, ['id', 'title', 'citation', 'sourceUrl', 'effect', 'reviewPolicy', 'reason', 'decisive', 'confidence', 'status'])
  );
}

function listBlock(title, items, tag = 'ul') {
  if (!items || !items.length) return null;
  return el('div', { class: 'list-block' }, el('h5', { text: title }), el(tag, {}, items.map((i) => el('li', {}, value(i)))));
}

function listSection(title, items) {
  return items && items.length ? section(title, el('ul', {}, items.map((i) => el('li', {}, value(i))))) : null;
}

function compatibilitySection(c) {
  if (!c) return null;
  return section(
    'Published evidence',
    el('p', { text: c.status === 'NO_EVIDENCE' ? 'No published claim found (which says nothing either way).' : words(c.status) }),
    (c.evidence || []).length
      ? el(
          'ul',
          {},
          c.evidence.map((e) =>
            el('li', {}, `${words(e.status)}: ${e.claim || ''} `, e.announcedBy ? `(${e.announcedBy}${e.date ? `, ${e.date}` : ''}) ` : '', (e.sources || []).map(sourceLink))
          )
        )
      : null
  );
}

function sourceLink(s) {
  const text = s.citation || s.url;
  return el('span', { class: 'source' }, s.url ? el('a', { href: s.url, rel: 'noopener', text }) : text, s.date ? ` (${s.date})` : '', ' ');
}

function sourcesSection(sources) {
  if (!sources || !sources.length) return null;
  return section(
    'Sources',
    el('ul', { class: 'sources' }, sources.map((s) => el('li', {}, s.about ? `${s.about}: ` : '', sourceLink(s))))
  );
}
