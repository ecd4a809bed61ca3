// process.exit(n) inside an 'exit' listener changes the exit code and skips the remaining listeners.
process.on('exit', function (code) {
  console.log('first', code);
  process.exit(9);
  console.log('not reached');
});
process.on('exit', function (code) { console.log('second', code); });
console.log('main');
process.exit(2);
