// score.js — score a leak detector's reports on the labelled corpus (tests/leaks).
// ES5; runs under Node and under leakscope.
//
//   score.js [--labels labels.json] --results DIR|FILE [--name NAME] [--apps a,b,...]
//            [--min-precision P] [--min-recall R] [--json] [--quiet]
//
// Results: DIR/APP.json for each app (APP is the key in labels.json, e.g.
// seed-cache.json), each the detector's output for that app in the format of
// `leakscope diff --json` (issue 6):
//     {"version": 1, "leaks": [{"category": "cache", "path": "...", "site": "app.js:20",
//       ...}, ...]}
// or one FILE holding {"apps": {"APP": {"leaks": [...]}, ...}}. Only category, path and
// site (or sites) are read; site may be "file:line", "fn (file:line)", a path ending in
// file:line[:col], an object {file, line}, or an array of those.
//
// Matching (per app, never across apps): a report matches a labelled leak when one of its
// sites is one of the label's sites (file basename and line), or when every token of one
// of the label's key sets appears among the identifiers of the report's path. A report
// that matches no labelled leak is a false positive (every report on a clean app is).
// A labelled leak is found when some report matches it; its category is judged on the
// first report (in the detector's order, i.e. its ranking) that matches it: right when
// equal to the label's category or one of the label's "also" categories.
//
// Prints a line per app and the totals:
//   precision   reports that match a labelled leak / all reports
//   recall      labelled leaks found / labelled leaks
//   category    labelled leaks found with the right category / labelled leaks found
//   apps        app-level: leaky apps with a found leak, clean apps with any report, apps
//               with a false positive
// Reports beyond the first on an already found leak are counted as duplicates (they are
// true positives for precision, and shown so that double counting is visible).
//
// Exit: 0; 1 when --min-precision or --min-recall is not met or an app has no result
// while thresholds are given; 2 on bad usage or unreadable input.
'use strict';

var fs = require('fs');
var path = require('path');

function die(msg) {
  process.stderr.write('score: ' + msg + '\n');
  process.exit(2);
}

function parseArgs(argv) {
  var o = { labels: path.join(__dirname, 'labels.json'), results: null, name: null, apps: null,
    minPrecision: null, minRecall: null, json: false, quiet: false };
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i], v = null, eq = a.indexOf('=');
    if (a.slice(0, 2) === '--' && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    var val = function () {
      var s = v !== null ? v : argv[++i];
      if (s === undefined) die(a + ' needs a value');
      return s;
    };
    var num = function () {
      var s = val(), n = Number(s);
      if (s === '' || isNaN(n) || n < 0 || n > 1) die(a + ' needs a number between 0 and 1');
      return n;
    };
    if (a === '--labels') o.labels = val();
    else if (a === '--results') o.results = val();
    else if (a === '--name') o.name = val();
    else if (a === '--apps') o.apps = val().split(',');
    else if (a === '--min-precision') o.minPrecision = num();
    else if (a === '--min-recall') o.minRecall = num();
    else if (a === '--json') o.json = true;
    else if (a === '--quiet') o.quiet = true;
    else die('unknown argument ' + a + '\nusage: score.js [--labels FILE] --results DIR|FILE ' +
      '[--name NAME] [--apps a,b] [--min-precision P] [--min-recall R] [--json] [--quiet]');
  }
  if (!o.results) die('--results DIR|FILE is required');
  return o;
}

function readJson(file) {
  var text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    die('cannot read ' + file + ': ' + e.message);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    die(file + ' is not JSON: ' + e.message);
  }
}

// The identifiers of a readable path ("module store.js → cache (Map)" -> module, cache,
// Map); quoted event names count as identifiers, file names do not.
function tokens(p) {
  var set = {};
  var list = Array.isArray(p) ? p : [p];
  for (var i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'string') continue;
    // file names (store.js, listener-process-exit.js) are one token each, so that the
    // name of a file never stands in for a variable or an event name
    var text = list[i].replace(/[A-Za-z0-9_$.\-]+\.(?:m?js|cjs|json)\b/g, ' ');
    var m = text.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) || [];
    for (var j = 0; j < m.length; j++) set[m[j]] = true;
  }
  return set;
}

