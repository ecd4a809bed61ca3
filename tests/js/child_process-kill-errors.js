// kill with an invalid signal, kill after exit, numeric signals, process.kill
const { spawn } = require('child_process');
const c = spawn('sleep', ['5']);
try { c.kill('SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
c.on('exit', (code, sig) => {
  console.log('exit', code, sig, 'killed', c.killed);
  console.log('kill after exit', c.kill());
  try { process.kill(c.pid, 0); console.log('still alive?'); } catch (e) { console.log('process.kill', e.code, e.syscall); }
});
console.log('kill 15', c.kill(15));
