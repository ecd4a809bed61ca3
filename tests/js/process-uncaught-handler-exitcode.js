// An 'uncaughtException' handler takes a thrown error from the main script; timers still run
// and the exit code is the exitCode it set (Node's output).
process.on('uncaughtException', (e) => { console.log('caught', e.message); process.exitCode = 9; });
setTimeout(() => console.log('timer still runs'), 1);
throw new Error('first');
