// Legend and filters: one checkbox per entity class and per relation type, with its colour, shape and count.

function legendSwatch(kind, value) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  let shape;
  if (kind === 'relation') {
    shape = document.createElementNS(ns, 'line');
    for (const [k, v] of [['x1', 1], ['y1', 7], ['x2', 21], ['y2', 7], ['stroke', relationColor(value)], ['stroke-width', 3]]) shape.setAttribute(k, v);
  } else {
    const style = classStyle(value);
    const paths = {
      ellipse: 'M11 1 A6 6 0 1 1 10.99 1 Z',
      hexagon: 'M5 7 L8 1.5 L14 1.5 L17 7 L14 12.5 L8 12.5 Z',
      'round-rectangle': 'M6 2 H16 Q18 2 18 4 V10 Q18 12 16 12 H6 Q4 12 4 10 V4 Q4 2 6 2 Z',
      triangle: 'M11 1 L18 13 L4 13 Z',
    };
    shape = document.createElementNS(ns, 'path');
    shape.setAttribute('d', paths[style.shape] || paths.ellipse);
    shape.setAttribute('fill', style.color);
  }
  svg.append(shape);
  return svg;
}

function createFilters(model, cy, onChange, timeline) {
  const hiddenClasses = new Set();
  const hiddenPredicates = new Set();

  function row(list, kind, key, count, label, hiddenSet) {
    const box = el('input', { type: 'checkbox', 'data-filter': kind, 'data-value': key });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hiddenSet.delete(key); else hiddenSet.add(key);
      apply();
    });
    list.append(el('li', {}, [el('label', {}, [box, legendSwatch(kind, key), el('span', { text: label }), el('span', { className: 'count', text: count })])]));
  }

  const classList = document.getElementById('filter-classes');
  for (const c of countBy(model.entities, (e) => e.class, Object.keys(CLASS_STYLES))) {
    row(classList, 'class', c.key, c.count, c.key, hiddenClasses);
  }
  const relationList = document.getElementById('filter-relations');
  for (const p of countBy(model.relations, (r) => r.predicate, Object.keys(RELATION_COLORS))) {
    row(relationList, 'relation', p.key, p.count, humanize(p.key), hiddenPredicates);
  }

  function apply() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hiddenClasses.has(n.data('cls')));
      });
      cy.edges().forEach((e) => {
        const hidden = hiddenPredicates.has(e.data('predicate')) || e.source().hasClass('hidden') || e.target().hasClass('hidden')
          || !timeline.shows(e.data('index'));
        e.toggleClass('hidden', hidden);
      });
    });
    onChange();
  }

  function showClass(cls) {
    if (!hiddenClasses.delete(cls)) return;
    for (const box of document.querySelectorAll('input[data-filter="class"]')) {
      if (box.dataset.value === cls) box.checked = true;
    }
    apply();
  }

  function reset() {
    hiddenClasses.clear();
    hiddenPredicates.clear();
    for (const box of document.querySelectorAll('input[data-filter]')) box.checked = true;
    timeline.reset();
    apply();
  }

  return { apply, reset, showClass };
}
