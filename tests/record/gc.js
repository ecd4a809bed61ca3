// For record-gc.sh: five rounds of ~2 MB of garbage, each followed by gc().
for (var r = 0; r < 5; r++) {
  var junk = [];
  for (var i = 0; i < 20000; i++) junk.push({ i: i, s: 'garbage ' + i + ' of round ' + r });
  junk = null;
  gc();
}
console.log('done');
