// refresh() from inside the callback re-arms a one-shot timer.
var n = 0;
var t = setTimeout(function () { n++; console.log('fire', n); if (n < 3) t.refresh(); }, 5);
