// Turns the embedded graph.json document into cytoscape elements and lookup tables.

const CLASS_STYLES = {
  Person: { color: '#0072B2', shape: 'ellipse' },
  Country: { color: '#D55E00', shape: 'hexagon' },
  Organization: { color: '#009E73', shape: 'round-rectangle' },
  Location: { color: '#B8860B', shape: 'triangle' },
};
const FALLBACK_CLASS_STYLE = { color: '#6B7280', shape: 'ellipse' };

const RELATION_COLORS = {
  meets: '#4E79A7',
  supports: '#59A14F',
  opposes: '#E15759',
  sendsTroopsTo: '#B07AA1',
  signsAgreementWith: '#2A9D8F',
  invades: '#8B1E3F',
  fightsAgainst: '#F28E2B',
  accuses: '#C9A227',
  sanctions: '#9C755F',
  rebelsAgainst: '#D62728',
  recognizes: '#17BECF',
  thanks: '#8CB369',
  leaderOf: '#4B5563',
  officialOf: '#9CA3AF',
};
const FALLBACK_RELATION_COLOR = '#6B7280';

function classStyle(cls) {
  return CLASS_STYLES[cls] || FALLBACK_CLASS_STYLE;
}

function relationColor(predicate) {
  return RELATION_COLORS[predicate] || FALLBACK_RELATION_COLOR;
}

// `layout` is null, or the positions the exporter computed for a large graph: [x0, y0, x1, y1, …] in entity order.
function buildModel(doc, layout) {
  const entities = doc.entities || [];
  const relations = doc.relations || [];
  const entityById = new Map();
  const degree = new Map();
  for (const entity of entities) {
    entityById.set(entity.id, entity);
    degree.set(entity.id, 0);
  }
  for (const r of relations) {
    degree.set(r.subject, (degree.get(r.subject) || 0) + 1);
    degree.set(r.object, (degree.get(r.object) || 0) + 1);
  }
  const articleById = new Map((doc.articles || []).map((a) => [a.id, a]));

  const nodes = entities.map((e, i) => {
    const style = classStyle(e.class);
    const d = degree.get(e.id) || 0;
    const node = {
      group: 'nodes',
      data: { id: e.id, label: e.name, cls: e.class, degree: d, size: Math.min(90, 22 + 9 * Math.sqrt(d)), color: style.color, shape: style.shape },
    };
    if (layout) node.position = { x: layout[2 * i], y: layout[2 * i + 1] };
    return node;
  });
  const edges = relations.map((r, i) => ({
    group: 'edges',
    data: {
      id: 'r' + i, source: r.subject, target: r.object, index: i, predicate: r.predicate,
      label: humanize(r.predicate), symmetric: !!r.symmetric, weight: r.evidenceCount || 1, color: relationColor(r.predicate),
    },
  }));
  return { doc, entities, relations, entityById, articleById, nodes, edges, large: layout !== null };
}

// Every name of an entity with its language, preferred names first within each language. Falls back to
// the name and aliases for a graph.json written before names carried languages.
function entityNames(e) {
  if (!e.names) return [{ text: e.name, language: e.nameLanguage }].concat((e.aliases || []).map((a) => ({ text: a })));
  const preferred = new Set((e.labels || []).map((l) => l.language + '\u0000' + l.text));
  return e.names.map((n) => ({ text: n.text, language: n.language, preferred: preferred.has(n.language + '\u0000' + n.text) }))
    .sort((a, b) => (a.text === e.name ? -1 : 0) - (b.text === e.name ? -1 : 0) || (a.language || '').localeCompare(b.language || '') || (b.preferred - a.preferred));
}

// Counts by class and by predicate, in a stable order (legend order first, then any others by name).
function countBy(items, keyOf, knownOrder) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) || 0) + 1);
  const keys = knownOrder.filter((k) => counts.has(k));
  for (const k of [...counts.keys()].sort()) if (!keys.includes(k)) keys.push(k);
  return keys.map((k) => ({ key: k, count: counts.get(k) }));
}
