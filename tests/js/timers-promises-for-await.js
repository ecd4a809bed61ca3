// timers/promises as scripts use it: for await over setInterval (break clears it), resolved
// values, abort before and during a wait (AbortError, cause), scheduler.wait/yield,
// util.promisify(setTimeout), AbortSignal.timeout's reason, AbortSignal.any (Node's output).
const tp = require('timers/promises');
const util = require('util');
(async () => {
  console.log(await tp.setTimeout(2, 'value'), await tp.setImmediate('imm'));
  let n = 0;
  for await (const v of tp.setInterval(1, 'iv')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController();
  const p = tp.setTimeout(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(10, null, { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.cause); }
  console.log(typeof tp.scheduler, tp.scheduler && typeof tp.scheduler.wait);
  if (tp.scheduler) { await tp.scheduler.wait(1); console.log('waited'); await tp.scheduler.yield(); console.log('yielded'); }
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(1, 'promisified'));
  const signal = AbortSignal.timeout(5);
  await new Promise((r) => signal.addEventListener('abort', r));
  console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
  try { signal.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e.name); }
  const any = AbortSignal.any ? AbortSignal.any([new AbortController().signal, AbortSignal.abort('x')]) : null;
  console.log(any && any.aborted, any && any.reason);
})();
