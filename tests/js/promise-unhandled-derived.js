// Derived promises of then/catch/finally on rejected promises are unhandled in turn.
process.on('unhandledRejection', function (r) { console.log('unhandled', r); });
Promise.reject('a').then(function () {});
Promise.reject('b').catch(function () { console.log('b caught'); return Promise.reject('c'); });
Promise.reject('d').finally(function () { console.log('finally d'); });
