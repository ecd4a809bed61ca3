async function main() { console.log('start'); await null; throw new TypeError('async boom'); }
process.on('exit', (c) => console.log('exit code', c));
main();
