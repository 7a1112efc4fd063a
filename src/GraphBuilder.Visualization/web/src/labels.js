// Node labels of large graphs: styling a label costs time for each of thousands of nodes, so the
// first view names only the entities in it, and the first pan or zoom past `zoom` names the rest.

function nameInView(cy, zoom) {
  if (cy.zoom() < zoom) return;
  const e = cy.extent();
  cy.batch(() => cy.nodes().filter((n) => {
    const p = n.position();
    return p.x >= e.x1 - 100 && p.x <= e.x2 + 100 && p.y >= e.y1 - 100 && p.y <= e.y2 + 100;
  }).addClass('named'));
}

function nameAllWhenClose(cy, zoom) {
  const nameAll = () => {
    if (cy.zoom() < zoom) return;
    cy.off('viewport', nameAll);
    cy.batch(() => cy.nodes().addClass('named'));
  };
  cy.on('viewport', nameAll);
}
