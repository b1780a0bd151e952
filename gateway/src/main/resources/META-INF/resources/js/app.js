// The page's entry point: one view at a time, chosen and parameterised by the query string, so
// that every URL reproduces what it shows.
import { catalogLists } from './api.js';
import { el } from './dom.js';
import * as ask from './ask.js';
import * as options from './options.js';
import * as heatmap from './heatmap.js';
import * as thresholds from './thresholds.js';

const VIEWS = { ask, options, heatmap, thresholds };

function route() {
  const params = new URLSearchParams(location.search);
  const name = VIEWS[params.get('view')] ? params.get('view') : 'ask';
  for (const section of document.querySelectorAll('main > section')) {
    section.hidden = section.id !== name;
  }
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const heading = document.querySelector(`#${name} h2`);
  document.title = `${heading.textContent} — canrun`;
  VIEWS[name].show(params);
  return heading;
}

/** Shows {@code params} without reloading; the address bar then holds the shareable URL. */
function navigate(params) {
  history.pushState(null, '', `?${params.toString()}`);
  route();
}

// Links within the page (?view=…) switch views in place; modified clicks open a tab as usual.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="?"]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  const heading = route();
  if (link.closest('nav')) heading.focus();
});
window.addEventListener('popstate', route);

// The weight formats the API's precision parameter accepts (design/ARCHITECTURE.md); an engine
// that does not support one answers with a problem naming the allowed values.
const PRECISIONS = ['BF16', 'FP16', 'FP8', 'INT8', 'INT4', 'MXFP4', 'NVFP4', 'Q4_0', 'Q8_0'];

function fillChoices() {
  for (const select of document.querySelectorAll('select[data-choices=precisions]')) {
    select.append(...PRECISIONS.map((p) => el('option', { value: p, text: p })));
  }
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const countries = document.getElementById('country-list');
  for (const code of countries.dataset.codes.split(' ')) {
    countries.append(el('option', { value: code, label: regions.of(code) }));
  }
}

/** Suggestions for the model and chip fields, read when a reader first reaches one of them. */
function suggestCatalog() {
  catalogLists()
    .then(({ models, chips, systems }) => {
      const option = (item) => el('option', { value: item.slug, label: item.name });
      document.getElementById('model-list').replaceChildren(...models.map(option));
      document
        .getElementById('chip-list')
        .replaceChildren(...chips.map(option), ...systems.map(option));
    })
    .catch(() => {
      // The views show the problem when they need the lists; suggestions are optional.
    });
}

for (const view of Object.values(VIEWS)) view.init({ navigate });
fillChoices();
document.addEventListener('focusin', function suggestOnce(event) {
  if (!event.target.matches('input[list=model-list], input[list=chip-list]')) return;
  document.removeEventListener('focusin', suggestOnce);
  suggestCatalog();
});
route();
