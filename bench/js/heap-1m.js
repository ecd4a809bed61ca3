// heap-1m.js RUNTIME [FILE] — the heap snapshot benchmark's script (bench/heap.sh), the
// same for leakscope and node: 1,000,000 small objects {x: i, s: 'k' + i} held in an
// array, then one heap snapshot, timed around the call (the time JS is blocked):
//   leakscope  require('leakscope').snapshot(): the walk (dominators and the database
//              write follow on storage's thread; the script then idles until killed)
//   node       require('v8').writeHeapSnapshot(FILE): everything, synchronously
//   leakscope-v8  leakscope's require('v8').writeHeapSnapshot(FILE): the walk and the
//              V8-format file, synchronously (no database, no dominators)
// Prints one JSON line: pause_ms, pause_cpu_ms (the CPU time of the thread running JS
// during the call, from /proc/thread-self/schedstat: what a loaded machine does not
// inflate), rss_before, hwm (peak RSS since just before the snapshot, from
// /proc/self/status after the call; the driver reads it again once leakscope's commit
// is done) and heap_used.
var fs = require('fs');
var runtime = process.argv[2];

function status(key) {
  var m = fs.readFileSync('/proc/self/status', 'utf8').match(new RegExp(key + ':\\s+(\\d+)'));
  return m ? Number(m[1]) * 1024 : 0;
}

var a = [];
for (var i = 0; i < 1000000; i++) a.push({ x: i, s: 'k' + i });
global.keep = a;
if (runtime !== 'node') require('leakscope').gc();
else if (typeof gc === 'function') gc();

function threadCpuMs() {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch (e) {
    return 0;
  }
}

var rss = status('VmRSS');
try { fs.writeFileSync('/proc/self/clear_refs', '5'); } catch (e) {}	// VmHWM := VmRSS
var c0 = threadCpuMs();
var t0 = process.hrtime();
var id;
if (runtime === 'node' || runtime === 'leakscope-v8')
  require('v8').writeHeapSnapshot(process.argv[3]);
else id = require('leakscope').snapshot('1M objects');
var d = process.hrtime(t0);
var cpu = threadCpuMs() - c0;
console.log(JSON.stringify({
  pause_ms: d[0] * 1e3 + d[1] / 1e6, pause_cpu_ms: cpu, rss_before: rss, hwm: status('VmHWM'),
  heap_used: process.memoryUsage().heapUsed, id: id, objects: a.length
}));
if (runtime === 'leakscope') setInterval(function () {}, 1000);	// until the driver is done
