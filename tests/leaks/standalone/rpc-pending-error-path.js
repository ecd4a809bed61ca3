// rpc-pending-error-path.js — a line-delimited JSON RPC client over TCP keeps each
// call's resolve/reject in a Map by request id; a reply deletes the entry, but the
// error branch rejects the caller and forgets the delete, so every failed call stays
// in the Map. Server and client on 127.0.0.1; the app snapshots itself per round.
'use strict';

const net = require('net');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const server = net.createServer((sock) => {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const msg = JSON.parse(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      const reply = msg.id % 2 ? { id: msg.id, error: 'quota exceeded' } : { id: msg.id, result: msg.params.n * 2 };
      sock.write(JSON.stringify(reply) + '\n');
    }
  });
});

class RpcClient {
  constructor(sock) {
    this.sock = sock;
    this.nextId = 0;
    this.pending = new Map();
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        this.onReply(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
      }
    });
  }
  call(method, params) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method, sentAt: Date.now() });
      this.sock.write(JSON.stringify({ id, method, params }) + '\n');
    });
  }
  onReply(msg) {
    const call = this.pending.get(msg.id);
    if (!call) return;
    if (msg.error) {
      call.reject(new Error(call.method + ': ' + msg.error));
      return;
    }
    this.pending.delete(msg.id);
    call.resolve(msg.result);
  }
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sock = net.connect(server.address().port, '127.0.0.1');
  await new Promise((resolve) => sock.on('connect', resolve));
  const rpc = new RpcClient(sock);
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 50; i++) {
      try {
        await rpc.call('double', { n: i });
      } catch (e) {
        // the caller handles the failure; the client's Map still has the call
      }
    }
    snap('round ' + round);
  }
  sock.end();
  server.close();
}

main();
