// Date.parse / new Date(string): ISO 8601 variants and V8's legacy forms
const forms = [
  '2024-03-10T10:00:00.5+02:00', '2024-03-10T10:00:00.123456Z', '2024-03-10T10:00Z',
  '2024-03-10T10:00:00+0200', '2024-03', '2024', '+002024-03-10T00:00:00Z', '-000001-01-01T00:00:00Z',
  'March 7, 2021', 'March 7, 2021 14:30', '2021/03/07', 'Sun, 07 Mar 2021 10:00:00 GMT',
  'Mar 7 2021 10:00', '7 March 2021', '2021-03-07 10:00:00', '2021-03-07T10:00:00.000+05:30',
  'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)', '12/25/2020',
  '12/25/2020 3:45 PM', 'December 25, 2020 12:00 AM', 'Tue, 1 Jun 2021 12:00:00 +0100',
  'Jan 1 2000 00:00:00 UTC', '2020-06-15T12:00:00.000Z',
  'garbage', '', '2021-13-01', '2021-02-30', 'Foo 1 2020', '13/45/2020',
];
// a form with a zone (or an ISO date alone) is an instant: print it in UTC; one without
// is local time: print its local fields, so the output does not depend on TZ
const zoned = /Z$|[+-]\d\d:?\d\d$|GMT|UTC|^[+-]?\d{4,6}(-\d\d){0,2}$/;
const local = d => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(),
  d.getSeconds(), d.getMilliseconds()].join(' ');
for (const f of forms) {
  const d = new Date(f);
  console.log(JSON.stringify(f).padEnd(68),
    isNaN(d) ? 'Invalid Date' : zoned.test(f) ? d.toISOString() : 'local ' + local(d));
}
// a Date's own strings parse back to the same time
const t = new Date(Date.UTC(2023, 10, 5, 7, 8, 9));
console.log(Date.parse(t.toString()) === t.getTime(), Date.parse(t.toUTCString()) === t.getTime(),
  Date.parse(t.toISOString()) === t.getTime());
// JSON.stringify skips symbols as it skips functions
console.log(JSON.stringify([Symbol('s'), 1, () => 2]), JSON.stringify({ a: Symbol(), b: 2 }), JSON.stringify(Symbol()));
