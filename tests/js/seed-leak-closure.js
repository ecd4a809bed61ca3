// Seed "Memory Management" 1: each closure keeps its own new Array(1000000) alive; the program still runs to completion.
function createLeak() {
  var bigData = new Array(1000000);
  return function () {
    return bigData.length;  // bigData cannot be garbage collected
  };
}
var kept = [];
for (var i = 0; i < 50; i++) kept.push(createLeak());
var total = 0;
for (var j = 0; j < kept.length; j++) total += kept[j]();
console.log('closures kept:', kept.length);
console.log('total length held:', total);
console.log('first:', kept[0](), 'last:', kept[kept.length - 1](), 'same closure:', kept[0] === kept[1]);
var one = createLeak();
console.log(typeof one, one.length, one());
var mu = process.memoryUsage();
console.log(typeof mu.heapUsed, typeof mu.rss, mu.heapUsed > 0);
kept = null;
console.log('released:', kept);
