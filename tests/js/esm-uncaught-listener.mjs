// An 'uncaughtException' listener gets the main module's error, with the origin Node
// gives it: the module runs in a promise job, so 'unhandledRejection'.
process.on('uncaughtException', function (e, origin) {
  console.log('caught:', e.message, origin);
});
console.log('main runs');
setTimeout(function () { console.log('the process goes on'); }, 1);
throw new Error('from the module body');
