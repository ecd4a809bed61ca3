// readable-feeds-never-ended.js — a market-data service makes a Readable per
// subscriber, pipes it into the subscriber's Writable and keeps the Readable in
// `liveFeeds` to push quotes into. When a subscriber goes away the feed is neither
// ended (push(null)) nor destroyed nor removed from the array. Snapshots taken by the
// app between waves of subscribers.
'use strict';

const { Readable, Writable } = require('stream');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const liveFeeds = [];
let delivered = 0;

function subscribe(clientId) {
  const feed = new Readable({ read() {} });
  const client = new Writable({
    write(chunk, encoding, callback) {
      delivered += chunk.length;
      callback();
    },
  });
  feed.pipe(client);
  liveFeeds.push(feed);
  return feed;
}

function publish(feed, n) {
  for (let i = 0; i < 3; i++) feed.push(`EURUSD ${1.08 + n / 1e4} ${i}\n`);
}

async function main() {
  for (let wave = 0; wave < 6; wave++) {
    for (let c = 0; c < 30; c++) publish(subscribe(`${wave}-${c}`), c);
    await new Promise((resolve) => setImmediate(resolve));
    snap('wave ' + wave);
  }
  console.log(delivered > 0, liveFeeds.length);
}

main();
