// new Error(message, { cause }) (mujs patch 0042) and AggregateError's options: the own
// non-enumerable cause, and util.inspect's [cause] section (stack frames left out).
const util = require('util');
const strip = (s) => s.split('\n').filter(l => !/^\s+(at |\.\.\. \d+ lines matching)/.test(l)).join('\n');
const inner = new TypeError('inner problem');
const e = new Error('outer', { cause: inner });
console.log(e.cause === inner, Object.keys(e), e.hasOwnProperty('cause'));
console.log(Object.getOwnPropertyDescriptor(e, 'cause').enumerable);
console.log(new Error('x', { cause: undefined }).hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'), new Error('x', 5).hasOwnProperty('cause'));
console.log(new RangeError('r', { cause: 'str cause' }).cause);
console.log(strip(util.inspect(new Error('with string cause', { cause: 'because' }))));
console.log(strip(util.inspect(new Error('with obj cause', { cause: { code: 42, detail: [1, 2] } }))));
console.log(strip(util.inspect(e)));
const deep = new Error('top', { cause: new Error('mid', { cause: new Error('bottom') }) });
console.log(strip(util.inspect(deep)));
const agg = new AggregateError([new Error('a'), new RangeError('b')], 'many failed', { cause: 'root' });
console.log(agg.cause, agg.errors.length, agg.message);
console.log(strip(util.inspect(agg)));
class HttpError extends Error {
  constructor(status, message, options) { super(message, options); this.name = 'HttpError'; this.status = status; }
}
const he = new HttpError(404, 'not found', { cause: new Error('db miss') });
console.log(he.cause.message, he.status);
console.log(strip(util.inspect(he)));
console.log(strip(util.inspect({ request: '/x', error: he })));
try {
  try { JSON.parse('{'); } catch (err) { throw new Error('config unreadable', { cause: err }); }
} catch (err) { console.log(err.message, '<-', err.cause.name, err.cause.message); }
