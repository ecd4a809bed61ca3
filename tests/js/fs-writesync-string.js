// fs.writeSync with strings (written without a Buffer when the string is its own UTF-8):
// counts, positions, encodings, U+0000 and lone surrogates, and Node's errors.
var fs = require('fs');
var f = require('path').join(require('os').tmpdir(), 'leakscope-writesync-' + process.pid + '.txt');
var fd = fs.openSync(f, 'w');
console.log(fs.writeSync(fd, 'héllo ☃ 😀\n'), fs.writeSync(fd, 'nul\u0000x\n'), fs.writeSync(fd, 'lone \ud800 x\n'));
console.log(fs.writeSync(fd, 'AB', 0), fs.writeSync(fd, 'hex', undefined, 'utf8'), fs.writeSync(fd, '6869', null, 'hex'));
console.log(fs.writeSync(fd, ''), fs.writeSync(fd, Buffer.from('buf\n')));
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
try { fs.writeSync(fd, 'closed'); } catch (e) { console.log(Object.keys(e).join(), e.message, e.code); }
try { fs.writeSync(-1, 'x'); } catch (e) { console.log(e.code, e.message); }
try { fs.writeSync(1.5, 'x'); } catch (e) { console.log(e.code, e.message); }
try { fs.writeSync(fd, 'x', -1); } catch (e) { console.log(e.code, e.message); }
var rfd = fs.openSync(f, 'r');
try { fs.writeSync(rfd, 'x'); } catch (e) { console.log(Object.keys(e).join(), e.message); }
fs.closeSync(rfd);
fs.unlinkSync(f);
