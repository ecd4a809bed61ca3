// console.timeLog/timeEnd of a label that was never started warn on stderr and print nothing on stdout.
console.log('start');
console.timeLog('missing-label');
console.timeEnd('also-missing');
console.timeLog();
console.log('end');
