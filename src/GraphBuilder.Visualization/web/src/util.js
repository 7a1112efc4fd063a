// Small DOM and text helpers. Every piece of article data reaches the page through
// textContent or setAttribute on non-script attributes: never through innerHTML.

function el(tag, props, children) {
  const node = document.createElement(tag);
  if (props) {
    for (const key of Object.keys(props)) {
      const value = props[key];
      if (value === undefined || value === null) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'className') node.className = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(key, String(value));
    }
  }
  for (const child of children || []) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// "sendsTroopsTo" -> "sends troops to"
function humanize(predicate) {
  return predicate.replace(/([A-Z])/g, ' $1').toLowerCase();
}

// Case- and accent-insensitive form for search.
function searchKey(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Only http(s) links are ever made clickable (no javascript:, data:, file: ...).
function safeHttpUrl(text) {
  if (typeof text !== 'string') return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function wikidataUrl(qid) {
  return typeof qid === 'string' && /^Q[1-9][0-9]*$/.test(qid) ? 'https://www.wikidata.org/wiki/' + qid : null;
}

function externalLink(href, text) {
  return el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: text });
}

// Runs fn with Math.random replaced by a seeded generator (mulberry32), so the same graph
// always gets the same layout, then restores it.
function withSeededRandom(seed, fn) {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = function () {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

function formatNumber(value) {
  return Number(value).toLocaleString('en-US', { maximumFractionDigits: 4 });
}
