// readline over any Readable: lines split across chunks, \r\n split between chunks, a
// multi-byte character split between Buffers, pause/resume events, the order of 'line',
// 'pause' and 'close' against the input's own 'end'.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const euro = Buffer.from('€');
const input = Readable.from([Buffer.from('ab'), Buffer.from('c\r'), Buffer.from('\nd'), Buffer.concat([Buffer.from('e'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('\n\ntail')])]);
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const seen = [];
rl.on('line', (l) => seen.push(l));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
input.on('end', () => console.log('input end'));
rl.on('close', () => {
  console.log('close', seen);
  const pt = new PassThrough();
  const rl2 = readline.createInterface(pt);
  rl2.on('line', (l) => { console.log('rl2 line', l); if (l === 'pause me') { rl2.pause(); setTimeout(() => rl2.resume(), 5); } });
  rl2.on('close', () => console.log('rl2 close'));
  pt.write('x\npause me\ny');
  setTimeout(() => { pt.end('\nz'); }, 20);
  (async () => {
    const rl3 = readline.createInterface({ input: Readable.from(['1\n2\n', '3']) });
    const got = [];
    for await (const line of rl3) got.push(Number(line));
    console.log('for await', got);
  })();
});
console.log('sync end');
