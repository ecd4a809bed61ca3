// net-feed-subscribers.js — a TCP price feed: PriceFeed is an EventEmitter subclass,
// and every client connection subscribes to it with feed.subscribe(); when the client
// disconnects the subscription is never dropped, so each closed socket stays reachable
// from the feed's 'price' listeners. Snapshots from the app after each wave of clients.
'use strict';

const net = require('net');
const EventEmitter = require('events');
const leakscope = require('leakscope');

class PriceFeed extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
    this.last = {};
  }
  subscribe(onPrice) {
    this.on('price', onPrice);
  }
  publish(symbol, price) {
    this.last[symbol] = price;
    this.emit('price', symbol, price);
  }
}

const feed = new PriceFeed();

const server = net.createServer((socket) => {
  const client = { addr: socket.remoteAddress, symbols: ['ACME', 'INIT'], sent: 0 };
  feed.subscribe(function sendPrice(symbol, price) {
    if (!socket.destroyed && client.symbols.includes(symbol)) {
      client.sent++;
      socket.write(symbol + ' ' + price + '\n');
    }
  });
  socket.on('data', () => {});
  socket.on('end', () => socket.end());
});

function connectOnce(port) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.end('bye\n'));
    c.on('data', () => {});
    c.on('close', resolve);
    c.on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let wave = 0; wave < 4; wave++) {
    for (let i = 0; i < 40; i++) await connectOnce(port);
    feed.publish('ACME', 100 + wave);
    leakscope.snapshot('wave-' + wave);
  }
  server.close();
}

main();
