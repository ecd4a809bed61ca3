// the classic line-by-line file reader with for await, and a CRLF file
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const file = path.join(os.tmpdir(), 'ls-rl-file-' + process.pid + '.txt');
fs.writeFileSync(file, 'first\r\nsecond\n\nfourth with ünïcödé\r\nlast');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, JSON.stringify(line));
  const rl2 = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 3 }) });
  const lines = [];
  rl2.on('line', (l) => lines.push(l.length));
  await require('events').once(rl2, 'close');
  console.log('lengths with tiny chunks', lines);
  fs.unlinkSync(file);
})();
