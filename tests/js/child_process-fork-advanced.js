// fork with serialization 'advanced': Maps, Sets, Dates and Buffers survive IPC
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ isMap: m.map instanceof Map, size: m.map.size, isDate: m.date instanceof Date,
      isBuf: m.buf instanceof Uint8Array, set: [...m.set], big: typeof m.big });
    process.disconnect();
  });
} else {
  const c = fork(__filename, ['child'], { serialization: 'advanced' });
  c.send({ map: new Map([[1, 2], [3, 4]]), date: new Date(0), buf: Buffer.from('x'), set: new Set(['a']), big: 10n });
  c.on('message', (m) => console.log(m));
  c.on('exit', (code) => console.log('exit', code));
}
