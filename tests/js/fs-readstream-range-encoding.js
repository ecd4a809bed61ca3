// ReadStream start/end (inclusive), the encoding option and setEncoding (strings, with
// multi-byte characters split across chunks decoded whole), and start > end rejected.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readstream-range-encoding-'));
var file = path.join(dir, 'data');
fs.writeFileSync(file, 'abcdefghij\u00e9\u20ac\u00e9\u20ac end');

function collect(opts, setEnc, cb) {
  var rs = fs.createReadStream(file, opts);
  if (setEnc) rs.setEncoding(setEnc);
  var parts = [];
  rs.on('data', function (c) { parts.push(typeof c === 'string' ? JSON.stringify(c) : '<' + c.toString('hex') + '>'); });
  rs.on('end', function () { cb(parts.join(' ') + ' read=' + rs.bytesRead); });
}

collect({ start: 2, end: 5 }, null, function (r) {
  console.log('2..5', r);
  collect({ start: 8 }, null, function (r) {
    console.log('8..', r);
    collect({ end: 0 }, null, function (r) {
      console.log('..0', r);
      collect({ encoding: 'utf8', highWaterMark: 3, start: 9 }, null, function (r) {
        console.log('utf8 hwm 3', r);
        collect({ highWaterMark: 4 }, 'hex', function (r) {
          console.log('setEncoding hex', r);
          collect({ highWaterMark: 5, start: 10 }, 'utf8', function (r) {
            console.log('setEncoding utf8', r);
            collect({ encoding: 'base64', start: 0, end: 6 }, null, function (r) {
              console.log('base64', r);
              try {
                fs.createReadStream(file, { start: 5, end: 2 });
              } catch (e) {
                console.log(e.name, e.code, e.message);
              }
              try {
                fs.createReadStream(file, { start: -1 });
              } catch (e) {
                console.log(e.name, e.code, e.message);
              }
              try {
                fs.createReadStream(file, { end: 'x' });
              } catch (e) {
                console.log(e.name, e.code, e.message);
              }
              try {
                fs.createReadStream(file, { encoding: 'nope' });
              } catch (e) {
                console.log(e.name, e.code, e.message);
              }
              fs.rmSync(dir, { recursive: true });
              console.log('cleaned', fs.existsSync(dir));
            });
          });
        });
      });
    });
  });
});
