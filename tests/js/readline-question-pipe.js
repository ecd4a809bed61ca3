// rl.question on a PassThrough input; output written to a collecting stream
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const input = new PassThrough();
let written = '';
const output = new Writable({ write(c, e, cb) { written += c; cb(); } });
const rl = readline.createInterface({ input, output, terminal: false });
rl.question('Name? ', (name) => {
  rl.question('Age? ', (age) => {
    console.log(`name=${name} age=${age}`);
    rl.close();
  });
  input.write('42\n');
});
rl.on('close', () => console.log('closed; output was', JSON.stringify(written)));
input.write('Ada\n');
