// require() of an ES module (Node 20.19+): it runs synchronously and require returns
// its namespace; with a default export, Node adds __esModule: true for transpiled code.
var ns = require('./fixtures/esm/require-esm/named.mjs');
console.log(ns);
console.log(ns === require('./fixtures/esm/require-esm/named.mjs'));
var withDefault = require('./fixtures/esm/require-esm/with-default.mjs');
console.log(withDefault);
console.log(withDefault.__esModule, withDefault.default(), withDefault.other);
var viaType = require('./fixtures/esm/require-esm/typed/lib.js');
console.log(viaType.fromTypeModule);
console.log('order:', global.requireEsmOrder.join(' '));
