var a = '\ud83d\ude00', b = '😀', c = String.fromCharCode(0xd83d, 0xde00), d = JSON.parse('"\\ud83d\\ude00"'), e = '\ud83d' + '\ude00';
console.log(a === b, a === c, b === c, a === d, a === e, a.length, b.length, c.length, d.length, e.length);
console.log(a, b.charCodeAt(0), b.charCodeAt(1), String.fromCharCode(0x1F600).charCodeAt(0), JSON.stringify(a));
console.log(Buffer.from(a).toString('hex'), Buffer.from('\ud83d').toString('hex'), encodeURIComponent(a));
