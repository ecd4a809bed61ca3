// url.fileURLToPath / pathToFileURL on POSIX: percent-decoding, host and scheme
// checks, encoded slashes refused, special characters escaped, relative paths resolved
// against the working directory, trailing slashes kept.
var url = require('url');
var path = require('path');
console.log(url.fileURLToPath('file:///tmp/a%20b/%E2%82%AC'), url.fileURLToPath(new URL('file://localhost/x')));
try { url.fileURLToPath('http://a/x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.fileURLToPath('file://host/x'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath('file:///a%2fb'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath(5); } catch (e) { console.log(e.code, e.message); }
console.log(url.pathToFileURL('/tmp/a b#?%\\x\n/').href, url.pathToFileURL('/x/../y').href);
var rel = url.pathToFileURL('some/file.txt');
console.log(rel.protocol, rel.pathname === path.resolve('some/file.txt'), url.fileURLToPath(rel) === path.resolve('some/file.txt'));
console.log(url.pathToFileURL('/dir/').href, url.pathToFileURL('/é').href);
console.log(url.fileURLToPath(url.pathToFileURL('/odd %name?#')));
