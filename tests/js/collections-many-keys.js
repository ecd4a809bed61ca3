var m = new Map();
var n = 20000;
for (var i = 0; i < n; i++) m.set('k' + i, i);
for (i = 0; i < n; i += 3) m.delete('k' + i);
var ok = true, count = 0;
for (i = 0; i < n; i++) {
  var has = m.has('k' + i);
  if (has !== (i % 3 !== 0)) ok = false;
  if (has && m.get('k' + i) !== i) ok = false;
}
m.forEach(function (v, k) { if (k !== 'k' + v) ok = false; count++; });
console.log(ok, count, m.size);
var order = [];
var it = m.keys();
for (i = 0; i < 5; i++) order.push(it.next().value);
console.log(order);
var nums = new Map();
for (i = -50; i <= 50; i++) nums.set(i / 4, i);
var good = true;
for (i = -50; i <= 50; i++) if (nums.get(i / 4) !== i) good = false;
console.log(good, nums.size, nums.get(0.25), nums.get(-12.5));
