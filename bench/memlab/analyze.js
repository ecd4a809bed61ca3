// analyze.js — one memlab analysis of one corpus app's heap snapshots, written as
// detector output that tests/leaks/score.js reads. Node 20 + the packages of
// package.json (npm ci here; tools/deps.sh bench does it).
//
//   node analyze.js ANALYSIS SNAPDIR OUT.json
//
// SNAPDIR holds s1.heapsnapshot (baseline), s2 (target), s3 (final), as
// tests/leaks/run-scenario.js --mode v8 --out SNAPDIR writes them. ANALYSIS is one of:
//   find-leaks          memlab's three-snapshot set algebra (allocated between baseline
//                       and target, alive at final) with a leak filter that returns true
//                       (memlab's default filter looks for detached DOM / React fibers and
//                       finds nothing in a Node heap; its maintainers advise this one),
//                       retainer traces clustered by memlab: one report per cluster
//   unbound-object      memlab's ObjectUnboundGrowthAnalysis (objects whose retained size
//                       changed across the snapshots, top 20)
//   unbound-collection  memlab's CollectionUnboundGrowthAnalysis (Map/Set/Array/Object
//                       whose number of entries changed, top 20)
// For the two unbound analyses memlab prints node ids only; each is traced to a GC root
// in the final snapshot (what `memlab trace --node-id` does) so that its path can be
// scored, and that time is counted in.
//
// OUT.json: {"version": 1, "detector": "memlab ANALYSIS", "analysis_ms" (wall),
// "analysis_cpu_ms" (user + system: steadier on a busy machine), "max_rss_kb",
// "leaks": [{"category", "path", "site": null}]}. memlab has neither
// categories nor allocation sites: the category is guessed from the trace by
// categoryOf() below (this converter's rule, not memlab's), site is always null.
'use strict';

const fs = require('fs');
const path = require('path');
const { config, utils, TraceFinder } = require('@memlab/core');

const [analysis, snapDir, outFile] = process.argv.slice(2);
if (!analysis || !snapDir || !outFile) {
  process.stderr.write('usage: node analyze.js find-leaks|unbound-object|unbound-collection SNAPDIR OUT.json\n');
  process.exit(2);
}
const snaps = ['s1', 's2', 's3'].map((s) => path.join(snapDir, s + '.heapsnapshot'));

// A trace as a list of steps from the root: {edge, edgeType, name, type, leaked}.
function stepsFromSerialized(info) {
  const steps = [];
  for (const k of Object.keys(info)) {
    const m = /^(\d+):\s+(?:--(.*?) \(([\w ]+)\)--->\s+)?\[(.*)\]\(([^()]*)\) @(\d+)(.*)$/.exec(k);
    if (!m) continue;
    steps.push({ n: Number(m[1]), edge: m[2] || null, edgeType: m[3] || null, name: m[4],
      type: m[5], id: Number(m[6]), leaked: /\$memLabTag:leaked/.test(m[7]) });
  }
  return steps.sort((a, b) => a.n - b.n);
}

// memlab's path items hold the edge from their node to the next item's node.
function stepsFromPathItem(p) {
  const steps = [];
  let via = null;
  for (let it = p; it; it = it.next) {
    if (it.node) {
      steps.push({ edge: via ? String(via.name_or_index) : null, edgeType: via ? via.type : null,
        name: it.node.name, type: it.node.type, id: it.node.id, leaked: !it.next });
    }
    via = it.edge || null;
  }
  return steps;
}

function render(steps) {
  return steps.map((s, i) => (i ? '--' + s.edge + ' (' + s.edgeType + ')--> ' : '') +
    '[' + s.name + '](' + s.type + ')').join(' ');
}

