// Keeps edges from running behind entities they do not connect (small graphs, after the layout):
// an entity that lies on an unrelated edge is pushed off it, and entities pushed into each other are
// separated again. Deterministic (no randomness), O(iterations · nodes · (edges + nodes)).

const CLEARANCE_MARGIN = 8; // model pixels between an entity's outline and an unrelated edge

function edgeSegments(nodes, edges, index) {
  const segments = [];
  edges.forEach((edge) => {
    const s = index.get(edge.source().id()), t = index.get(edge.target().id());
    if (s !== undefined && t !== undefined && s !== t) segments.push([s, t]);
  });
  return segments;
}

// Distance from (px, py) to segment a-b, and the closest point on it.
function closestOnSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const cx = ax + u * dx, cy = ay + u * dy;
  return { cx, cy, u, d: Math.hypot(px - cx, py - cy), dx, dy };
}

// The (entity, unrelated edge) pairs where the edge passes under the entity, as "entity | source -> target".
function edgeOverlaps(nodes, edges) {
  const index = new Map();
  const x = [], y = [], r = [], ids = [];
  nodes.forEach((n, i) => { index.set(n.id(), i); ids.push(n.id()); x.push(n.position('x')); y.push(n.position('y')); r.push(n.data('size') / 2); });
  const found = [];
  for (const [s, t] of edgeSegments(nodes, edges, index)) {
    for (let i = 0; i < x.length; i++) {
      if (i === s || i === t) continue;
      const c = closestOnSegment(x[i], y[i], x[s], y[s], x[t], y[t]);
      if (c.u > 0 && c.u < 1 && c.d < r[i]) found.push(ids[i] + ' | ' + ids[s] + ' -> ' + ids[t] + ' (' + Math.round(c.d) + ' < ' + Math.round(r[i]) + ')');
    }
  }
  return found;
}

function clearEdges(eles, iterations) {
  const nodes = eles.nodes();
  const n = nodes.length;
  if (n < 3) return;
  const index = new Map();
  const x = new Float64Array(n), y = new Float64Array(n), r = new Float64Array(n);
  nodes.forEach((node, i) => { index.set(node.id(), i); x[i] = node.position('x'); y[i] = node.position('y'); r[i] = node.data('size') / 2; });
  const segments = edgeSegments(nodes, eles.edges(), index);
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (const [s, t] of segments) {
      for (let i = 0; i < n; i++) {
        if (i === s || i === t) continue;
        const need = r[i] + CLEARANCE_MARGIN;
        const c = closestOnSegment(x[i], y[i], x[s], y[s], x[t], y[t]);
        if (c.d >= need || c.u <= 0 || c.u >= 1) continue;
        // Push the entity off the edge along the normal on its own side, and the edge the other way
        // (its ends share that half by how close each is), so fans of edges around a hub open up too.
        let nx = x[i] - c.cx, ny = y[i] - c.cy, len = c.d;
        if (len < 1e-6) { nx = -c.dy; ny = c.dx; len = Math.hypot(nx, ny) || 1; }
        const push = (need - c.d) / len / 2;
        x[i] += nx * push; y[i] += ny * push;
        x[s] -= nx * push * (1 - c.u); y[s] -= ny * push * (1 - c.u);
        x[t] -= nx * push * c.u; y[t] -= ny * push * c.u;
        moved = true;
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const need = r[i] + r[j] + CLEARANCE_MARGIN;
        const dx = x[j] - x[i], dy = y[j] - y[i];
        const d = Math.hypot(dx, dy);
        if (d >= need) continue;
        const ux = d < 1e-6 ? 1 : dx / d, uy = d < 1e-6 ? 0 : dy / d;
        const half = (need - d) / 2;
        x[i] -= ux * half; y[i] -= uy * half; x[j] += ux * half; y[j] += uy * half;
        moved = true;
      }
    }
    if (!moved) break;
  }
  nodes.forEach((node, i) => node.position({ x: x[i], y: y[i] }));
}
