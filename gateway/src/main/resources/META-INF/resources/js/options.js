// Options: every chip for one model and destination, as a table sortable by any column.
import { get } from './api.js';
import { el, num, words, answerBadge, today } from './dom.js';
import { fill, loaderFor, submitsTo } from './view.js';

const FIELDS = ['model', 'destination', 'asOf', 'precision', 'context', 'engine', 'inputTokens', 'outputTokens', 'concurrency'];
const ANSWER_ORDER = { YES: 0, CONDITIONAL: 1, UNKNOWN: 2, NO: 3 };

const byNumber = (key) => (a, b) => (a[key] ?? -Infinity) - (b[key] ?? -Infinity);
const byText = (key) => (a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? ''));

const COLUMNS = [
  { key: 'rank', label: '#', compare: byNumber('rank') },
  { key: 'name', label: 'Chip', compare: byText('name') },
  { key: 'answer', label: 'Answer', compare: (a, b) => (ANSWER_ORDER[a.answer] ?? 9) - (ANSWER_ORDER[b.answer] ?? 9) },
  { key: 'chipsRequired', label: 'Chips needed', compare: byNumber('chipsRequired') },
  { key: 'precision', label: 'Precision', compare: byText('precision') },
  { key: 'decodeTokensPerSecond', label: 'Decode tokens/s', compare: byNumber('decodeTokensPerSecond') },
  { key: 'throughputPerChip', label: 'Tokens/s per chip', compare: byNumber('throughputPerChip') },
  { key: 'verdict', label: 'Export verdict', compare: byText('verdict') },
];

let form;
let result;
let load;

export function init({ navigate }) {
  form = document.getElementById('options-form');
  result = document.getElementById('options-result');
  load = loaderFor(result);
  submitsTo(form, 'options', FIELDS, navigate);
}

export function show(params) {
  fill(form, FIELDS, params);
  if (!form.elements.asOf.value) form.elements.asOf.value = today();
  if (!params.get('model') || !params.get('destination')) {
    load(null, () => el('p', { class: 'hint', text: 'Name a model and a destination to rank every chip.' }));
    return;
  }
  const query = Object.fromEntries(FIELDS.map((name) => [name, params.get(name)]));
  load('Ranking every chip…', async () => optionsTable(await get('/api/v1/options', query), params));
}

function optionsTable(data, params) {
  const rows = (data.options || []).map((o) => ({ ...o, name: o.name || o.chip }));
  const sort = { column: COLUMNS[0], ascending: true };
  const body = el('tbody');
  const headers = COLUMNS.map((column) =>
    el('th', { scope: 'col', 'data-key': column.key }, el('button', { type: 'button', onclick: () => sortBy(column) }, column.label))
  );

  function sortBy(column) {
    sort.ascending = sort.column === column ? !sort.ascending : true;
    sort.column = column;
    render();
  }

  function render() {
    const sorted = [...rows].sort((a, b) => (sort.ascending ? 1 : -1) * sort.column.compare(a, b));
    headers.forEach((th, i) => {
      if (COLUMNS[i] === sort.column) th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    body.replaceChildren(...sorted.map((o) => row(o, data, params)));
  }

  render();
  return el(
    'div',
    {},
    el('p', { class: 'question-line', text: `${data.model} to ${data.destination} · as of ${data.asOf} · policy version ${data.policyVersion ?? '—'} · ${rows.length} chips` }),
    data.stale ? el('p', { class: 'warning', text: 'The catalog copy could not be confirmed: figures may be out of date.' }) : null,
    data.policyAvailable === false
      ? el('p', { class: 'warning policy-unavailable' }, el('strong', { text: 'No verdicts from the policy service: ' }), data.policyReason || 'it could not be reached', '. Every answer is UNKNOWN, never YES.')
      : null,
    el(
      'div',
      { class: 'scroll' },
      el('table', { id: 'options-table', class: 'data' }, el('caption', { text: 'Sort by a column with its heading button.' }), el('thead', {}, el('tr', {}, headers)), body)
    )
  );
}

function row(o, data, params) {
  const ask = new URLSearchParams({ view: 'ask', model: data.model, chip: o.chip, destination: data.destination, asOf: data.asOf });
  for (const name of ['precision', 'context']) if (params.get(name)) ask.set(name, params.get(name));
  return el(
    'tr',
    { 'data-chip': o.chip },
    el('td', { class: 'num', text: o.rank }),
    el('th', { scope: 'row' }, el('a', { href: `?${ask}`, title: o.summary || '', text: o.name }), o.vendor ? el('span', { class: 'vendor', text: ` ${o.vendor}` }) : ''),
    el('td', {}, answerBadge(o.answer)),
    el('td', { class: 'num', text: o.fits === false ? 'does not fit' : num(o.chipsRequired) }),
    el('td', { text: o.precision || '—' }),
    el('td', { class: 'num', text: num(o.decodeTokensPerSecond) }),
    el('td', { class: 'num', text: num(o.throughputPerChip) }),
    el('td', { text: words(o.verdict) || '—' })
  );
}