// This converter's guess of the category from a V8 retainer trace. The holder is
// the object above the first leaked one (find-leaks) or the growing object itself
// (unbound-*); the trace down to it decides:
//   listener  an EventEmitter's _events is on the way
//   global    the trace leaves the global object by a property within its first steps
//   closure   the leaked object is a closure, or the holder hangs from a second closure
//             scope (the first one on a path is the module's own)
//   cache     the holder is a Map, Set, WeakMap, Array or plain Object
//   other     anything else
function categoryOf(steps, growing) {
  let end = steps.findIndex((s) => s.leaked);
  if (end < 0) end = steps.length - 1;
  const head = steps.slice(0, end + 1);
  const holder = growing ? head[end] : head[end - 1];
  if (head.some((s) => s.edge === '_events')) return 'listener';
  for (let i = 0; i + 1 < head.length && i < 3; i++) {
    if (head[i].name === 'global' && head[i].type === 'object' && head[i + 1].edgeType === 'property')
      return 'global';
  }
  const contexts = head.filter((s) => s.edge === 'context').length;
  if ((!growing && head[end].type === 'closure') || contexts >= 2) return 'closure';
  if (holder && /^(Map|Set|WeakMap|Array|Object|\(object elements\))$/.test(holder.name)) return 'cache';
  if (holder && holder.edge === 'table') return 'cache';
  return 'other';
}

async function findLeaks() {
  const { findLeaksBySnapshotFilePaths } = require('@memlab/api');
  config.externalLeakFilter = { leakFilter: () => true };
  const work = fs.mkdtempSync(path.join(require('os').tmpdir(), 'memlab-work-'));
  try {
    const infos = await findLeaksBySnapshotFilePaths(snaps[0], snaps[1], snaps[2],
      { workDir: work, consoleMode: 'SILENT' });
    return infos.map((info) => {
      const steps = stepsFromSerialized(info);
      return { category: categoryOf(steps, false), path: render(steps), site: null };
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function unbound(Analysis) {
  const work = fs.mkdtempSync(path.join(require('os').tmpdir(), 'memlab-work-'));
  try {
    const a = new Analysis();
    await a.analyzeSnapshotsInDirectory(snapDir, { workDir: work });
    const csv = fs.existsSync(config.unboundObjectCSV) ? fs.readFileSync(config.unboundObjectCSV, 'utf8') : '';
    // name,id,type,h1,h2,h3 — the name may hold commas: read from the right
    const items = csv.split('\n').filter((l) => l.trim()).map((l) => {
      const f = l.split(',');
      const hist = f.splice(f.length - snaps.length, snaps.length).map(Number);
      const type = f.pop();
      const id = Number(f.pop());
      return { name: f.join(','), id, type, history: hist };
    });
    if (!items.length) return [];
    const snapshot = await utils.getSnapshotFromFile(snaps[2], { buildNodeIdIndex: true });
    const finder = new TraceFinder();
    finder.annotateShortestPaths(snapshot);
    return items.map((it) => {
      const node = snapshot.getNodeById(it.id);
      const p = node ? finder.getPathToGCRoots(snapshot, node) : null;
      const steps = p ? stepsFromPathItem(p) : [{ edge: null, edgeType: null, name: it.name, type: it.type, leaked: true }];
      return { category: categoryOf(steps, true), path: render(steps), site: null,
        growth: it.history };
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let leaks;
  if (analysis === 'find-leaks') {
    leaks = await findLeaks();
  } else if (analysis === 'unbound-object') {
    leaks = await unbound(require('@memlab/heap-analysis').ObjectUnboundGrowthAnalysis ||
      require('@memlab/heap-analysis/dist/plugins/ObjectUnboundGrowthAnalysis').default);
  } else if (analysis === 'unbound-collection') {
    leaks = await unbound(require('@memlab/heap-analysis').CollectionUnboundGrowthAnalysis ||
      require('@memlab/heap-analysis/dist/plugins/CollectionUnboundGrowthAnalysis').default);
  } else {
    process.stderr.write('analyze.js: unknown analysis ' + analysis + '\n');
    process.exit(2);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const out = { version: 1, detector: 'memlab ' + analysis, analysis_ms: Math.round(ms),
    analysis_cpu_ms: Math.round((c.user + c.system) / 1000),
    max_rss_kb: process.resourceUsage().maxRSS, leaks };
  fs.writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
}

main().catch((e) => {
  process.stderr.write('analyze.js: ' + (e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
