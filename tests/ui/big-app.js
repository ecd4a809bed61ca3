// big-app.js — three heap snapshots of about 1,000,000 nodes each for bench/ui.sh: 990,000
// small objects kept for the whole run, and 5,000 Leak objects more before each of the
// last two snapshots.
const leakscope = require('leakscope');
const keep = [];
for (let i = 0; i < 990000; i++) keep.push({ i });
class Leak { constructor(i) { this.i = i; } }
const leaks = [];
leakscope.snapshot('A');
for (let i = 0; i < 5000; i++) leaks.push(new Leak(i));
leakscope.snapshot('B');
for (let i = 0; i < 5000; i++) leaks.push(new Leak(i));
leakscope.snapshot('C');
