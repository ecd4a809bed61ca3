// Closures made in a for (let ...) loop capture each iteration's own binding.
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
console.log(fns.map(f => f()));
var vars = [];
for (var j = 0; j < 3; j++) vars.push(function () { return j; });
console.log(vars.map(function (f) { return f(); }));
