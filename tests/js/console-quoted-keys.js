// Keys that are not valid identifiers are quoted; numeric-like keys print bare.
console.log({ 'a-b': 1, 'with space': 2, ok: 3, _u: 4, $d: 5 });
console.log({ '1': 'one', '01': 'zero-one', '': 'empty' });
console.log({ "it's": 1 });
console.log({ 'a.b': 1, 'ünï': 2 });
console.log({ 'line\nbreak': 1 });
