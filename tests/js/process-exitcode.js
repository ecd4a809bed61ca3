// process.exitCode is the code the process ends with when it ends naturally; 'exit' listeners receive it.
process.exitCode = 5;
process.on('exit', function (code) {
  console.log('exit', code, process.exitCode);
});
setTimeout(function () {
  console.log('timer', process.exitCode);
  process.exitCode = 6;
}, 0);
