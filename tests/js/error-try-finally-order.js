// try/catch/finally run in order; finally overrides return values and runs on break/continue/rethrow.
var log = [];
function f1() {
  try { log.push('try'); throw new Error('e1'); }
  catch (e) { log.push('catch ' + e.message); return 'from catch'; }
  finally { log.push('finally'); }
}
console.log(f1(), log.join(' > '));
function f2() {
  try { return 'try'; } finally { return 'finally wins'; }
}
console.log(f2());
function f3() {
  var x = 1;
  try { return x; } finally { x = 2; }
}
console.log(f3());
log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    if (i === 2) break;
    log.push('body' + i);
  } finally {
    log.push('fin' + i);
  }
}
console.log(log.join(','));
log = [];
try {
  try { throw new Error('inner'); }
  finally { log.push('inner finally'); }
} catch (e) {
  log.push('outer catch ' + e.message);
} finally {
  log.push('outer finally');
}
console.log(log.join(' > '));
function f4() {
  try { throw new Error('lost'); } finally { return 'swallowed'; }
}
console.log(f4());
try {
  try { throw new Error('first'); }
  catch (e) { throw new Error('second from ' + e.message); }
} catch (e) { console.log(e.message); }
