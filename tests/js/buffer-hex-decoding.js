// Decoding hex stops at the first pair that is not two hex digits; an odd last digit is
// dropped; upper and lower case are both accepted.
var inputs = ['', '0', '00', 'abCD', 'DEADbeef', 'abc', 'ab cd', 'zz11', '1g', '12zz34', '0x12', '\u00e9\u00e9'];
inputs.forEach(function (s) {
  var b = Buffer.from(s, 'hex');
  console.log(JSON.stringify(s), b.length, b.toString('hex') || '-', Buffer.byteLength(s, 'hex'));
});
console.log(Buffer.from([0, 15, 16, 255]).toString('hex'), Buffer.from('A1b2', 'HEX').toString('hex'));
