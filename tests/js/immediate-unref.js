// An unref'd immediate alone does not keep the loop alive.
var im = setImmediate(function () { console.log('never'); });
im.unref();
console.log('hasRef', String(im.hasRef()));
process.on('exit', function () { console.log('exit'); });
