// process.cpuUsage([previous]) and process.resourceUsage(): shapes, deltas, checks.
const start = process.cpuUsage();
console.log(Object.keys(start), typeof start.user, typeof start.system);
let x = 0;
for (let i = 0; i < 2e5; i++) x += Math.sqrt(i);
const d = process.cpuUsage(start);
console.log(d.user >= 0, d.system >= 0, Number.isInteger(d.user));
const total = process.cpuUsage();
console.log(total.user >= start.user, total.system >= start.system);
console.log(Object.keys(process.cpuUsage(null)));
for (const bad of ['x', { user: 'a', system: 1 }, { user: 1 }, { user: -1, system: 0 }]) {
  try { process.cpuUsage(bad); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ru = process.resourceUsage();
console.log(Object.keys(ru));
console.log(Object.values(ru).every((v) => typeof v === 'number' && v >= 0), ru.maxRSS > 1000);
console.log(process.cpuUsage.length, process.resourceUsage.length);
