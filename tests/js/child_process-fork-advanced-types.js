// serialization 'advanced' round trip: ArrayBuffer, typed arrays, nested Map/Set, RegExp, errors, holes
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => { process.send(m); if (m.last) process.disconnect(); });
} else {
  const c = fork(__filename, ['child'], { serialization: 'advanced' });
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[1] = 9;
  c.send({ ab, f32: new Float32Array([1.5, 2]), nested: { m: new Map([['k', new Set([1])]]) }, re: /x/g });
  c.send({ err: new RangeError('r') });
  c.send({ last: true, arr: [1, , 3] });
  c.on('message', (m) => {
    if (m.err) console.log('error', m.err instanceof RangeError, m.err.name, m.err.message);
    else console.log(m);
  });
  try { fork(__filename, ['child'], { serialization: 'xml' }); } catch (e) { console.log(e.code, e.message); }
  c.on('exit', (code) => console.log('exit', code));
}
