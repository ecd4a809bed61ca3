// Strings inside objects are quoted with ', or " / ` when the string contains quotes; escapes shown.
console.log({ s: 'plain' });
console.log({ s: "it's" });
console.log({ s: 'say "hi"' });
console.log({ s: 'both \' and "' });
console.log({ s: 'all \' " `' });
console.log({ s: 'line\nbreak', t: 'tab\there' });
console.log({ s: 'back\\slash' });
console.log(['a', "b'c", 'd"e']);
console.log('top level \'strings\' "are" raw');
console.log({ s: '' });
console.log({ s: '\u0001\u007f' });
