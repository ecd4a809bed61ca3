// Triggers for heap-triggers.sh, chosen by argv[2]:
//   signal    SIGUSR2 to itself while spinning in JS: the snapshot must come during the
//             spin (at mujs's next check point), not after it
//   interval  stays alive ~400 ms with a timer
//   exit      ends normally; exit-code: ends with process.exit(3)
//   oom       grows until --max-heap ends it
var what = process.argv[2];
if (what === 'signal') {
  global.beforeSpin = {};
  process.kill(process.pid, 'SIGUSR2');
  var t0 = Date.now();
  while (Date.now() - t0 < 300) {}
  global.afterSpin = {};
  setTimeout(function () {}, 50);
} else if (what === 'interval') {
  var keep = [];
  var timer = setInterval(function () { keep.push({}); }, 20);
  setTimeout(function () { clearInterval(timer); }, 400);
} else if (what === 'exit') {
  global.atExit = { tagAtExit: {} };
} else if (what === 'exit-code') {
  global.atExit = { tagAtExit: {} };
  setTimeout(function () { process.exit(3); }, 10);
} else if (what === 'oom') {
  var grow = [];
  global.grow = grow;
  // 2 KiB a step: few steps to the limit, even collecting after each (GC stress)
  for (;;) grow.push({ tagLeak: {}, pad: new Array(2048).join('x') + grow.length });
}
