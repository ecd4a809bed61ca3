// totalmem/freemem are positive byte counts with freemem <= totalmem; uptime() is seconds (> 0, not
// decreasing); loadavg() is a fresh array of three numbers >= 0.
var os = require('os');
var total = os.totalmem(), free = os.freemem();
console.log(typeof total, typeof free, total > 0, free > 0, free <= total, total > 1024 * 1024);
var up = os.uptime();
console.log(typeof up, up > 0, os.uptime() >= up);
var l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every(function (v) { return typeof v === 'number' && v >= 0; }));
console.log(os.loadavg() !== l);
