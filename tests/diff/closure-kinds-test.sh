#!/bin/sh
# closure-kinds-test.sh BIN — a leak through closures of every kind the app can make
# per request: an arrow, an async arrow, a method shorthand, an async method, an async
# function expression and a bound arrow, each kept in a module's array and by a pending
# promise's reactions (then()). The report names the closure (by its name or "closure",
# and its file:line) and goes on into what it keeps (scope.req), as for a plain
# function. Arrows, methods and async functions have no 'prototype' object (mujs patch
# 0116, as in Node): that once left a reaction's handler lighter than the promise then()
# derived, and the path stopped at "reactions[]"; an async method is named by the key
# the down-leveler's __ls.fnKind gives it. Each case is a `gate --scenario` app written
# here; its name says the holder and the kind.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-closure-kinds.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0

# app HOLDER KIND: the app's text; the closure is made on line 7 (the "SITE" line)
app() {
	case $1 in
	reactions) keep='ready.then(fn);' ;;
	array) keep='kept.push(fn);' ;;
	esac
	cat <<JS
'use strict';
const ready = new Promise(() => {});
const kept = [];
function keep(fn) { $keep }
function handle(req) {
JS
	case $2 in
	*method) echo '  const handlers = { onReady() { return req.q.length; }, async onLoad() { return req.q; } };' ;;
	*) echo '  // (line 6: the methods of the method cases)' ;;
	esac
	case $2 in
	arrow) echo '  keep(() => req.q.length); // SITE' ;;
	async-arrow) echo '  keep(async () => req.q.length); // SITE' ;;
	method) echo "  keep(handlers.onReady); // SITE (the method is on line 6)" ;;
	async-method) echo '  keep(handlers.onLoad); // SITE (the method is on line 6)' ;;
	async-function) echo '  keep(async function loaded() { return req.q; }); // SITE' ;;
	bound-arrow) echo '  keep(((r) => r.q.length).bind(null, req)); // SITE' ;;
	esac
	cat <<'JS'
}
let n = 0;
module.exports = {
  action() {
    for (let i = 0; i < 80; i++) {
      handle({ id: n, q: 'select * from t where id = ' + n, params: [n, n * 2] });
      n++;
    }
  }
};
JS
}

# check NAME WANT: the one suspect's path (gate --json) starts with WANT, category closure
check() {
	if grep -qF -- "\"path\": \"$2" "$1.json" && grep -q '"category": "closure"' "$1.json"; then
		echo "ok $1: $2"
	else
		echo "FAIL $1: path does not read '$2'"
		grep -E '"(path|category)"' "$1.json" | sed 's/^/  | /'
		failed=1
	fi
}

for holder in reactions array; do
	case $holder in
	reactions) via='ready (Promise) → reactions[]' ;;
	array) via='kept[]' ;;
	esac
	for kind in arrow async-arrow method async-method async-function bound-arrow; do
		name=$holder-$kind
		app $holder $kind >"$name.js"
		"$bin" gate --scenario "$name.js" --json "$name.json" >out 2>err
		rc=$?
		if [ $rc != 1 ]; then
			echo "FAIL $name: gate exit $rc, want 1"
			sed 's/^/  | /' err | head -10
			failed=1
			continue
		fi
		case $kind in
		arrow | async-arrow) what="closure ($name.js:7) → scope.req" ;;
		method) what="onReady ($name.js:6) → scope.req" ;;
		async-method) what="onLoad ($name.js:6) → scope.req" ;;
		async-function) what="loaded ($name.js:7) → scope.req" ;;
		# (then bound_arguments[] when the bound function has no 'prototype'
		# object beside its arguments to share the growth with)
		bound-arrow) what="bound function ($name.js:7)" ;;
		esac
		check "$name" "module $name.js → $via → $what"
	done
done

# a handler that keeps little (the promise then() derived weighs more than the closure
# and its scope): the path still names the closure
cat >small.js <<'JS'
'use strict';
const ready = new Promise(() => {});
function handle(req) {
  ready.then(() => req.id);
}
let n = 0;
module.exports = { action() { for (let i = 0; i < 80; i++) handle({ id: n++ }); } };
JS
"$bin" gate --scenario small.js --json small.json >/dev/null 2>&1
check small "module small.js → ready (Promise) → reactions[] → closure (small.js:4)"

# one handler for every then() (it does not grow): the path goes on through the promise
# then() derived, to the reactions that do
cat >shared.js <<'JS'
'use strict';
const ready = new Promise(() => {});
function one() { return 1; }
function handle(req) {
  ready.then(one).then(() => req.q);
}
let n = 0;
module.exports = { action() { for (let i = 0; i < 80; i++) handle({ id: n, q: 'select ' + n++ }); } };
JS
"$bin" gate --scenario shared.js --json shared.json >/dev/null 2>&1
check shared "module shared.js → ready (Promise) → reactions[] → promise → reactions[] → closure (shared.js:5)"

exit $failed
