// The cytoscape stylesheet: colour and shape by class, size by degree, edge colour and label by relation.
// Large graphs get cheaper settings, since every styled property costs time for each of thousands of
// elements: no node borders, node labels (and their text properties) only once zoomed in (class
// `named`), edge text properties only when an edge shows its label, and straight "haystack" edges
// without arrows, except for the selected or hovered edge, which shows its direction.

const NODE_TEXT = {
  label: 'data(label)',
  'font-size': 12,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': 160,
  color: '#111827',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
};

const EDGE_TEXT = {
  label: 'data(label)',
  'font-size': 10,
  'text-rotation': 'autorotate',
  color: '#374151',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': 1,
};

function buildStylesheet(large) {
  const node = {
    'background-color': 'data(color)',
    shape: 'data(shape)',
    width: 'data(size)',
    height: 'data(size)',
  };
  const edge = {
    width: 'mapData(weight, 1, 8, 1.6, 7)',
    'line-color': 'data(color)',
    'curve-style': large ? 'haystack' : 'bezier',
    // In a large graph many edges cross the view; drawn faint, they read as background and do not look
    // like they belong to the entities they pass under. A focused neighbourhood's edges are drawn solid.
    opacity: large ? 0.3 : 0.85,
  };
  const arrow = { 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1 };
  const nodeText = Object.assign({}, NODE_TEXT, large ? { 'min-zoomed-font-size': 10 } : {});
  const edgeText = Object.assign({}, EDGE_TEXT, large ? { 'min-zoomed-font-size': 8 } : {});
  delete edgeText.label;
  if (!large) {
    Object.assign(node, { 'border-width': 1.5, 'border-color': '#ffffff' }, nodeText);
    Object.assign(edge, arrow, edgeText);
  }
  return [
    { selector: 'node', style: node },
    { selector: 'edge', style: edge },
    { selector: 'node.named, node:selected', style: nodeText },
    { selector: 'edge:selected, edge.hovered', style: Object.assign({ 'curve-style': large ? 'straight' : 'bezier' }, arrow) },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.labelled, edge:selected, edge.hovered', style: Object.assign({}, edgeText, { label: 'data(label)' }) },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'edge:selected', style: { width: 6, 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1 } },
    // Neighbourhood focus: everything outside the focused entity's neighbourhood fades back.
    { selector: 'node.faded', style: { opacity: 0.15, label: '' } },
    { selector: 'edge.faded', style: { opacity: 0.06, label: '' } },
    { selector: 'node.focused', style: nodeText },
    { selector: 'edge.focused', style: Object.assign({ opacity: 1, 'z-index': 10 }, large ? { 'curve-style': 'straight' } : {}, arrow) },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
