// rate-store.mjs — helper of esm-rate-limiter.mjs: per-client request counters in a Map
// of an ES module, keyed by client and window; old windows are never dropped.
export const windows = new Map();

export function hit(client, windowId) {
  const key = client + '@' + windowId;
  let w = windows.get(key);
  if (!w) {
    w = { client, windowId, count: 0, first: [windowId, client.length] };
    windows.set(key, w);
  }
  return ++w.count;
}
