// a small Intl: NumberFormat, DateTimeFormat, Collator, PluralRules (en-US)
console.log(typeof Intl, Object.prototype.toString.call(Intl), Object.keys(Intl));
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(nf.format(1234.5), [1, 22.5, 333].map(nf.format), new Intl.NumberFormat().format(9876543.21), Intl.NumberFormat('de-DE').format(1234.5));
console.log(new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(3.14159), new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.42));
const dtf = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
console.log(dtf.format(new Date(Date.UTC(2024, 2, 5))), new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(new Date(0)));
console.log(['b', 'a', 'C'].sort(new Intl.Collator().compare), ['x10', 'x9'].sort(new Intl.Collator(undefined, { numeric: true }).compare));
const pr = new Intl.PluralRules('en-US'); console.log(pr.select(1), pr.select(2), new Intl.PluralRules('en', { type: 'ordinal' }).select(22));
const ord = (n) => n + { one: 'st', two: 'nd', few: 'rd', other: 'th' }[new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)];
console.log([1, 2, 3, 4, 11, 12, 13, 21, 102].map(ord).join(' '));
console.log(Intl, typeof Intl.NumberFormat.prototype.formatToParts, new Intl.NumberFormat('en-US').resolvedOptions().locale);
