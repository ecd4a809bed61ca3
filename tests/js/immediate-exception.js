// A throwing immediate is reported; the remaining immediates still run.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setImmediate(function () {
  process.nextTick(function () { console.log('tick from 1'); });
  console.log('immediate 1');
  throw new Error('imm');
});
setImmediate(function () { console.log('immediate 2'); });
setImmediate(function () { console.log('immediate 3'); });
