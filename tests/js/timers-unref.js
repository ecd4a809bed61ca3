// An unref'd timer fires while something else keeps the loop alive, but does not keep it alive itself.
var u = setTimeout(function () { console.log('unref fired'); }, 5);
u.unref();
console.log('hasRef', String(u.hasRef()));
setTimeout(function () { console.log('ref fired'); }, 50);
var never = setTimeout(function () { console.log('never'); }, 1000);
never.unref();