// "basename:line" for each site a report gives, in any of the accepted shapes.
function sitesOf(r) {
  var out = [];
  function add(s) {
    if (s === null || s === undefined) return;
    if (Array.isArray(s)) { s.forEach(add); return; }
    if (typeof s === 'object') {
      var f = s.file || s.url || s.script || s.source;
      if (typeof f === 'string' && s.line !== undefined) out.push(path.basename(f) + ':' + Number(s.line));
      else if (typeof s.at === 'string') add(s.at);
      else if (typeof s.site === 'string') add(s.site);
      return;
    }
    if (typeof s !== 'string') return;
    var re = /([^\s()\/\\:]+):([0-9]+)/g, m;
    while ((m = re.exec(s)) !== null) out.push(m[1] + ':' + Number(m[2]));
  }
  add(r.site);
  add(r.sites);
  add(r.allocation_sites);
  return out;
}

function matches(report, label) {
  var sites = sitesOf(report);
  var want = label.sites || [];
  for (var i = 0; i < want.length; i++) {
    var at = typeof want[i] === 'string' ? want[i] : want[i].at;
    if (sites.indexOf(at) >= 0) return true;
  }
  var tok = tokens(report.path);
  var keys = label.keys || [];
  if (keys.length && typeof keys[0] === 'string') keys = [keys];
  for (var k = 0; k < keys.length; k++) {
    var all = keys[k].length > 0;
    for (var t = 0; t < keys[k].length; t++) if (!tok[keys[k][t]]) all = false;
    if (all) return true;
  }
  return false;
}

function categoryOk(report, label) {
  var ok = [label.category].concat(label.also || []);
  return ok.indexOf(report.category) >= 0;
}

function loadResults(o, names) {
  var res = {};
  var st;
  try {
    st = fs.statSync(o.results);
  } catch (e) {
    die('cannot read ' + o.results + ': ' + e.message);
  }
  if (st.isDirectory()) {
    names.forEach(function (n) {
      var f = path.join(o.results, n + '.json');
      if (fs.existsSync(f)) res[n] = readJson(f);
    });
  } else {
    var all = readJson(o.results);
    if (!all || typeof all.apps !== 'object') die(o.results + ' has no "apps" object');
    names.forEach(function (n) {
      if (all.apps[n]) res[n] = all.apps[n];
    });
  }
  return res;
}

function ratio(a, b) {
  return b === 0 ? null : a / b;
}

function fmt(x) {
  return x === null ? 'n/a' : x.toFixed(3);
}

function pad(s, n) {
  s = String(s);
  while (s.length < n) s += ' ';
  return s;
}

function score(labels, results, names) {
  var t = { reports: 0, tp: 0, fp: 0, dup: 0, leaks: 0, found: 0, catOk: 0,
    leakyApps: 0, leakyFound: 0, apps: 0, appsWithFp: 0, cleanApps: 0, cleanFlagged: 0,
    missing: [] };
  var rows = [];
  names.forEach(function (n) {
    var lab = labels.apps[n];
    var want = lab.leak ? (lab.leaks || []) : [];
    var row = { app: n, leak: !!lab.leak, labelled: want.length, reports: 0, tp: 0, fp: 0,
      dup: 0, found: 0, catOk: 0, missed: [], wrongCategory: [], falsePositives: [] };
    t.apps++;
    if (lab.leak) t.leakyApps++; else t.cleanApps++;
    t.leaks += want.length;
    var r = results[n];
    if (!r) {
      row.missing = true;
      t.missing.push(n);
      want.forEach(function (l) { row.missed.push(String(l.path)); });
      rows.push(row);
      return;
    }
    var reports = Array.isArray(r.leaks) ? r.leaks : [];
    var first = [];                  // first matching report per labelled leak
    reports.forEach(function (rep) {
      row.reports++;
      var hit = false, fresh = false;
      for (var i = 0; i < want.length; i++) {
        if (!matches(rep, want[i])) continue;
        hit = true;
        if (!first[i]) { first[i] = rep; fresh = true; }
      }
      if (hit && !fresh) row.dup++;
      if (hit) row.tp++;
      else {
        row.fp++;
        row.falsePositives.push((rep.category || '?') + ' ' + (Array.isArray(rep.path) ? rep.path[0] : rep.path));
      }
    });
    for (var i = 0; i < want.length; i++) {
      if (!first[i]) {
        row.missed.push(Array.isArray(want[i].path) ? want[i].path[0] : want[i].path);
        continue;
      }
      row.found++;
      if (categoryOk(first[i], want[i])) row.catOk++;
      else row.wrongCategory.push(want[i].category + ' reported as ' + first[i].category);
    }
    t.reports += row.reports; t.tp += row.tp; t.fp += row.fp; t.dup += row.dup;
    t.found += row.found; t.catOk += row.catOk;
    if (lab.leak && row.found > 0) t.leakyFound++;
    if (row.fp > 0) t.appsWithFp++;
    if (!lab.leak && row.reports > 0) t.cleanFlagged++;
    rows.push(row);
  });
  t.precision = ratio(t.tp, t.tp + t.fp);
  t.recall = ratio(t.found, t.leaks);
  t.category = ratio(t.catOk, t.found);
  t.appRecall = ratio(t.leakyFound, t.leakyApps);
  return { totals: t, rows: rows };
}

