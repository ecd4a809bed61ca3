// cache-deep-class-chain.js — an App holds its services in a Map; the billing service
// holds a Ledger, whose journal keeps an entry per invoice by customer: the growth is
// five steps below the app's variable, through class instances and a Map.
'use strict';

class Ledger {
  constructor() {
    this.journal = { byCustomer: {}, count: 0 };
  }
  post(customer, invoice) {
    const list = this.journal.byCustomer[customer] || (this.journal.byCustomer[customer] = []);
    list.push({ invoice: invoice.id, amount: invoice.amount, lines: [invoice.id, 'net'] });
    this.journal.count++;
  }
}

class BillingService {
  constructor() {
    this.ledger = new Ledger();
  }
}

class App {
  constructor() {
    this.services = new Map();
    this.services.set('billing', new BillingService());
  }
}

const app = new App();
let next = 0;

function setup() {}

function action() {
  const billing = app.services.get('billing');
  for (let i = 0; i < 800; i++) {
    const n = next++;
    billing.ledger.post('c' + (n % 8), { id: n, amount: n % 97 });
  }
}

function teardown() {
  app.services.get('billing').ledger = new Ledger();
}

module.exports = { setup, action, teardown };
