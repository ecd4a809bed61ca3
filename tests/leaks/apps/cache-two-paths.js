// cache-two-paths.js — each order is kept twice: appended to allOrders and indexed in
// ordersById. One leak reached through two paths; neither path alone frees anything.
'use strict';

const allOrders = [];
const ordersById = new Map();
let next = 0;

function placeOrder(customer, total) {
  const order = { id: 'ord-' + next, customer: customer, total: total, lines: [next % 5, next % 3] };
  next++;
  allOrders.push(order);
  ordersById.set(order.id, order);
  return order;
}

function setup() {}

function action() {
  for (let i = 0; i < 200; i++) placeOrder('customer-' + (next % 60), (next * 17) % 900);
}

function teardown() {
  allOrders.length = 0;
  ordersById.clear();
}

module.exports = { setup, action, teardown };
