// oracle.js — write the labels back as detector output, for testing score.js and as an
// example of the result format: OUT/APP.json = {"version": 1, "leaks": [...]}, one
// report per labelled leak (its first path and first site, the label's category).
//
//   oracle.js [--labels labels.json] [--noise] [--wrong-category] [--drop N] [--twice]
//             [--site-only | --path-only] OUT
//
// --noise adds one unrelated report to every app (so precision must drop), --wrong-category
// reports every leak as "other", --drop N leaves out every Nth labelled leak (recall drops),
// --twice reports every leak twice (duplicates), --site-only gives no usable path (only
// the site can match), --path-only gives no site (only the path's keys can match).
// ES5; runs under Node and leakscope.
'use strict';

var fs = require('fs');
var path = require('path');

var labelsFile = path.join(__dirname, 'labels.json');
var noise = false, wrong = false, drop = 0, twice = false, siteOnly = false, pathOnly = false;
var out = null;
var argv = process.argv.slice(2);
for (var i = 0; i < argv.length; i++) {
  if (argv[i] === '--labels') labelsFile = argv[++i];
  else if (argv[i] === '--noise') noise = true;
  else if (argv[i] === '--wrong-category') wrong = true;
  else if (argv[i] === '--drop') drop = parseInt(argv[++i], 10);
  else if (argv[i] === '--twice') twice = true;
  else if (argv[i] === '--site-only') siteOnly = true;
  else if (argv[i] === '--path-only') pathOnly = true;
  else if (out === null) out = argv[i];
  else { process.stderr.write('usage: oracle.js [--labels F] [--noise] [--wrong-category] [--drop N] [--twice] [--site-only|--path-only] OUT\n'); process.exit(2); }
}
if (out === null) { process.stderr.write('oracle.js: no output directory\n'); process.exit(2); }
if (!fs.existsSync(out)) fs.mkdirSync(out, { recursive: true });

var labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
var n = 0;
Object.keys(labels.apps).forEach(function (name) {
  var app = labels.apps[name];
  var leaks = [];
  (app.leaks || []).forEach(function (l) {
    n++;
    if (drop && n % drop === 0) return;
    var r = {
      category: wrong ? 'other' : l.category,
      path: siteOnly ? '(path unknown)' : Array.isArray(l.path) ? l.path[0] : l.path,
      site: pathOnly ? null : 'handler (' + path.dirname(app.file) + '/' + l.sites[0].at + ':7)',
      growth_bytes: 1000,
      growth_count: 10,
      monotonic: true
    };
    leaks.push(r);
    if (twice) leaks.push(r);
  });
  if (noise) {
    leaks.push({ category: 'other', path: 'module ' + path.basename(app.file) + ' → unrelatedThing{}',
      site: 'elsewhere.js:1', growth_bytes: 10, growth_count: 1, monotonic: false });
  }
  fs.writeFileSync(path.join(out, name + '.json'),
    JSON.stringify({ version: 1, run: 1, snapshots: [1, 2, 3], leaks: leaks }, null, 1) + '\n');
});
