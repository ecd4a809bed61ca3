// refresh() restarts the timer from now, keeping its callback: refreshed at 200 ms, the
// 400 ms timer fires at 600 ms, after a 500 ms timer it would have beaten unrefreshed.
// (Made in this order, no stall can reorder them: a stall only delays the refresh.)
setTimeout(function () { console.log('500ms timer'); }, 500);
setTimeout(function () {
  console.log('refreshing');
  t.refresh();
}, 200);
var t = setTimeout(function () { console.log('refreshed timer fired'); }, 400);
