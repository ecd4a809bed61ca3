// 'exit' fires exactly once: calling process.exit() from an 'exit' listener does not emit 'exit' again
// (and the remaining listeners are skipped).
var count = 0;
process.on('exit', function (code) {
  count++;
  console.log('exit', code, 'count', count);
  process.exit(code);
});
process.on('exit', function () { console.log('second listener, count', count); });
setTimeout(function () { console.log('timer'); }, 0);
