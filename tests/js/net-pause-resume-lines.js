// line protocol over net with manual framing and pause/resume
const net = require('net');
const server = net.createServer((s) => {
  let buf = '';
  s.setEncoding('utf8');
  s.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      if (line === 'QUIT') { s.end('BYE\n'); return; }
      s.write(line.split('').reverse().join('') + '\n');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const lines = ['abc', 'hello', 'racecar', 'QUIT'];
  c.write(lines.join('\n') + '\n');
  c.pause();
  console.log('isPaused', c.isPaused());
  setTimeout(() => { c.resume(); console.log('resumed', c.isPaused()); }, 20);
  let out = '';
  c.on('data', (d) => out += d);
  c.on('end', () => { console.log(out.trim().split('\n')); server.close(); });
});
