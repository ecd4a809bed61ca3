// BigInt values for heap-bigint.sh: a BigInt is an object named BigInt whose self size
// counts its limbs.
var ls = require('leakscope');
global.bigKept = 2n ** 4000n;	// 126 limbs of 32 bits
global.bigSmall = 5n;
ls.gc();
console.log(ls.snapshot('bigint'));
console.log(global.bigKept.toString(16).length, global.bigSmall);
