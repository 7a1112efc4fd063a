// A fast force-directed pass for large graphs: Fruchterman-Reingold with grid-based (local)
// repulsion, O(nodes + edges) per iteration. Above LARGE_GRAPH_NODES, fcose's full-quality pass
// is too slow for a browser, so the page takes fcose's quick spectral ("draft") layout and lets
// this pass spread overlapping nodes apart and settle the result.

function spreadLayout(cy, eles, iterations) {
  const nodes = eles.nodes();
  const n = nodes.length;
  if (n < 2) return;
  const k = 70; // ideal distance between neighbours, in model pixels
  const side = k * Math.sqrt(n) * 1.2;
  const index = new Map();
  const x = new Float64Array(n);
  const y = new Float64Array(n);

  // Rescale the draft layout into a square that leaves room for every node.
  const bb = nodes.boundingBox({ includeLabels: false });
  const scale = side / Math.max(bb.w, bb.h, 1);
  nodes.forEach((node, i) => {
    index.set(node.id(), i);
    const p = node.position();
    x[i] = (p.x - bb.x1) * scale + (Math.random() - 0.5) * k * 0.1;
    y[i] = (p.y - bb.y1) * scale + (Math.random() - 0.5) * k * 0.1;
  });
  const links = [];
  eles.edges().forEach((edge) => {
    const s = index.get(edge.source().id());
    const t = index.get(edge.target().id());
    if (s !== undefined && t !== undefined && s !== t) links.push(s, t);
  });

  const cell = 2 * k;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = side / 10;
  const cooling = Math.pow(0.02, 1 / iterations);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    const grid = new Map();
    for (let i = 0; i < n; i++) {
      const key = Math.floor(x[i] / cell) * 1000003 + Math.floor(y[i] / cell);
      const bucket = grid.get(key);
      if (bucket) bucket.push(i); else grid.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(x[i] / cell);
      const cyy = Math.floor(y[i] / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cyy - 1; gy <= cyy + 1; gy++) {
          const bucket = grid.get(gx * 1000003 + gy);
          if (!bucket) continue;
          for (const j of bucket) {
            if (j <= i) continue;
            let ddx = x[i] - x[j];
            let ddy = y[i] - y[j];
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 === 0) { ddx = (Math.random() - 0.5); ddy = (Math.random() - 0.5); d2 = ddx * ddx + ddy * ddy; }
            if (d2 > cell * cell) continue;
            const f = (k * k) / d2; // = (k^2 / d) / d, applied to the unnormalised vector
            dx[i] += ddx * f; dy[i] += ddy * f;
            dx[j] -= ddx * f; dy[j] -= ddy * f;
          }
        }
      }
    }
    for (let e = 0; e < links.length; e += 2) {
      const s = links[e];
      const t = links[e + 1];
      const ddx = x[s] - x[t];
      const ddy = y[s] - y[t];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = d / k; // = (d^2 / k) / d
      dx[s] -= ddx * f; dy[s] -= ddy * f;
      dx[t] += ddx * f; dy[t] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len === 0) continue;
      const step = Math.min(len, temperature) / len;
      x[i] += dx[i] * step;
      y[i] += dy[i] * step;
    }
    temperature *= cooling;
  }
  cy.batch(() => nodes.forEach((node, i) => { node.position({ x: x[i], y: y[i] }); }));
}
