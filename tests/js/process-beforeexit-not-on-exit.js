// 'beforeExit' is not emitted when the process ends through an explicit process.exit().
process.on('beforeExit', function () { console.log('beforeExit (wrong)'); });
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () {
  console.log('timer');
  process.exit();
}, 1);
