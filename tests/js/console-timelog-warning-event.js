// A missing console.timeLog/timeEnd label is reported as a process 'warning' (name Warning) after the sync code.
process.on('warning', function (w) { console.log('warning', w.name, w.message); });
console.timeLog('nope');
console.timeEnd('nope2');
console.log('sync end');
