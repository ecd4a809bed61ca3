var n = 0;
function step() { if (++n < 100000) setTimeout(step, 0); else console.log(n); }
// batches of 100 timers so the benchmark measures timer bookkeeping, not 100k ms of waiting
for (var i = 0; i < 100; i++) setTimeout(step, 0);
