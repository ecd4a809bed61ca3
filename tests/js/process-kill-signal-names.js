// process.kill(pid, name): every name of os.constants.signals (SIGKILL too, which no
// listener can take), 0 to probe, ERR_UNKNOWN_SIGNAL for a name that is none
const { spawn } = require('child_process');
const os = require('os');
console.log(typeof os.constants.signals.SIGKILL, os.constants.signals.SIGKILL);
const c = spawn('sleep', ['5']);
c.on('exit', (code, sig) => console.log('exit', code, sig));
console.log(process.kill(c.pid, 0));
try { process.kill(c.pid, 'SIGFOO'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(process.kill(c.pid, 'SIGKILL'));
