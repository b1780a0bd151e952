// Calls the gateway's API (same origin). Failures become ApiError with the problem's detail.

export class ApiError extends Error {
  constructor(title, detail, status) {
    super(detail);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

async function request(path, init) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, ...init });
  } catch (e) {
    throw new ApiError('Network error', `The gateway could not be reached (${e.message}).`);
  }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(
      (body && body.title) || `HTTP ${response.status}`,
      (body && body.detail) || response.statusText || 'The request failed.',
      response.status
    );
  }
  return body;
}

/** GET {@code path} with the non-empty entries of {@code params} as its query string. */
export function get(path, params) {
  const query = new URLSearchParams();
  for (const [name, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') query.set(name, v);
  }
  const qs = query.toString();
  return request(qs ? `${path}?${qs}` : path);
}

export function post(path, body) {
  return request(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

let catalog;

/** Models, chips and systems (slug and name), read once per page load. */
export function catalogLists() {
  if (!catalog) {
    const names = (listing) =>
      listing.items.map((i) => ({ slug: i.slug, name: i.name || i.slug, vendor: i.vendor }));
    catalog = Promise.all([
      get('/api/v1/models'),
      get('/api/v1/chips'),
      get('/api/v1/systems'),
    ]).then(([models, chips, systems]) => ({
      models: names(models),
      chips: names(chips),
      systems: names(systems),
    }));
    catalog.catch(() => {
      catalog = undefined; // let the next view try again
    });
  }
  return catalog;
}
