// What every view does: turn its form into a URL (the URL, not the form, drives what is shown)
// and load its result area, showing the problem's detail when the API refuses.
import { el, problemBox } from './dom.js';

const COUNTRY_FIELDS = ['destination', 'exportFrom'];

/** On submit, navigates to {@code ?view=name} with the form's non-empty {@code fields}. */
export function submitsTo(form, name, fields, navigate) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ view: name });
    for (const field of fields) {
      const v = form.elements[field].value.trim();
      if (v) params.set(field, COUNTRY_FIELDS.includes(field) ? v.toUpperCase() : v);
    }
    navigate(params);
  });
}

/** Copies the URL's parameters into the form's {@code fields}. */
export function fill(form, fields, params) {
  for (const field of fields) form.elements[field].value = params.get(field) || '';
}

/**
 * A loader for one result area: shows {@code message} (if any), then what {@code load} renders,
 * or the problem. When a newer load starts before an older one ends, the older result is dropped.
 */
export function loaderFor(area) {
  let latest = 0;
  return async (message, load) => {
    const request = ++latest;
    if (message) area.replaceChildren(el('p', { class: 'loading', text: message }));
    let content;
    try {
      content = await load();
    } catch (error) {
      content = problemBox(error);
    }
    if (request === latest) area.replaceChildren(content);
  };
}
