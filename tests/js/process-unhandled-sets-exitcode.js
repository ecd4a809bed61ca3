// An 'unhandledRejection' handler that sets process.exitCode: the process exits with it and
// 'exit' sees it (Node's output).
process.on('exit', (c) => { console.log('exit handler', c, process.exitCode); });
process.on('unhandledRejection', (r) => { console.log('unhandled', r.message); process.exitCode = 2; });
Promise.reject(new Error('nobody'));
