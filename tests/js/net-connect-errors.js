// connect errors: ECONNREFUSED fields, destroy with error, write after end
const net = require('net');
const tmp = net.createServer().listen(0, '127.0.0.1', () => {
  const port = tmp.address().port;
  tmp.close(() => {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.on('error', (e) => {
      console.log(e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log(Object.keys(e).sort().join(','));
    });
    s.on('close', (hadError) => {
      console.log('close hadError', hadError);
      const srv = net.createServer((c) => c.resume()).listen(0, '127.0.0.1', () => {
        const s2 = net.connect(srv.address().port, '127.0.0.1', () => {
          s2.end();
          s2.write('late', (err) => console.log('write cb', err && err.code));
          s2.on('error', (e) => console.log('s2 error', e.code, e.message));
          s2.on('close', () => {
            const s3 = net.connect(srv.address().port, '127.0.0.1');
            s3.on('error', (e) => console.log('s3 error', e.message));
            s3.on('close', (h) => { console.log('s3 close', h); srv.close(); });
            s3.destroy(new Error('boom'));
          });
        });
      });
    });
  });
});
