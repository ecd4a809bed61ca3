// console.count counts per label ("default" when none); countReset restarts it.
console.count();
console.count();
console.count('a');
console.count('b');
console.count('a');
console.count('default');
console.countReset('a');
console.count('a');
console.countReset();
console.count();
console.count(1);
console.count('1');
