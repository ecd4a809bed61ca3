// global-sloppy-this.js — remember() was written as a method but is called as a plain
// function; in sloppy mode `this` is then the global object, so the list it keeps lands
// in global.rememberedItems and grows with every request.

function remember(item) {
  this.rememberedItems = this.rememberedItems || [];
  this.rememberedItems.push(item);
}

var next = 0;

function setup() {}

function action() {
  for (var i = 0; i < 200; i++) {
    var n = next++;
    remember({ id: n, label: 'item #' + n, price: (n * 13) % 500, dims: [n % 7, n % 11, n % 13] });
  }
}

function teardown() {
  delete global.rememberedItems;
}

module.exports = { setup: setup, action: action, teardown: teardown };
