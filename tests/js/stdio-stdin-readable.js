// The 'readable' event with read() in a loop drains process.stdin; read() returns null
// when the buffer is empty and 'end' follows the last read.
var stdin = process.stdin;
var total = 0;
var nulls = 0;
stdin.on('readable', function () {
  var chunk;
  while ((chunk = stdin.read()) !== null) total += chunk.length;
  nulls++;
});
stdin.on('end', function () {
  console.log('end: total', total, 'readable events > 0', nulls > 0);
});
