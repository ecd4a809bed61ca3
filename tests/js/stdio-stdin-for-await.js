// for await over process.stdin (piped): the whole input, decoded as set.
(async () => {
  let data = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) data += chunk;
  const nums = data.trim().split(/\s+/).map(Number);
  console.log('sum', nums.reduce((a, b) => a + b, 0), 'count', nums.length);
})();
