// closure-chain.js — the classic replaced-object closure leak (Meteor's "theThing"):
// replaceThing() builds a new object whose method closes over the scope that also holds
// originalThing (the previous object, referenced by the unused closure). Closures created
// in one scope share it, so each new theThing keeps the previous one alive: a chain that
// grows by one link (and one long string) per call, though no collection grows.

var theThing = null;

function replaceThing() {
  var originalThing = theThing;
  var unused = function () {
    if (originalThing) return 'hi';
  };
  theThing = {
    longStr: new Array(1000).join('*'),
    someMethod: function () {
      return 'someMessage';
    }
  };
  return unused;
}

function setup() {}

function action() {
  for (var i = 0; i < 100; i++) replaceThing();
}

function teardown() {
  theThing = null;
}

module.exports = { setup: setup, action: action, teardown: teardown };
