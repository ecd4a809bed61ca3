// check.js FILE — parses a .heapsnapshot with memlab's heap parser (@memlab/core) and
// prints what it found as JSON: node and edge counts (as parsed, and by iterating),
// total self size, the number of closures with a location, and whether every edge
// leads to a node memlab knows. Used by tests/heap/heap-export-memlab.sh.
'use strict';
const core = require('@memlab/core');

(async function () {
  const file = process.argv[2];
  const heap = await core.utils.getSnapshotFromFile(file, { buildNodeIdIndex: true });
  let nodes = 0, edges = 0, self = 0, located = 0, dangling = 0;
  heap.nodes.forEach(function (node) {
    nodes++;
    self += node.self_size;
    if (node.type === 'closure' && node.location) located++;
  });
  heap.edges.forEach(function (edge) {
    edges++;
    if (!edge.toNode || heap.getNodeById(edge.toNode.id) === null) dangling++;
  });
  const root = heap.nodes.get(0);
  process.stdout.write(JSON.stringify({
    nodes: heap.nodes.length, edges: heap.edges.length, iterated: nodes === heap.nodes.length &&
      edges === heap.edges.length, self_size: self, located: located > 0, dangling: dangling,
    root: root.type + ':' + root.name
  }) + '\n');
})().catch(function (e) {
  console.error(e && e.stack || e);
  process.exit(1);
});
