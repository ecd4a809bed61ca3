// summary.js — bench/memlab/run.sh's table: each detector's score on the corpus (by
// tests/leaks/score.js) and its analysis time, from run.sh's output folder.
//   node summary.js LABELS OUT NAMES(comma-separated) WITH_LEAKSCOPE(0|1)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [labels, out, names, withLs] = process.argv.slice(2);
const score = path.join(__dirname, '..', '..', 'tests', 'leaks', 'score.js');
const apps = names.split(',').filter(Boolean);

function scoreOf(dir, name) {
  const args = [score, '--labels', labels, '--results', dir, '--name', name, '--apps', apps.join(','), '--json'];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

function stats(ms) {
  ms = ms.slice().sort((a, b) => a - b);
  const sum = ms.reduce((a, b) => a + b, 0);
  return { total: sum / 1000, median: ms.length ? ms[(ms.length - 1) >> 1] / 1000 : 0, max: ms.length ? ms[ms.length - 1] / 1000 : 0 };
}

const rows = [];
for (const an of ['find-leaks', 'unbound-object', 'unbound-collection']) {
  const dir = path.join(out, 'res', an);
  const s = scoreOf(dir, 'memlab ' + an);
  const ms = [], cpu = [], rss = [];
  for (const a of apps) {
    const f = path.join(dir, a + '.json');
    if (!fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, 'utf8'));
    ms.push(r.analysis_ms);
    cpu.push(r.analysis_cpu_ms);
    rss.push(r.max_rss_kb);
  }
  rows.push({ name: 'memlab ' + an, s, t: stats(ms), cpu: stats(cpu), rss: rss.length ? Math.max(...rss) : 0 });
}
if (withLs === '1') {
  const dir = path.join(out, 'res', 'leakscope');
  const s = scoreOf(dir, 'leakscope diff');
  const ms = [], cpu = [], rss = [];
  for (const a of apps) {
    const tf = path.join(dir, a + '.time');
    if (!fs.existsSync(tf)) continue;
    // NAME DIFF_WALL_MS RECORD_WALL_MS DIFF_CPU_MS DIFF_MAX_RSS_KB (run-app.sh)
    const f = fs.readFileSync(tf, 'utf8').trim().split(' ').map(Number);
    ms.push(f[1]);
    cpu.push(f[3]);
    rss.push(f[4]);
  }
  rows.push({ name: 'leakscope diff', s, t: stats(ms), cpu: stats(cpu), rss: rss.length ? Math.max(...rss) : 0 });
}

const snapMs = [];
for (const a of apps) {
  const f = path.join(out, 'snap', a + '.json');
  if (!fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, 'utf8'));
  for (const c of r.checkpoints) snapMs.push(c.ms);
}

const pad = (s, n) => String(s).padEnd(n);
const f3 = (x) => (x === null ? 'n/a' : x.toFixed(3));
console.log(`corpus: ${apps.length} apps (${apps.filter((a) => JSON.parse(fs.readFileSync(labels, 'utf8')).apps[a].leak).length} leaky), checkpoints after 2, 5 and 8 actions`);
console.log(pad('detector', 26) + pad('precision', 11) + pad('recall', 9) + pad('category', 10) +
  pad('reports', 9) + pad('clean flagged', 15) + pad('wall total', 12) + pad('cpu total', 11) +
  pad('wall per app', 15) + 'max RSS');
for (const r of rows) {
  const t = r.s.totals;
  console.log(pad(r.name, 26) + pad(f3(t.precision), 11) + pad(f3(t.recall), 9) + pad(f3(t.category), 10) +
    pad(t.tp + t.fp, 9) + pad(t.cleanFlagged + ' of ' + t.cleanApps, 15) +
    pad(r.t.total.toFixed(2) + ' s', 12) + pad(r.cpu ? r.cpu.total.toFixed(2) + ' s' : '-', 11) +
    pad(r.t.median.toFixed(2) + '/' + r.t.max.toFixed(2) + ' s', 15) +
    (r.rss ? Math.round(r.rss / 1024) + ' MiB' : '-'));
  if (t.missing.length) console.log('  no result for: ' + t.missing.join(', '));
}
// the ratios, from this run: memlab's analysis time and memory over leakscope's diff on
// the same apps (CPU time is the steadier figure on a busy machine)
const ls = rows.find((r) => r.name === 'leakscope diff');
if (ls && ls.t.total > 0) {
  for (const r of rows) {
    if (r === ls) continue;
    const ratio = (a, b) => (b > 0 ? (a / b).toFixed(0) + 'x' : 'n/a');
    console.log(`${r.name} / leakscope diff: wall ${ratio(r.t.total, ls.t.total)}, ` +
      `cpu ${ratio(r.cpu.total, ls.cpu.total)}, max RSS ${ratio(r.rss, ls.rss)}`);
  }
}
const st = stats(snapMs);
console.log(`(precision: reports matching a labelled leak / reports; recall: labelled leaks found;` +
  ` category: memlab has none, guessed from its traces by analyze.js; wall per app: median/max;` +
  ` node's v8.writeHeapSnapshot took ${st.total.toFixed(1)} s for ${snapMs.length} snapshots, not counted)`);
fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify(rows.map((r) => ({ detector: r.name,
  totals: r.s.totals, wall_s: r.t, cpu_s: r.cpu, max_rss_kb: r.rss })), null, 1));
