// Wires the page together: data, graph, layout, panels, filters, search and toolbar.

const LAYOUT_SEED = 20241101;
const SPREAD_ITERATIONS = 120;
const CLEARANCE_ITERATIONS = 300;
// Large graphs: node labels are added once the view is zoomed in this far (12 px font, 10 px minimum).
const LABEL_ZOOM = 0.8;

// The zoom and pan that fit the exporter's positions into the container, without measuring every element.
function presetViewport(model, container) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of model.nodes) {
    const p = node.position;
    if (p.x < minX) minX = p.x; if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y; if (p.y > maxY) maxY = p.y;
  }
  const margin = 40 + 45; // padding plus the largest node's half size
  const w = Math.max(container.clientWidth, 1);
  const h = Math.max(container.clientHeight, 1);
  const zoom = Math.max(0.02, Math.min(5, (w - 2 * margin) / Math.max(maxX - minX, 1), (h - 2 * margin) / Math.max(maxY - minY, 1)));
  return { zoom, pan: { x: w / 2 - zoom * (minX + maxX) / 2, y: h / 2 - zoom * (minY + maxY) / 2 } };
}

function layoutOptions(model, animate) {
  return {
    name: 'fcose',
    quality: model.large ? 'draft' : 'default',
    randomize: true,
    animate: animate && !model.large,
    animationDuration: 500,
    fit: !model.large,
    padding: 40,
    nodeDimensionsIncludeLabels: !model.large,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.4,
    numIter: 2500,
    packComponents: true,
  };
}

function start() {
  const timings = { start: Math.round(performance.now()) };
  const doc = JSON.parse(document.getElementById('graph-data').textContent);
  const layout = JSON.parse(document.getElementById('graph-layout').textContent);
  const model = buildModel(doc, layout);
  timings.parsed = Math.round(performance.now());
  cytoscape.use(cytoscapeFcose);
  const container = document.getElementById('cy');
  const cy = cytoscape({
    container,
    elements: model.nodes.concat(model.edges),
    style: buildStylesheet(model.large),
    // Large graphs arrive with positions computed by the exporter; small ones get fcose below.
    layout: { name: model.large ? 'preset' : 'grid', fit: !model.large },
    ...(model.large ? presetViewport(model, container) : {}),
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: model.large,
    hideEdgesOnViewport: model.large,
    pixelRatio: model.large ? 1 : 'auto',
  });

  timings.created = Math.round(performance.now());
  const status = document.getElementById('status');
  function updateStatus() {
    const nodes = cy.nodes().not('.hidden').length;
    const edges = cy.edges().not('.hidden').length;
    status.dataset.visibleNodes = nodes;
    status.dataset.visibleEdges = edges;
    status.textContent = 'Showing ' + nodes + ' of ' + model.nodes.length + ' entities · ' + edges + ' of ' + model.edges.length +
      ' relations · ' + (doc.articles || []).length + ' articles';
  }

  const timeline = createTimeline(model, () => filters.apply());
  const filters = createFilters(model, cy, updateStatus, timeline);
  const focus = createFocus(cy);
  const actions = { cy, focusEntity, focusRelation };
  const details = createDetails(document.getElementById('details'), model, actions);

  // Zooms to the elements. In a large graph a hub's neighbours can span the whole view, so the view
  // then closes in on the entity itself until names are readable.
  function focusOn(eles, done, centre) {
    cy.animate({
      fit: { eles: eles, padding: 90 },
      duration: 250,
      complete: () => {
        if (!model.large || cy.zoom() >= LABEL_ZOOM) { done(); return; }
        cy.animate({ zoom: LABEL_ZOOM, center: { eles: centre }, duration: 250, complete: done });
      },
    });
  }

  function focusEntity(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    filters.showClass(node.data('cls'));
    cy.elements().unselect();
    node.select();
    details.showEntity(id);
    document.body.dataset.focused = '';
    const around = focus.neighbourhood(node);
    focus.highlight(around, id);
    focusOn(around, () => { document.body.dataset.focused = id; }, node);
  }

  function focusRelation(edgeId) {
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    focus.highlight(focus.ofRelation(edge), edgeId);
    details.showRelation(edgeId);
  }

  function clearFocus() {
    cy.elements().unselect();
    focus.clear();
    details.reset();
  }

  cy.on('tap', 'node', (event) => focusEntity(event.target.id()));
  cy.on('tap', 'edge', (event) => focusRelation(event.target.id()));
  cy.on('tap', (event) => { if (event.target === cy) clearFocus(); });
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));

  createSearch(model, focusEntity);


  const labels = document.getElementById('edge-labels');
  labels.checked = !model.large;
  function applyLabels() { cy.batch(() => cy.edges().toggleClass('labelled', labels.checked)); }
  labels.addEventListener('change', applyLabels);
  applyLabels();


  function finishLayout(began, firstView) {
    window.graphBuilder.layoutMs = Math.round(performance.now() - began);
    if (firstView) {
      window.graphBuilder.firstView = showFirstView(cy, model.large ? LABEL_ZOOM : READABLE_ZOOM);
      if (model.large) nameInView(cy, LABEL_ZOOM);
    }
    timings.layoutDone = Math.round(performance.now());
    document.body.dataset.layout = 'done';
    updateStatus();
  }

  let first = true;
  function runLayout(animate) {
    document.body.dataset.layout = 'running';
    status.textContent = 'Laying out ' + model.nodes.length + ' entities…';
    const began = performance.now();
    const eles = cy.elements().not('.hidden');
    const layout = eles.layout(layoutOptions(model, animate));
    layout.one('layoutstop', () => {
      if (model.large) {
        withSeededRandom(LAYOUT_SEED, () => spreadLayout(cy, eles, SPREAD_ITERATIONS));
        cy.fit(eles, 40);
      } else {
        clearEdges(eles, CLEARANCE_ITERATIONS);
      }
      finishLayout(began, first);
      first = false;
    });
    // Let the page paint its frame and status first; the layout then runs in one go.
    setTimeout(() => withSeededRandom(LAYOUT_SEED, () => layout.run()), 0);
  }

  document.getElementById('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 40 }, duration: 250 }));
  document.getElementById('relayout').addEventListener('click', () => runLayout(true));
  document.getElementById('reset-filters').addEventListener('click', () => filters.reset());

  window.graphBuilder = {
    cy, graph: doc, focusEntity, focusRelation, clearFocus, layoutMs: null, timings, firstView: null,
    setDateRange: timeline.set, dates: timeline.dates,
    edgeOverlaps: () => edgeOverlaps(cy.nodes().not('.hidden'), cy.edges().not('.hidden')),
  };
  updateStatus();
  if (model.nodes.length === 0) {
    document.getElementById('details').replaceChildren(el('p', { className: 'hint', text: 'The graph is empty: no entities were extracted.' }));
    document.body.dataset.layout = 'done';
    return;
  }
  timings.wired = Math.round(performance.now());
  if (model.large) {
    // Positions came with the page: ready once the first frame is drawn.
    window.graphBuilder.firstView = showFirstView(cy, LABEL_ZOOM);
    nameInView(cy, LABEL_ZOOM);
    nameAllWhenClose(cy, LABEL_ZOOM);
    first = false; // a later "Re-run layout" keeps the user's view
    requestAnimationFrame(() => setTimeout(() => finishLayout(performance.now(), false), 0));
    return;
  }
  runLayout(true);
}

start();
