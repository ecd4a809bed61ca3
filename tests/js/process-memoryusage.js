// process.memoryUsage() has numeric rss/heapTotal/heapUsed/external/arrayBuffers;
// heapUsed grows while 100k objects are kept alive.
var m = process.memoryUsage();
console.log(Object.keys(m).sort().join(','));
var keys = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'];
for (var i = 0; i < keys.length; i++) console.log(keys[i], typeof m[keys[i]], m[keys[i]] >= 0);
console.log(m.rss > 0, m.heapTotal > 0, m.heapUsed > 0);
var before = process.memoryUsage().heapUsed;
var keep = [];
for (var j = 0; j < 100000; j++) keep.push({ index: j, name: 'item' + j });
var after = process.memoryUsage().heapUsed;
console.log('grew', after > before);
console.log(keep.length);
console.log(typeof process.memoryUsage.rss === 'function' ? typeof process.memoryUsage.rss() : 'number');
