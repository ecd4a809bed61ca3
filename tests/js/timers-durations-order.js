// Timers fire by expiry, not by creation order. (Each later timer is due at least 200 ms
// before the ones created before it, so a stalled machine cannot reorder them.)
setTimeout(function () { console.log('600'); }, 600);
setTimeout(function () { console.log('1'); }, 1);
setTimeout(function () { console.log('400'); }, 400);
setTimeout(function () { console.log('200'); }, 200);
