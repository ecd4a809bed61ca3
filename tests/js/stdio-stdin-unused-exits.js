// Touching process.stdin starts no read: with input waiting in the pipe and nobody
// listening, the process still exits when its other work is done.
var stdin = process.stdin;
console.log('readableFlowing:', stdin.readableFlowing, 'isPaused:', stdin.isPaused());
stdin.on('end', function () { console.log('end (wrong: nobody read)'); });
setTimeout(function () {
  console.log('timer ran; bytes buffered:', stdin.readableLength);
}, 20);
process.on('exit', function (code) {
  console.log('exit', code, 'readableEnded', stdin.readableEnded);
});
