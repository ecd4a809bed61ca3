// Strings built by concatenation for heap-ropes.sh: mujs keeps a long concatenation as a
// rope (mujs patch 0020) until its text is first read.
var ls = require('leakscope');

function piece(c, n) {	// n copies of c, built without making a rope
  return new Array(n + 1).join(c);
}
var a = piece('a', 300), b = piece('b', 200);
global.ropeKept = a + b;	// never read: still a rope when the snapshot is taken
global.ropeHalf = a;
var f = piece('f', 300) + piece('g', 3000);
global.ropeRead = f;
if (f.charAt(0) !== 'f') throw new Error('bad text');	// reading it flattens it
var s = '';
for (var i = 0; i < 5000; i++) s += 'chunk' + i + ';';
global.ropeLong = s;	// a 5000-piece rope: the walk names it without flattening it

ls.gc();
console.log(ls.snapshot('ropes'));
console.log(global.ropeKept.length, global.ropeLong.length, global.ropeLong.slice(-10));
