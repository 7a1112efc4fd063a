// A fast force-directed pass for large graphs: Fruchterman-Reingold with grid-based (local)
// repulsion, O(nodes + edges) per iteration. Large graphs open with the positions the exporter
// computed; when the user re-runs the layout, fcose's full-quality pass is too slow for a browser,
// so the page takes fcose's quick spectral ("draft") layout and lets this pass spread overlapping
// nodes apart and settle the result.

const NEIGHBOUR_CELLS = [1, 0, -1, 1, 0, 1, 1, 1]; // (dx, dy) pairs

function spreadLayout(cy, eles, iterations) {
  const nodes = eles.nodes();
  const n = nodes.length;
  if (n < 2) return;
  const k = 100; // ideal distance between neighbours, in model pixels (as in the exporter's ForceLayout)
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

  const cutoff = 2 * k; // repulsion acts only between nodes closer than this
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const order = new Int32Array(n);
  const cellOf = new Int32Array(n);
  let temperature = side / 10;
  const cooling = Math.pow(0.02, 1 / iterations);

  function repel(i, j) {
    let ddx = x[i] - x[j];
    let ddy = y[i] - y[j];
    let d2 = ddx * ddx + ddy * ddy;
    if (d2 > cutoff * cutoff) return;
    if (d2 === 0) { ddx = Math.random() - 0.5; ddy = Math.random() - 0.5; d2 = ddx * ddx + ddy * ddy; }
    const f = (k * k) / d2; // force k^2/d along the unit vector = (k^2/d^2) * vector
    dx[i] += ddx * f; dy[i] += ddy * f;
    dx[j] -= ddx * f; dy[j] -= ddy * f;
  }

  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    // Bucket nodes into square cells at least `cutoff` wide (counting sort, no allocation per node).
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i] < minX) minX = x[i]; if (x[i] > maxX) maxX = x[i];
      if (y[i] < minY) minY = y[i]; if (y[i] > maxY) maxY = y[i];
    }
    const size = Math.max(cutoff, Math.sqrt(((maxX - minX + 1) * (maxY - minY + 1)) / (4 * n)));
    const gw = Math.floor((maxX - minX) / size) + 1;
    const gh = Math.floor((maxY - minY) / size) + 1;
    const start = new Int32Array(gw * gh + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((x[i] - minX) / size) + gw * Math.floor((y[i] - minY) / size);
      cellOf[i] = c;
      start[c + 1]++;
    }
    for (let c = 0; c < gw * gh; c++) start[c + 1] += start[c];
    const fill = start.slice(0, gw * gh);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]]++] = i;
    // Each pair once: within a cell, and with the right, lower-left, lower and lower-right cells.
    for (let cyy = 0; cyy < gh; cyy++) {
      for (let cx = 0; cx < gw; cx++) {
        const c = cx + gw * cyy;
        for (let a = start[c]; a < start[c + 1]; a++) {
          const i = order[a];
          for (let b = a + 1; b < start[c + 1]; b++) repel(i, order[b]);
          for (let o = 0; o < NEIGHBOUR_CELLS.length; o += 2) {
            const nx = cx + NEIGHBOUR_CELLS[o];
            const ny = cyy + NEIGHBOUR_CELLS[o + 1];
            if (nx < 0 || nx >= gw || ny >= gh) continue;
            const c2 = nx + gw * ny;
            for (let b = start[c2]; b < start[c2 + 1]; b++) repel(i, order[b]);
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
