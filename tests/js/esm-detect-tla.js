// Node 20.19+: a .js without a "type" around it that awaits at its top level (and does
// not compile as CommonJS) is run as an ES module, like one using import/export.
var fs = await import('fs');
console.log(typeof fs.readFileSync, typeof require, typeof module, typeof this);
var ns = await import('./fixtures/esm/detect-tla/awaits.js');
console.log(ns.value);
