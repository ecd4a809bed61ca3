const its = [[1][Symbol.iterator](), [1].keys(), [1].entries(), 'ab'[Symbol.iterator](), new Map([[1, 2]]).entries(), new Map().keys(), new Set([1]).values(), new Set().entries()];
for (const it of its) console.log(Object.prototype.toString.call(it), it, String(it));
console.log([its[0]], { it: its[4] });
const ai = [5, 6].values(); ai.next();
console.log(ai, [...ai]);
