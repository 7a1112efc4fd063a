// Neighbourhood focus and the first view.
// Focus: clicking an entity highlights it, its relations and its direct neighbours, fades everything
// else and zooms to fit that neighbourhood; clicking a relation does the same for its two ends.
// First view: when fitting the whole graph would draw names smaller than READABLE_ZOOM allows, the page
// opens on the most connected part instead, at a readable size.

const READABLE_ZOOM = 0.75; // 12 px labels drawn at 9 px or more
const CORE_SIZE = 40;       // the first view shows (at most) the best-connected entities and their neighbours

function createFocus(cy) {
  function clear() {
    cy.batch(() => cy.elements().removeClass('faded focused'));
    delete document.body.dataset.neighbourhood;
  }

  // Fades everything but `keep` (a collection) and marks it focused.
  function highlight(keep, key) {
    cy.batch(() => {
      cy.elements().removeClass('focused').addClass('faded');
      keep.removeClass('faded').addClass('focused');
    });
    document.body.dataset.neighbourhood = key;
  }

  function neighbourhood(node) {
    return node.closedNeighborhood().not('.hidden');
  }

  function ofRelation(edge) {
    return edge.union(edge.connectedNodes());
  }

  return { clear, highlight, neighbourhood, ofRelation };
}

// The collection the first view fits: everything when that is readable, else the best-connected
// entities (and their neighbours) around the hub, shrunk until it fits at READABLE_ZOOM.
function firstViewElements(cy, minZoom) {
  const visible = cy.elements().not('.hidden');
  const nodes = visible.nodes();
  if (nodes.length === 0) return { eles: visible, whole: true };
  const w = Math.max(cy.width(), 1), h = Math.max(cy.height(), 1);
  const fits = (eles) => {
    const bb = eles.boundingBox({ includeLabels: false });
    return Math.min((w - 80) / Math.max(bb.w, 1), (h - 80) / Math.max(bb.h, 1)) >= minZoom;
  };
  if (fits(visible)) return { eles: visible, whole: true };
  const ranked = nodes.toArray().sort((a, b) => b.data('degree') - a.data('degree') || (a.id() < b.id() ? -1 : 1));
  const hub = ranked[0];
  // The core: hub and its neighbours, plus the next best-connected entities close to the hub.
  let count = Math.min(CORE_SIZE, ranked.length);
  while (count > 1) {
    const core = cy.collection(ranked.slice(0, count));
    const eles = core.union(hub.closedNeighborhood()).filter((e) => !e.hasClass('hidden'));
    if (fits(eles)) return { eles, whole: false };
    count = Math.floor(count / 2);
  }
  return { eles: hub.closedNeighborhood().not('.hidden'), whole: false, centre: hub };
}

// Applies the first view without animation; returns what it showed (for the status line and tests).
// `minZoom` is the smallest zoom a partial view may have (large graphs show names only from LABEL_ZOOM).
function showFirstView(cy, minZoom) {
  const view = firstViewElements(cy, minZoom);
  cy.fit(view.eles, 40);
  if (!view.whole && cy.zoom() < minZoom) {
    cy.zoom(minZoom);
    cy.center(view.centre || view.eles);
  }
  return { whole: view.whole, nodes: view.eles.nodes().length, zoom: cy.zoom() };
}
