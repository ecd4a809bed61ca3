// util.promisify(setTimeout) / util.promisify(setImmediate) give timers/promises'
// functions (util.promisify.custom), as the common `const sleep = promisify(setTimeout)`.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(sleep === require('timers/promises').setTimeout, immediate === require('timers/promises').setImmediate);
console.log(typeof setTimeout[util.promisify.custom], Object.keys(setTimeout), Object.keys(setImmediate));
(async () => {
  const t0 = Date.now();
  const v = await sleep(20, 'value');
  console.log('slept', v, Date.now() - t0 >= 15);
  console.log('immediate', await immediate('imm'));
  setTimeout(() => console.log('timer 5'), 5);
  await sleep(1);
  console.log('after sleep 1');
  const order = [];
  await Promise.all([sleep(10).then(() => order.push(10)), sleep(1).then(() => order.push(1)), immediate().then(() => order.push('i'))]);
  console.log(order);
})();
