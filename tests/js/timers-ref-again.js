// ref() after unref() keeps the process alive again.
var t = setTimeout(function () { console.log('fired', String(t.hasRef())); }, 5);
t.unref();
console.log(String(t.hasRef()));
t.ref();
console.log(String(t.hasRef()));
