// process.exitCode set before exit and changed inside an 'exit' handler: the handler's value is
// the process's exit code (Node's output).
process.exitCode = 5;
process.on('exit', (c) => { console.log('exit', c); process.exitCode = 7; });
