// Small DOM and formatting helpers shared by the four views.

/** Creates an element: attrs may hold class, text, html-free attributes and on* handlers. */
export function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

const SIGNIFICANT = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * A number as people read it, thousands separated: whole below the decimal point from 1,000 up
 * (32,768 tokens stay 32,768), four significant digits under it; '—' when unknown.
 */
export function num(value, unit) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '—';
  const n = Number(value);
  const text = Math.abs(n) >= 1000 ? WHOLE.format(n) : SIGNIFICANT.format(n);
  return unit ? `${text} ${unit}` : text;
}

/** LICENSE_REQUIRED → "licence required". */
export function words(code) {
  return code ? String(code).toLowerCase().replace(/_/g, ' ').replace('license', 'licence') : '';
}

/** timePerOutputTokenMs → "Time per output token (ms)". */
export function humanize(key) {
  const units = { Ms: 'ms', GiB: 'GiB', GBps: 'GB/s', PerSecond: '/s' };
  let unit = '';
  let base = key;
  for (const [suffix, label] of Object.entries(units)) {
    if (base.endsWith(suffix)) {
      unit = label;
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  const spaced = base.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const label = spaced.charAt(0).toUpperCase() + spaced.slice(1);
  return unit ? `${label} (${unit})` : label;
}

const SYMBOLS = { YES: '✓', CONDITIONAL: '◐', NO: '✕', UNKNOWN: '?' };

/** The one-word answer as a coloured badge that also says it in text. */
export function answerBadge(answer, big) {
  const kind = SYMBOLS[answer] ? answer : 'UNKNOWN';
  return el(
    'span',
    { class: `badge ans-${kind}${big ? ' big' : ''}`, 'data-answer': answer },
    el('span', { 'aria-hidden': 'true', text: SYMBOLS[kind] + ' ' }),
    answer || 'UNKNOWN'
  );
}

/** An API problem (or a network failure) shown with its detail. */
export function problemBox(error) {
  return el(
    'div',
    { class: 'problem', role: 'alert' },
    el('strong', { class: 'title', text: error.title || 'Error' }),
    error.status ? ` (HTTP ${error.status})` : '',
    el('p', { class: 'detail', text: error.detail || String(error.message || error) })
  );
}

/** Any JSON value as text, a list or a definition list, for fields this page does not know. */
export function value(v) {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) {
    if (v.length === 0) return '—';
    return el('ul', {}, v.map((item) => el('li', {}, value(item))));
  }
  if (typeof v === 'object') return definitions(Object.entries(v));
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string' && /^https?:\/\//.test(v)) return el('a', { href: v, text: v });
  return String(v);
}

function definitions(entries) {
  return el(
    'dl',
    { class: 'extras' },
    entries.map(([key, v]) => [el('dt', { text: humanize(key) }), el('dd', {}, value(v))])
  );
}

/**
 * The fields of {@code obj} this page does not render by name, so that fields added to the API
 * later are shown instead of dropped. Null when there are none.
 */
export function extras(obj, known) {
  if (!obj || typeof obj !== 'object') return null;
  const rest = Object.entries(obj).filter(
    ([key, v]) => !known.includes(key) && v !== null && v !== undefined
  );
  return rest.length ? definitions(rest) : null;
}

/** Today as YYYY-MM-DD (UTC, like the API's default). */
export function today() {
  return new Date().toISOString().slice(0, 10);
}
