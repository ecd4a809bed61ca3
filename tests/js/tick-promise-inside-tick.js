// Microtasks queued from ticks run after every queued tick, including ones added meanwhile.
process.nextTick(function () {
  console.log('tick 1');
  Promise.resolve().then(function () { console.log('promise from tick 1'); });
  process.nextTick(function () { console.log('tick 3 (nested)'); });
});
process.nextTick(function () {
  console.log('tick 2');
  Promise.resolve().then(function () {
    console.log('promise from tick 2');
    process.nextTick(function () { console.log('tick from promise'); });
    Promise.resolve().then(function () { console.log('promise from promise'); });
  });
});
