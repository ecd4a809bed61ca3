// prototype-shared-cache.js — old-style constructor functions: a Tokenizer memoizes its
// token lists in an object put on Tokenizer.prototype, so that every instance shares
// it. Each request's source text is different (it contains the request id), so the
// shared memo grows forever even though each Tokenizer is short-lived. Snapshots taken
// by the app.
'use strict';

var snap = process.versions.leakscope ? require('leakscope').snapshot : function () {};

function Tokenizer(source) {
  this.source = source;
}
Tokenizer.prototype.memo = {};
Tokenizer.prototype.tokens = function () {
  var hit = this.memo[this.source];
  if (hit) return hit;
  var list = this.source.split(/\s+/).map(function (word, i) {
    return { word: word, index: i };
  });
  this.memo[this.source] = list;
  return list;
};

var count = 0;
for (var round = 0; round < 6; round++) {
  for (var i = 0; i < 50; i++) {
    var t = new Tokenizer('GET /orders/' + round + '-' + i + ' HTTP/1.1 accept json');
    count += t.tokens().length;
  }
  snap('round ' + round);
}
console.log(count);
