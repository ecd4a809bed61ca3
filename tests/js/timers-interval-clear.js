// An interval cleared from inside its own callback stops repeating.
var n = 0;
var iv = setInterval(function () {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared', String(iv._destroyed), iv._idleTimeout);
  }
}, 5);
