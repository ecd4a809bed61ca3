// process.versions has node and uv version strings.
var v = process.versions;
console.log(typeof v);
console.log(typeof v.node, /^\d+\.\d+\.\d+$/.test(v.node));
console.log(typeof v.uv, /^\d+\.\d+\.\d+/.test(v.uv));
console.log('node' in v, 'uv' in v);
