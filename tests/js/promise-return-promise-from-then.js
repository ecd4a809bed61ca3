// The classic ordering: returning a promise from a then callback delays its chain by two ticks.
Promise.resolve().then(function () {
  console.log(0);
  return Promise.resolve(4);
}).then(function (x) {
  console.log(x);
});
Promise.resolve().then(function () {
  console.log(1);
}).then(function () {
  console.log(2);
}).then(function () {
  console.log(3);
}).then(function () {
  console.log(5);
}).then(function () {
  console.log(6);
});
