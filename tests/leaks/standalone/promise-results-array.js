// promise-results-array.js — a crawler that fetches pages through a promise chain and
// keeps every parsed result in a module-level array "for the summary", which is never
// printed nor trimmed. Snapshots taken by the app between batches.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const crawlResults = [];

function fetchPage(url) {
  return new Promise((resolve) => setImmediate(() => resolve('<html>' + url + '</html>')));
}

function crawl(url) {
  return fetchPage(url)
    .then((html) => ({ url, length: html.length, links: [url + '/a', url + '/b'] }))
    .then((parsed) => {
      crawlResults.push(parsed);
      return parsed.length;
    });
}

async function main() {
  for (let batch = 0; batch < 5; batch++) {
    const urls = Array.from({ length: 60 }, (_, i) => `https://site.test/${batch}/${i}`);
    await Promise.all(urls.map(crawl));
    snap('batch ' + batch);
  }
}

main();
