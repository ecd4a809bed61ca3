// Three snapshots with objects dying and being born in between (heap-ids.sh).
var ls = require('leakscope');

global.survivor = { tagSurvivor: {} };
global.doomed = { tagDoomed: {} };
var temp = [];
for (var i = 0; i < 600; i++) temp.push({ n: {} });
global.temp = temp;
var a = ls.snapshot('A');

// the doomed object and 600 temporaries die; new objects take their memory
global.doomed = null;
global.temp = null;
temp = null;
ls.gc();
global.born = { tagBorn: {} };
var fresh = [];
for (i = 0; i < 600; i++) fresh.push({ m: {} });
global.fresh = fresh;
var b = ls.snapshot('B');

global.born = null;
ls.gc();
global.born2 = { tagBorn2: {} };
var c = ls.snapshot('C');
console.log(a, b, c);
