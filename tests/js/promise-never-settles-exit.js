// Promises that never settle (and an await on one) do not keep the process alive: it exits 0
// without running the code after the await (Node's output).
new Promise((resolve) => { console.log('never resolves'); });
(async () => { await new Promise(() => {}); console.log('never'); })();
process.on('exit', (c) => console.log('exit', c));
