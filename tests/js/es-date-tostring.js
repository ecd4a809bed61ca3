// Date.prototype.toString, toDateString, toTimeString, toUTCString in V8's forms
process.env.TZ = 'UTC';	// before any local time is computed (Node and leakscope honour it)
const ds = [new Date(0), new Date(Date.UTC(2024, 6, 4, 15, 30, 5, 123)), new Date(NaN),
  new Date(Date.UTC(-50, 0, 1)), new Date(Date.UTC(12345, 0, 1)), new Date(Date.UTC(5, 1, 3))];
for (const d of ds)
  console.log([String(d), d.toDateString(), d.toTimeString(), d.toUTCString(), `${d}`, d + ''].join(' | '));
console.log(Date.prototype.toString.name, Date.prototype.toGMTString === Date.prototype.toUTCString);
const d = new Date(2021, 2, 7, 9, 5, 3);
console.log(`Created at ${d}`, d.toString() === `${d.toDateString()} ${d.toTimeString()}`);
console.log(JSON.stringify({ d }), [d].join(), String([d]) === String(d));
console.log(new Date(Date.UTC(99, 0)).getUTCFullYear(), new Date(Date.UTC(-1, 0)).getUTCFullYear(), new Date(-1, 0).getFullYear());
try { Date.prototype.toString.call({}); } catch (e) { console.log(e.name); }
