// cache-object-dict.js — a plain object used as a dictionary of user profiles, keyed by
// an id that is new for every request (anonymous visitors), with no eviction.

var profileStore = {};
var visits = 0;

function getProfile(visitorId) {
  var p = profileStore[visitorId];
  if (!p) {
    p = { id: visitorId, prefs: { lang: 'en', tz: 'UTC' }, history: [visits, visits + 1] };
    profileStore[visitorId] = p;
  }
  return p;
}

function setup() {}

function action() {
  for (var i = 0; i < 200; i++) {
    visits++;
    getProfile('visitor-' + visits.toString(16));
  }
}

function teardown() {
  profileStore = {};
}

module.exports = { setup: setup, action: action, teardown: teardown };
