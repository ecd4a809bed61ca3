// Timers fire by expiry, not by creation order.
setTimeout(function () { console.log('100'); }, 100);
setTimeout(function () { console.log('1'); }, 1);
setTimeout(function () { console.log('60'); }, 60);
setTimeout(function () { console.log('30'); }, 30);
