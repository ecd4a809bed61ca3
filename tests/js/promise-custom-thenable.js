// A thenable's then() is called in a later microtask (PromiseResolveThenableJob), not synchronously.
var thenable = {
  then: function (onFulfilled) {
    console.log('then called');
    onFulfilled('from thenable');
  }
};
var p = new Promise(function (resolve) {
  resolve(thenable);
  console.log('after resolve');
});
p.then(function (v) { console.log('value', v); });
Promise.resolve().then(function () { console.log('m1'); }).then(function () { console.log('m2'); });
console.log('sync end');
