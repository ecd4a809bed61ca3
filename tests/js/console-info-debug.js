// console.info and console.debug write to stdout like console.log, with the same formatting.
console.info('info', 1, { a: 'b' });
console.debug('debug %s', 'fmt', [1]);
console.log('log');
console.info();
console.debug('%d%%', 50);
