// bad URLs and ports given to http.get / net.connect
const http = require('http');
const net = require('net');
for (const fn of [
  () => http.get('not a url'),
  () => http.get('http://127.0.0.1:99999/'),
  () => http.get({ host: '127.0.0.1', port: 70000 }),
  () => net.connect({ port: 70000, host: '127.0.0.1' }),
  () => net.connect({ port: -1 }),
  () => net.connect({ host: '127.0.0.1' }),
  () => http.request({ method: 42 }),
  () => http.request({ headers: { 'bad key': 'v' }, port: 1 }),
  () => http.request({ timeout: 'x', port: 1 }),
]) {
  try {
    const r = fn();
    r.on('error', (e) => console.log('async error', e.code));
    r.destroy();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
