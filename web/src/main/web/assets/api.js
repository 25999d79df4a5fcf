// The anonymous calls the public pages make, through the gateway that serves them (same origin; never a token).

/** GET a JSON resource; resolves to {status, body} (body null when not JSON), rejects only on a network failure. */
export async function getJson(path, headers = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json', ...headers }, credentials: 'omit' });
  let body = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    body = await response.json();
  }
  return { status: response.status, body, headers: response.headers };
}

/** Formats a number the Indonesian way (comma decimals), or an em dash when missing. */
export function num(value, decimals = 2) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  return Number(value).toLocaleString('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A new element with attributes and children (text or nodes); no HTML strings, so nothing needs escaping. */
export function el(tag, attributes = {}, ...children) {
  const node = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** The version the page's assets were built with (from the module's own URL), for the worker's URL. */
export function assetVersion(moduleUrl) {
  return new URL(moduleUrl).searchParams.get('v') || '';
}
