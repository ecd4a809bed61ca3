// metrics-singleton.js — helper of singleton-module-state.js: a metrics module whose
// export is one instance, shared through require's cache by every module that loads
// it; observe() keeps every sample of every series for percentiles, never trimmed.
'use strict';

class Metrics {
  constructor() {
    this.series = {};
  }
  observe(name, value) {
    (this.series[name] || (this.series[name] = [])).push({ value, at: Date.now() });
  }
  p50(name) {
    const s = (this.series[name] || []).map((x) => x.value).sort((a, b) => a - b);
    return s[s.length >> 1];
  }
}

module.exports = new Metrics();
