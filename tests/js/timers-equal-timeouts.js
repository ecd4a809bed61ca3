// Timers with the same timeout fire in insertion order.
for (var i = 0; i < 5; i++) {
  (function (n) { setTimeout(function () { console.log('timer', n); }, 10); })(i);
}
