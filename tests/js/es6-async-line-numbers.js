// Errors thrown inside async functions and generators, before and after awaits and
// yields, report the line the user wrote and name the function.
// the function (without the receiver Node puts before a method) and line of the top frame
function where(e) {
  const m = /at (?:\S+\.)?(\S+) \(.*?:(\d+)(?::\d+)?\)/.exec(e.stack.split('\n')[1]);
  return m ? m[1] + ':' + m[2] : 'no match';
}
async function beforeAwait() {
  throw new Error('before');
}
async function afterAwait(x) {
  await null;
  const y = x +
    1;
  null.boom(y);
}
function* gen() {
  yield 1;
  undefinedFunction();
}
const method = {
  async run() {
    await Promise.resolve();
    throw new TypeError('in method');
  },
};
async function main() {
  try { await beforeAwait(); } catch (e) { console.log(e.message, where(e)); }
  try { await afterAwait(1); } catch (e) { console.log(e.constructor.name, where(e)); }
  try { [...gen()]; } catch (e) { console.log(e.constructor.name, where(e)); }
  try { await method.run(); } catch (e) { console.log(e.message, where(e)); }
}
main();
