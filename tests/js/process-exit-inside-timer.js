// process.exit() without a code inside a timer uses process.exitCode; nothing after it runs
// (Node's output).
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { console.log('exiting'); process.exit(); console.log('never'); }, 1);
process.exitCode = 4;
