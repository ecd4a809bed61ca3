// Timeout.close() cancels the timer and returns it.
var t = setTimeout(function () { console.log('never'); }, 5);
console.log(String(t.close() === t), String(t._destroyed));
var iv = setInterval(function () { console.log('interval once'); iv.close(); }, 5);
