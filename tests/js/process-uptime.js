// process.uptime() is a non-negative number of seconds (fractional), increasing.
var u = process.uptime();
console.log(typeof u, u >= 0, u < 60);
setTimeout(function () {
  var u2 = process.uptime();
  console.log(u2 >= u, u2 - u >= 0.005);
}, 20);
