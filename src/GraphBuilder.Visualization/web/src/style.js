// The cytoscape stylesheet: colour and shape by class, size by degree, edge colour and label by relation.

function buildStylesheet(large) {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 12,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        color: '#111827',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': large ? 10 : 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 8, 1.6, 7)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': large ? 'straight' : 'bezier',
        opacity: 0.85,
        'font-size': 10,
        'text-rotation': 'autorotate',
        color: '#374151',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': large ? 8 : 0,
      },
    },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.labelled, edge:selected, edge.hovered', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'edge:selected', style: { width: 6, 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
