// Allocating 1 GiB in 1 MiB Buffers that are dropped right away (each one filled, so its
// pages are touched) stays within a few hundred MiB of RSS: Buffer memory drives the
// collector even though each Buffer is one small JS object.
var MiB = 1024 * 1024;
var peak = 0;
for (var i = 0; i < 1024; i++) {
  var b = Buffer.alloc(MiB, i & 255);
  if (b[MiB - 1] !== (i & 255)) throw new Error('bad fill');
  var rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
}
console.log('peak RSS below 400 MiB:', peak < 400 * MiB);
