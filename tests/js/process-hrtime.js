// process.hrtime() is [seconds, nanoseconds]; hrtime(prev) returns the difference in the same form.
var t = process.hrtime();
console.log(Array.isArray(t), t.length);
console.log(typeof t[0], typeof t[1]);
console.log(t[0] >= 0, t[1] >= 0 && t[1] < 1e9, t[0] === Math.floor(t[0]), t[1] === Math.floor(t[1]));
var x = 0;
for (var i = 0; i < 100000; i++) x += i;
var d = process.hrtime(t);
console.log(Array.isArray(d), d.length);
console.log(d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
console.log(d[0] < 10, d[0] * 1e9 + d[1] > 0);
var t2 = process.hrtime();
console.log(t2[0] > t[0] || (t2[0] === t[0] && t2[1] >= t[1]));
