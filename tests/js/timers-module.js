// require('timers') exposes the same functions as the globals.
var timers = require('timers');
console.log(String(timers.setTimeout === setTimeout), String(timers.clearTimeout === clearTimeout));
console.log(String(timers.setImmediate === setImmediate), String(timers.setInterval === setInterval));
timers.setTimeout(function (v) { console.log('via module', v); }, 1, 'ok');
