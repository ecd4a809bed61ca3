// Number.prototype.toLocaleString: grouping, fraction digits, percent and currency
const nums = [1234567.891, 0, -0, -1234.5, 0.5, 1.005, 999.9999, 1e21, NaN, Infinity, -Infinity, 12, 0.000123, 2.5, 1e-7];
for (const n of nums)
  console.log([
    n.toLocaleString(),
    n.toLocaleString('en-US', { minimumFractionDigits: 2 }),
    n.toLocaleString('de-DE'),
    n.toLocaleString(undefined, { style: 'percent' }),
    n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }),
    n.toLocaleString('de-DE', { style: 'currency', currency: 'EUR' }),
  ].join(' | '));
console.log((5).toLocaleString('en-US', { minimumIntegerDigits: 3 }),
  (1234.5678).toLocaleString('en-US', { maximumFractionDigits: 1 }),
  (1234).toLocaleString('en-US', { useGrouping: false }),
  (0.1234).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1 }));
console.log((1500).toLocaleString('en-US', { style: 'currency', currency: 'JPY' }),
  (1500).toLocaleString('en-GB', { style: 'currency', currency: 'GBP' }),
  (9.995).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
console.log((2.5).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  (3.5).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  (-2.5).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  (99.5).toLocaleString(undefined, { maximumFractionDigits: 0 }));
const total = [19.99, 5.01, 120].reduce((a, b) => a + b, 0);
console.log(`Total: ${total.toLocaleString('en-US', { style: 'currency', currency: 'USD' })}`);
console.log(Number.prototype.toLocaleString.length, Number.prototype.toLocaleString.name, new Number(42).toLocaleString());
try { Number.prototype.toLocaleString.call('x'); } catch (e) { console.log(e.name); }
try { (1).toLocaleString('en-US', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en-US', { maximumFractionDigits: 200 }); } catch (e) { console.log(e.name, e.message); }
