// Heat map: models × chips for one destination and date, each cell linking to its answer.
import { catalogLists, post } from './api.js';
import { el, answerBadge, today } from './dom.js';
import { loaderFor, submitsTo } from './view.js';

const ANSWERS = ['YES', 'CONDITIONAL', 'NO', 'UNKNOWN'];
const LETTER = { YES: 'Y', CONDITIONAL: 'C', NO: 'N', UNKNOWN: '?' };

const FIELDS = ['destination', 'asOf'];

let form;
let load;

export function init({ navigate }) {
  form = document.getElementById('heatmap-form');
  load = loaderFor(document.getElementById('heatmap-result'));
  submitsTo(form, 'heatmap', FIELDS, navigate);
}

export function show(params) {
  const destination = (params.get('destination') || 'CN').toUpperCase();
  const asOf = params.get('asOf') || today();
  form.elements.destination.value = destination;
  form.elements.asOf.value = asOf;
  markSteps(destination, asOf);
  load('Answering every model × chip…', async () => {
    const { models, chips } = await catalogLists();
    const matrix = await post('/api/v1/matrix', {
      models: models.map((m) => m.slug),
      chips: chips.map((c) => c.slug),
      destinations: [destination],
      asOf,
    });
    return heatTable(matrix, models, chips, destination, asOf);
  });
}

/** The rule-change links keep the destination and show which date is on screen. */
function markSteps(destination, asOf) {
  for (const link of document.querySelectorAll('#heatmap-steps a')) {
    link.href = `?view=heatmap&destination=${encodeURIComponent(destination)}&asOf=${link.dataset.date}`;
    if (link.dataset.date === asOf) link.setAttribute('aria-current', 'date');
    else link.removeAttribute('aria-current');
  }
}

function heatTable(matrix, models, chips, destination, asOf) {
  const answers = new Map(matrix.cells.map((c) => [`${c.model}|${c.chip}`, c.answer]));
  const counts = Object.fromEntries(ANSWERS.map((a) => [a, 0]));
  for (const cell of matrix.cells) counts[cell.answer] = (counts[cell.answer] || 0) + 1;

  const head = el('tr', {}, el('td'), chips.map((c) => el('th', { scope: 'col', class: 'chip-head', title: c.name }, el('span', { text: c.name }))));
  const rows = models.map((m) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row', text: m.name }),
      chips.map((c) => {
        const answer = answers.get(`${m.slug}|${c.slug}`) || 'UNKNOWN';
        const href = `?${new URLSearchParams({ view: 'ask', model: m.slug, chip: c.slug, destination, asOf })}`;
        return el(
          'td',
          {},
          el('a', {
            class: `cell ans-${answer}`,
            href,
            'data-model': m.slug,
            'data-chip': c.slug,
            'data-answer': answer,
            'aria-label': `${m.name} on ${c.name}: ${answer}`,
            title: `${m.name} on ${c.name}: ${answer}`,
            text: LETTER[answer] || '?',
          })
        );
      })
    )
  );
  return el(
    'div',
    {},
    el('p', { class: 'question-line', text: `${destination} · as of ${asOf} · policy version ${matrix.policyVersion ?? '—'} · ${matrix.cells.length} answers` }),
    matrix.stale ? el('p', { class: 'warning', text: 'The catalog copy could not be confirmed: figures may be out of date.' }) : null,
    matrix.policyAvailable === false
      ? el('p', { class: 'warning policy-unavailable' }, el('strong', { text: 'No verdicts from the policy service: ' }), matrix.policyReason || 'it could not be reached', '. Every cell is UNKNOWN, never YES.')
      : null,
    el(
      'ul',
      { class: 'legend', 'aria-label': 'Legend' },
      ANSWERS.map((a) => el('li', {}, el('span', { class: `cell swatch ans-${a}`, 'aria-hidden': 'true', text: LETTER[a] }), answerBadge(a), ` ${counts[a] || 0}`))
    ),
    el('div', { class: 'scroll' }, el('table', { id: 'heatmap-table', class: 'heat' }, el('thead', {}, head), el('tbody', {}, rows)))
  );
}
