// let is block scoped: an inner let shadows the outer one only inside its block.
let x = 1;
{
  let x = 2;
  console.log('inner', x);
}
console.log('outer', x);
if (true) { let y = 'if'; console.log(y); }
console.log(typeof y);
