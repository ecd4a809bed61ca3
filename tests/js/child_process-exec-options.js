// exec with encoding buffer, maxBuffer, timeout killing, promisified exec
const cp = require('child_process');
const util = require('util');
const execP = util.promisify(cp.exec);
(async () => {
  const { stdout, stderr } = await execP('printf "a\\nb"');
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  cp.exec('printf xyz', { encoding: 'buffer' }, (err, so) => {
    console.log(err, Buffer.isBuffer(so), so);
    cp.exec('yes | head -c 5000', { maxBuffer: 100 }, (err2, so2) => {
      console.log(err2.code, err2.message, so2.length);
      cp.exec('sleep 5', { timeout: 100 }, (err3) => {
        console.log('timeout', err3.killed, err3.signal, err3.code);
        execP('exit 3').catch((e) => console.log('rejected', e.code, JSON.stringify(e.stdout)));
      });
    });
  });
})();
