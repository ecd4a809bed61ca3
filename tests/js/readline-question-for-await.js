// readline over piped stdin: question() answers in order, then for await reads the rest.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.question('Name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Age? ', async (age) => {
    console.log(`Age next year: ${Number(age) + 1}`);
    let total = 0;
    for await (const line of rl) {
      if (line.trim() === '') continue;
      total += Number(line);
      console.log('num', line, total);
    }
    console.log('sum', total);
  });
});
rl.on('close', () => console.log('closed'));
