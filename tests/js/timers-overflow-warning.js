// A delay above 2^31-1 warns (TimeoutOverflowWarning) and becomes 1ms.
process.on('warning', function (w) { console.log('warning', w.name); console.log(w.message); });
var t = setTimeout(function () { console.log('fired'); }, 2147483648);
console.log(t._idleTimeout);
