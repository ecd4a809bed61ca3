// static-private-registry.js — a home-made tracing library keeps every Span it starts in
// a static private Map of the class ("so we can list open spans"), and end() only marks
// the span ended instead of deleting it. An order-processing batch job runs 200 orders a
// round, each inside a span; snapshots taken by the app between rounds.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class Span {
  static #open = new Map();
  static #nextId = 1;
  static get openCount() {
    return Span.#open.size;
  }

  #attributes;
  constructor(name, attributes) {
    this.id = Span.#nextId++;
    this.name = name;
    this.#attributes = { ...attributes, service: 'orders', startedAt: this.id };
    Span.#open.set(this.id, this);
  }

  setAttribute(key, value) {
    this.#attributes[key] = value;
  }

  end() {
    this.ended = true; // forgot: Span.#open.delete(this.id)
  }
}

function processOrder(order) {
  const span = new Span('processOrder', { orderId: order.id, customer: order.customer });
  const total = order.lines.reduce((sum, l) => sum + l.qty * l.price, 0);
  span.setAttribute('total', total);
  span.end();
  return total;
}

let revenue = 0;
for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 200; i++) {
    const order = { id: `${round}-${i}`, customer: 'c' + (i % 17), lines: [{ qty: 2, price: 9.5 }, { qty: 1, price: 20 }] };
    revenue += processOrder(order);
  }
  snap('round ' + round);
}
console.log(revenue, Span.openCount);
