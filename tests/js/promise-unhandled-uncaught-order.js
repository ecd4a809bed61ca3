// Unhandled rejections are raised one after another, before ticks queued by the handler run.
process.on('uncaughtException', function(e){ console.log('caught', e.message); process.nextTick(function(){ console.log('tick from handler', e.message) }); Promise.resolve().then(function(){ console.log('micro from handler', e.message) }); });
Promise.reject(new Error('r1'));
Promise.reject(new Error('r2'));
setTimeout(function(){ console.log('timeout') }, 0);
