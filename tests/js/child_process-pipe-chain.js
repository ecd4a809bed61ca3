// connect two children: producer.stdout -> consumer.stdin, like a shell pipe
const { spawn } = require('child_process');
const producer = spawn('sh', ['-c', 'for i in 5 3 9 1 7; do echo $i; done']);
const consumer = spawn('sort', ['-n']);
producer.stdout.pipe(consumer.stdin);
let out = '';
consumer.stdout.on('data', (d) => out += d);
const ev = [];
producer.on('close', (c) => ev.push('producer ' + c));
consumer.on('close', (c) => {
  ev.push('consumer ' + c);
  console.log(JSON.stringify(out), ev.sort().join(', '));
});
