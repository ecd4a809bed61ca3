// process.stdin.setEncoding('utf8') gives string chunks, with multi-byte characters
// intact even when a read splits them; without it the chunks are Buffers.
var stdin = process.stdin;
stdin.setEncoding('utf8');
console.log('readableEncoding:', stdin.readableEncoding);
var text = '';
var types = {};
stdin.on('data', function (chunk) {
  types[typeof chunk] = true;
  text += chunk;
});
stdin.on('end', function () {
  console.log('chunk types:', Object.keys(types).join(','));
  console.log('characters:', text.length);
  var lines = text.split('\n');
  console.log('lines:', lines.length);
  console.log('first:', lines[0]);
  console.log('last non-empty:', lines[lines.length - 2]);
  console.log('bad characters:', text.indexOf('\ufffd'));
});
