// performance.mark/measure with explicit times; entries come back sorted by startTime
// (ties in insertion order); getEntriesByName/Type, clearMarks/clearMeasures, errors.
var ph = require('perf_hooks');
var performance = ph.performance;
console.log(performance === globalThis.performance);
var a = performance.mark('a', { startTime: 50, detail: { x: [1] } });
console.log(a.name, a.entryType, a.startTime, a.duration, JSON.stringify(a.detail), a.constructor.name);
console.log(a instanceof ph.PerformanceMark, a instanceof ph.PerformanceEntry);
performance.mark('b', { startTime: 20 });
performance.mark('c', { startTime: 20 });
var m = performance.measure('a-b', 'a', 'b');
console.log(m.entryType, m.startTime, m.duration, m.detail, m.constructor.name);
var m2 = performance.measure('opts', { start: 10, end: 35, detail: 'd' });
var m3 = performance.measure('dur', { start: 'b', duration: 5 });
var m4 = performance.measure('end-dur', { end: 100, duration: 30 });
console.log(m2.startTime, m2.duration, m2.detail, m3.startTime, m3.duration, m4.startTime, m4.duration);
function names(list) { return list.map(function (e) { return e.name + ':' + e.entryType + '@' + e.startTime; }).join(' '); }
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByName('a')), names(performance.getEntriesByName('a', 'measure')));
performance.clearMarks('b');
console.log(names(performance.getEntriesByType('mark')));
performance.clearMeasures();
performance.clearMarks();
console.log(performance.getEntries().length);
try { performance.measure('z', 'missing'); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark('neg', { startTime: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(a.toJSON()), JSON.stringify(m.toJSON()));
var own = new ph.PerformanceMark('own', { startTime: 1 });
console.log(own.name, performance.getEntriesByName('own').length);
try { new ph.PerformanceEntry(); } catch (e) { console.log(e.code, e.message); }
console.log(a);
