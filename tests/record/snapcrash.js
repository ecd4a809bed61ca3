// For record-snapshot-crash.sh: 300,000 small objects, heap snapshot 1 of them; once the
// file 'go' appears in the current folder (the test has seen snapshot 1 committed),
// heap snapshot 2 of the same heap, then idle until killed. Prints "walked N" after
// each snapshot() call returns (the walk is done; the commit goes on on the writer's
// thread for a few hundred ms).
var fs = require('fs');
var ls = require('leakscope');
var a = [];
for (var i = 0; i < 300000; i++) a.push({ x: i, s: 'k' + i });
global.keep = a;
ls.snapshot('first');
console.log('walked 1');
var wait = setInterval(function () {
  if (!fs.existsSync('go')) return;
  clearInterval(wait);
  ls.snapshot('second');
  console.log('walked 2');
  setInterval(function () {}, 1000);
}, 5);
