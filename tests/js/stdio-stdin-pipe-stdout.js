// process.stdin.pipe(process.stdout) copies the input; stdout is not ended when stdin
// ends (Readable.pipe never ends process.stdout), so writing after 'end' still works.
var stdin = process.stdin;
var out = process.stdout;
out.on('finish', function () { console.log('stdout finished (wrong)'); });
var ret = stdin.pipe(out);
stdin.on('end', function () {
  process.nextTick(function () {
    out.write('-- after end: stdout writableEnded ' + out.writableEnded + '\n');
  });
});
process.on('exit', function () {
  out.write('-- exit, pipe returned stdout: ' + (ret === out) + '\n');
});
