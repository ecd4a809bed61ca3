// Dates print as ISO strings (Node's inspect), invalid dates as Invalid Date.
var d = new Date(0);
console.log(d);
console.log({ when: d });
console.log([new Date(86400000 * 365)]);
console.log(new Date(NaN));
console.log(d.toISOString());
console.log(d.getTime(), d.valueOf());
console.log(JSON.stringify({ d: d }));
