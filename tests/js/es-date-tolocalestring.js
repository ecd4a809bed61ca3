// Date.prototype.toLocaleString/DateString/TimeString: en-US defaults and options (UTC zone)
const ds = [new Date(Date.UTC(2024, 1, 29, 13, 5, 9)), new Date(Date.UTC(2024, 0, 1, 0, 0, 0)), new Date(Date.UTC(2023, 11, 31, 23, 59, 59)), new Date(Date.UTC(2024, 6, 4, 12, 0, 5))];
const os = [{ hour12: false }, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric' }, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
 { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }, { month: 'numeric', day: 'numeric' }, { year: 'numeric', month: 'short' }, { hour: 'numeric' }, { minute: '2-digit', second: '2-digit' },
 { dateStyle: 'full', timeStyle: 'short' }, { dateStyle: 'long', timeStyle: 'medium' }, { timeStyle: 'short' }, { weekday: 'long', hour: '2-digit', minute: '2-digit' },
 { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, {}];
for (const d of ds) for (const o0 of os) { const o = { ...o0, timeZone: 'UTC' }; console.log(JSON.stringify(o0), '|', d.toLocaleString('en-US', o), '|', o.dateStyle ? '' : d.toLocaleTimeString([], o), '|', o.timeStyle ? '' : d.toLocaleDateString(undefined, o)); }
const d = ds[0];
console.log(d.toLocaleDateString('en-GB', { timeZone: 'UTC' }), d.toLocaleDateString('de-DE', { timeZone: 'UTC' }),
  d.toLocaleString('en-GB', { timeZone: 'UTC' }), d.toLocaleString('de-DE', { timeZone: 'UTC' }), d.toLocaleTimeString('de-DE', { timeZone: 'UTC' }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), typeof new Date().toLocaleString());
// local time: the same fields as the local getters
const now = new Date(2020, 4, 17, 8, 9, 10);
console.log(now.toLocaleDateString() === `${now.getMonth() + 1}/${now.getDate()}/${now.getFullYear()}`, now.toLocaleTimeString());
try { d.toLocaleTimeString('en-US', { dateStyle: 'full' }); } catch (e) { console.log(e.name, e.message); }
try { d.toLocaleDateString('en-US', { timeStyle: 'full' }); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.toLocaleString.call({}); } catch (e) { console.log(e.name); }
