// RegExps print as /source/flags.
console.log(/ab+c/);
console.log(/x/gi);
console.log({ re: /\d+/m });
console.log([/a/, /b/g]);
console.log(new RegExp('a/b'));
console.log(String(/q/g));
console.log(new RegExp(''));
