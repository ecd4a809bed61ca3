// A rejected promise adopted by another: the outer one is reported, then handled late.
var p = Promise.reject(new Error('x'));
var q = new Promise(function (r) { r(p); });
process.on('unhandledRejection', function (r, pr) { console.log('unhandled', r.message, pr === p ? 'p' : pr === q ? 'q' : '?'); });
setTimeout(function () { q.catch(function () { console.log('q caught'); }); }, 1);
process.on('rejectionHandled', function (pr) { console.log('rejectionHandled', pr === q ? 'q' : '?'); });
