// Decoding base64 and base64url leniently, as Node does: both alphabets, whitespace and
// other characters skipped, '=' ends the data, a lone trailing character is dropped.
var inputs = ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', 'aGVs\nbG8', 'aGVsbG8-_w', 'aGVsbG8+/w==', '////', '____',
  'YQ==YQ==', 'Y', 'YQ', 'YWI', 'YWJj', '=', '=YWJj', 'a=b', '!!!', 'YW\u00e9Jj', '\u00e9\u00e9'];
inputs.forEach(function (s) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex') || '-', Buffer.from(s, 'base64url').toString('hex') || '-',
    Buffer.byteLength(s, 'base64'));
});
var bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x01]);
console.log(bytes.toString('base64'), bytes.toString('base64url'), bytes.subarray(0, 4).toString('base64'), bytes.subarray(0, 3).toString('base64url'));
