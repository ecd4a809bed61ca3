// Extra arguments are passed through and `this` is the Timeout object.
var t = setTimeout(function (a, b, c, d) {
  console.log(a, b, c, d, String(this === t));
}, 1, 'x', 'y', 'z', 'w');
var i = setInterval(function (a) {
  console.log('interval', a, String(this === i));
  clearInterval(this);
}, 1, 'arg');
