// Promise.any takes the first fulfilment, or rejects with an AggregateError.
Promise.any([Promise.reject('a'), Promise.resolve('b'), Promise.resolve('c')])
  .then(function (v) { console.log('any fulfilled', v); });
Promise.any([Promise.reject('x'), Promise.reject('y')]).catch(function (e) {
  console.log(String(e instanceof AggregateError), String(e instanceof Error), e.name);
  console.log(e.message);
  console.log(e.errors.length, e.errors[0], e.errors[1]);
});
Promise.any([]).catch(function (e) { console.log('empty', e.name, e.errors.length); });
