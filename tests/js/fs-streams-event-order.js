// fs write and read streams: 'open'/'ready'/'finish'/'close' order and arguments, bytesWritten,
// small highWaterMark reads with an encoding, errors for a missing file and directory.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fss-'));
const f = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(f);
['open', 'ready', 'finish', 'close', 'drain'].forEach((ev) => ws.on(ev, (a) => console.log('ws', ev, typeof a)));
console.log(ws.pending, ws.bytesWritten, ws.path === f, ws.writable);
console.log(ws.write('line 1\n'), ws.write(Buffer.from('line 2\n')));
ws.end('last\n', () => {
  console.log('end cb', ws.bytesWritten, ws.writableFinished);
});
ws.on('close', () => {
  const rs = fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 4 });
  const chunks = [];
  ['open', 'ready', 'end', 'close'].forEach((ev) => rs.on(ev, () => console.log('rs', ev, rs.bytesRead)));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => console.log(chunks.length, JSON.stringify(chunks.join(''))));
  rs.on('close', () => {
    const bad = fs.createReadStream(path.join(dir, 'missing'));
    bad.on('error', (e) => console.log('rs error', e.code, e.syscall));
    bad.on('close', () => {
      console.log('bad closed');
      const ws2 = fs.createWriteStream(path.join(dir, 'nodir', 'x'));
      ws2.on('error', (e) => console.log('ws error', e.code));
      ws2.on('close', () => {
        console.log('ws2 closed', ws2.destroyed);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
