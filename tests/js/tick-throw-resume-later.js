// A throwing tick stops tick processing; the rest waits for the next callback (here, after the first timer).
process.on('uncaughtException', function(e){ console.log('caught', e.message); });
process.nextTick(function(){ console.log('t1'); throw new Error('x'); });
process.nextTick(function(){ console.log('t2'); });
Promise.resolve().then(function(){ console.log('p1') });
setTimeout(function(){ console.log('timeout') }, 0);
setTimeout(function(){ console.log('timeout2') }, 0);
var s = Date.now(); while (Date.now() - s < 5) {}
