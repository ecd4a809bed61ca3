// check-growth.js — do the labels tell the truth? Reads the heap measurements that
// check-corpus.sh took (run-scenario.js --mode heap --json, one line per app) and checks
// each app's label against them, and the labels against the corpus files. ES5; runs under
// Node and leakscope.
//
//   check-growth.js LABELS RESULTS.jsonl FLOOR [--settle N] [--tolerate N] [--skip-small] APP-FILE...
//
// FLOOR is the growth in bytes per interval that counts as growing. The measure is
// dataHeapUsed + arrayBuffers where the runtime reports them (V8: the heap less its code
// spaces, whose JIT pages come and go by 256 KiB; Buffer bytes live outside the heap),
// else heapUsed. The first checkpoint comes after the warm-up; --settle N leaves the first
// N intervals out (V8 frees some 100-300 KiB of start-up state during the first interval
// whatever the app does: young objects that survive its full GCs are promoted or die
// only later).
// An app grows when, over its n intervals, it grew by more than n x FLOOR in all and by
// more than FLOOR in every interval but at most --tolerate N of them (default 0: every
// one; under V8 one interval may be swallowed by a transient ±100-250 KiB blip that the
// next interval gives back, so check-corpus.sh passes 1 there).
//   leak app:  grows (apps labelled "small": true are skipped with --skip-small)
//   clean app: does not grow
// Also: every app file has a label, every label has its file, every labelled site's line
// holds the label's code, and every file:line in a path is one of the leak's sites' lines.
'use strict';

var fs = require('fs');
var path = require('path');

var argv = process.argv.slice(2);
if (argv.length < 3) {
  process.stderr.write('usage: check-growth.js LABELS RESULTS.jsonl FLOOR [--settle N] [--tolerate N] [--skip-small] APP-FILE...\n');
  process.exit(2);
}
var labelsFile = argv[0];
var labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
var dir = path.dirname(labelsFile);
var lines = fs.readFileSync(argv[1], 'utf8').split('\n').filter(function (l) { return l.trim() !== ''; });
var floor = Number(argv[2]);
var skipSmall = false, settle = 0, tolerate = 0;
var files = [];
for (var ai = 3; ai < argv.length; ai++) {
  if (argv[ai] === '--skip-small') skipSmall = true;
  else if (argv[ai] === '--settle') settle = Number(argv[++ai]);
  else if (argv[ai] === '--tolerate') tolerate = Number(argv[++ai]);
  else files.push(argv[ai]);
}
var errors = [];
var checked = 0, skipped = 0;

function err(m) {
  errors.push(m);
}

// Labels and files agree.
var byFile = {};
Object.keys(labels.apps).forEach(function (name) {
  var a = labels.apps[name];
  if (a.file !== 'apps/' + name + '.js') err(name + ': file should be apps/' + name + '.js');
  byFile[path.basename(a.file)] = name;
  if (!fs.existsSync(path.join(dir, a.file))) err(name + ': ' + a.file + ' does not exist');
  if (a.leak !== !!(a.leaks && a.leaks.length)) err(name + ': "leak" disagrees with "leaks"');
  if (!a.leak && !a.trap) err(name + ': a clean app needs a "trap" (what makes it look like a leak)');
  (a.leaks || []).forEach(function (l) {
    if (['closure', 'global', 'listener', 'cache', 'other'].indexOf(l.category) < 0)
      err(name + ': bad category ' + l.category);
    if (!l.keys || !l.keys.length) err(name + ': a leak needs keys');
    var at = {};
    (l.sites || []).forEach(function (s) {
      var m = /^(.+):([0-9]+)$/.exec(s.at || '');
      if (!m) return err(name + ': bad site ' + JSON.stringify(s));
      at[s.at] = true;
      var f = path.join(dir, 'apps', m[1]);
      if (!fs.existsSync(f)) f = path.join(dir, 'apps', 'lib', m[1]);
      if (!fs.existsSync(f)) return err(name + ': site file ' + m[1] + ' not found');
      var text = fs.readFileSync(f, 'utf8').split('\n')[Number(m[2]) - 1];
      if (text === undefined || text.indexOf(s.code) < 0)
        err(name + ': line ' + s.at + ' does not hold ' + JSON.stringify(s.code));
    });
    if (!l.sites || !l.sites.length) err(name + ': a leak needs sites');
    [].concat(l.path).forEach(function (p) {
      var re = /([A-Za-z0-9_.\-]+\.js):([0-9]+)/g, m;
      while ((m = re.exec(p)) !== null)
        if (!at[m[0]]) err(name + ': ' + m[0] + ' in the path is not one of the sites');
    });
  });
});
files.forEach(function (f) {
  if (!byFile[path.basename(f)]) err(path.basename(f) + ' has no label in ' + labelsFile);
});

function measure(c) {
  var base = c.dataHeapUsed !== undefined ? c.dataHeapUsed : c.heapUsed;
  return base + (c.arrayBuffers || 0);
}

var seen = {};
lines.forEach(function (l) {
  var r;
  try {
    r = JSON.parse(l);
  } catch (e) {
    return err('bad result line: ' + l.slice(0, 80));
  }
  var name = byFile[r.app];
  if (!name) return err(r.app + ': no label');
  seen[name] = true;
  var lab = labels.apps[name];
  var m = r.checkpoints.map(measure);
  var d = [];
  for (var i = 1 + settle; i < m.length; i++) d.push(m[i] - m[i - 1]);
  var kb = d.map(function (x) { return (x / 1024).toFixed(1); }).join(' ');
  var total = 0, above = 0;
  d.forEach(function (x) { total += x; if (x > floor) above++; });
  var growing = total > d.length * floor && above >= d.length - tolerate;
  if (lab.leak && lab.small && skipSmall) {
    skipped++;
    process.stdout.write('skip   ' + name + ' (small leak; KiB per interval ' + kb + ')\n');
    return;
  }
  checked++;
  var ok = lab.leak ? growing : !growing;
  process.stdout.write((ok ? 'ok     ' : 'WRONG  ') + name + ' (' + (lab.leak ? 'leak' : 'clean') +
    '; KiB per interval ' + kb + ')\n');
  if (!ok) err(name + ': labelled ' + (lab.leak ? 'leak' : 'clean') + ' but ' +
    (growing ? 'grows' : 'does not grow') + ' (floor ' + floor + ' bytes per interval, ' +
    tolerate + ' interval(s) tolerated; KiB per interval ' + kb + ')');
});
files.forEach(function (f) {
  var name = byFile[path.basename(f)];
  if (name && !seen[name]) err(name + ': no measurement (the app failed to run?)');
});

process.stdout.write(checked + ' apps checked against their labels, ' + skipped + ' skipped, ' +
  errors.length + ' problems\n');
errors.forEach(function (e) { process.stderr.write('check-growth: ' + e + '\n'); });
process.exit(errors.length ? 1 : 0);
