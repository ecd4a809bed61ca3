// console.log writes to fd 1 itself until process.stdout is first used (making the
// stream loads the stream modules); both ways give the same bytes, U+0000 and lone
// surrogates included, in order.
console.log('before the stream: nul [\u0000] surrogate [\ud83d] emoji [\ud83d\ude00]');
console.log('number', 42, 'and object', { a: [1, 2] });
var out = process.stdout;
console.log('after the stream: nul [\u0000] surrogate [\ud83d] emoji [\ud83d\ude00]');
out.write('direct write\n');
console.log('console._stdout is process.stdout now:', console._stdout === out);
