// refresh() restarts the timer from now, keeping its callback.
var t = setTimeout(function () { console.log('refreshed timer fired'); }, 50);
setTimeout(function () {
  console.log('refreshing');
  t.refresh();
}, 25);
setTimeout(function () { console.log('200ms timer'); }, 200);
