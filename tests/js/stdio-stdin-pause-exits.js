// stdin.pause() after the first chunk stops reading (a tick later), so the process
// exits with the rest of the input unread; 'end' never comes.
var stdin = process.stdin;
var chunks = 0;
stdin.on('data', function (chunk) {
  chunks++;
  if (chunks === 1) {
    console.log('first chunk is a Buffer:', Buffer.isBuffer(chunk), 'non-empty:', chunk.length > 0);
    stdin.pause();
    console.log('isPaused:', stdin.isPaused(), 'readableFlowing:', stdin.readableFlowing);
  }
});
stdin.on('pause', function () { console.log('pause event'); });
stdin.on('end', function () { console.log('end (wrong)'); });
process.on('exit', function (code) {
  console.log('exit', code, 'chunks', chunks, 'readableEnded', stdin.readableEnded);
});
