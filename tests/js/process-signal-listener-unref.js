// A signal listener alone does not keep the process alive (Node's signal handles are
// unref'd); 'exit' runs right after the main script.
process.on('SIGUSR2', function () { console.log('never'); });
process.on('exit', function (code) { console.log('exit', code, process.listenerCount('SIGUSR2')); });
console.log('main done');
