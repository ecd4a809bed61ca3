// process.kill(process.pid, 'SIGUSR2') with a listener delivers the signal to it; removing it lets the process exit.
console.log(typeof process.pid === 'number', process.pid > 0);
// keeps the loop alive until the signal arrives (bounded: reports if it never does)
var fallback = setTimeout(function () { console.log('signal not delivered'); }, 3000);
function onSignal(sig) {
  console.log('got', sig);
  process.removeListener('SIGUSR2', onSignal);
  console.log('listeners', process.listenerCount('SIGUSR2'));
  clearTimeout(fallback);
}
process.on('SIGUSR2', onSignal);
var r = process.kill(process.pid, 'SIGUSR2');
console.log('kill returned', r);
process.on('exit', function (code) { console.log('exit', code); });
