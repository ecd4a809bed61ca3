// ?? picks the right side only for null and undefined.
console.log(null ?? 'a', undefined ?? 'b', 0 ?? 'c', '' ?? 'd', false ?? 'e', NaN ?? 'f');
let count = 0;
function side() { count++; return 'x'; }
console.log(side() ?? 'y', count);
const cfg = { timeout: 0 };
console.log(cfg.timeout ?? 1000, cfg.retries ?? 3);
