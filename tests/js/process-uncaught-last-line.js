// What an uncaught exception leaves on stderr ends as Node's does: a blank line, then
// "Node.js <process.version>" and nothing after it; the exit code is 1 (7 when the
// 'uncaughtException' handler itself throws).
const { spawnSync } = require('child_process');
function run(src) {
  const r = spawnSync(process.execPath, ['-e', src], { encoding: 'utf8' });
  const lines = r.stderr.split('\n');
  console.log(r.status, JSON.stringify(lines.slice(-3)) === JSON.stringify(['', 'Node.js ' + process.version, '']));
  return lines;
}
run('throw new Error("boom")');
run('throw 42');
run('throw { code: "E_X" }');
run('Promise.reject(new TypeError("late"))');
run('process.on("uncaughtException", () => { throw new Error("again") }); throw new Error("first")');
const l = run('function f() { null.x } f()');
console.log(l.some((s) => s.startsWith("TypeError: Cannot read properties of null (reading 'x')")));