function main() {
  var o = parseArgs(process.argv.slice(2));
  var labels = readJson(o.labels);
  if (!labels || labels.version !== 1 || typeof labels.apps !== 'object')
    die(o.labels + ' is not a version 1 label file');
  var names = Object.keys(labels.apps);
  if (o.apps) {
    o.apps.forEach(function (n) { if (!labels.apps[n]) die('no app ' + n + ' in ' + o.labels); });
    names = o.apps;
  }
  var results = loadResults(o, names);
  var s = score(labels, results, names);
  var t = s.totals;
  var name = o.name || path.basename(o.results);
  if (o.json) {
    process.stdout.write(JSON.stringify({ detector: name, totals: t, apps: s.rows }) + '\n');
  } else {
    if (!o.quiet) {
      process.stdout.write(pad('app', 34) + pad('label', 7) + pad('reports', 9) + pad('matched', 9) +
        pad('false+', 8) + pad('found', 8) + 'category\n');
      s.rows.forEach(function (r) {
        process.stdout.write(pad(r.app, 34) + pad(r.leak ? 'leak' : 'clean', 7) +
          (r.missing ? 'no result\n' :
          pad(r.reports, 9) + pad(r.tp, 9) + pad(r.fp, 8) +
          pad(r.leak ? r.found + '/' + r.labelled : '-', 8) +
          (r.found ? r.catOk + '/' + r.found : '-') + '\n'));
        r.missed.forEach(function (m) { if (!r.missing) process.stdout.write('    missed: ' + m + '\n'); });
        r.wrongCategory.forEach(function (m) { process.stdout.write('    category: ' + m + '\n'); });
        r.falsePositives.slice(0, 3).forEach(function (m) {
          process.stdout.write('    false positive: ' + (m.length > 110 ? m.slice(0, 107) + '...' : m) + '\n');
        });
        if (r.falsePositives.length > 3)
          process.stdout.write('    ... and ' + (r.falsePositives.length - 3) + ' more false positives\n');
      });
    }
    process.stdout.write(name + ': precision ' + fmt(t.precision) + ' (' + t.tp + ' of ' +
      (t.tp + t.fp) + ' reports, ' + t.dup + ' duplicates), recall ' + fmt(t.recall) + ' (' +
      t.found + ' of ' + t.leaks + ' leaks), category ' + fmt(t.category) + ' (' + t.catOk +
      ' of ' + t.found + ')\n');
    process.stdout.write(name + ': apps: ' + t.leakyFound + ' of ' + t.leakyApps +
      ' leaky apps found, ' + t.cleanFlagged + ' of ' + t.cleanApps + ' clean apps flagged, ' +
      t.appsWithFp + ' of ' + t.apps + ' apps with false positives' +
      (t.missing.length ? ', no result for ' + t.missing.length + ' (' + t.missing.join(', ') + ')' : '') + '\n');
  }
  var fail = [];
  if (o.minPrecision !== null && (t.precision === null ? 1 : t.precision) < o.minPrecision)
    fail.push('precision ' + fmt(t.precision) + ' < ' + o.minPrecision);
  if (o.minRecall !== null && (t.recall === null ? 1 : t.recall) < o.minRecall)
    fail.push('recall ' + fmt(t.recall) + ' < ' + o.minRecall);
  if ((o.minPrecision !== null || o.minRecall !== null) && t.missing.length)
    fail.push('no result for ' + t.missing.length + ' apps');
  if (fail.length) {
    process.stderr.write('score: ' + name + ' fails: ' + fail.join('; ') + '\n');
    process.exit(1);
  }
}

main();
