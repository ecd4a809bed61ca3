// Object.prototype.toString of the core and web classes scripts meet: globalThis, URL,
// URLSearchParams, AbortController/AbortSignal, TextEncoder/TextDecoder, EventTarget,
// Event, CustomEvent, DOMException, Headers/Request/Response, Performance, console; the
// global console is Node's plain object (Object [console]) yet instanceof Console, and
// its bound methods keep their names (Node's output).
const util = require('util');
const { Console } = require('console');
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts(globalThis), ts(JSON), ts(Math), ts(new URL('http://x')), ts(new URLSearchParams()));
console.log(ts(new AbortController()), ts(new AbortController().signal), ts(new TextEncoder()), ts(new TextDecoder()));
console.log(ts(new EventTarget()), ts(new Event('x')), ts(new CustomEvent('c')), ts(new DOMException('x')));
console.log(ts(new Headers()), ts(new Request('http://127.0.0.1/')), ts(new Response('')), ts(performance), ts(performance.mark('m')));
console.log(ts(console), ts(Symbol()), ts(function* () {}()), ts(new (require('events'))()), ts(require('fs').statSync('.')));
class MyTarget extends EventTarget {}
console.log(ts(new MyTarget()), new MyTarget());
console.log(new URL('http://a.com/x?y=1#z').href, new URLSearchParams('a=1'), new AbortController(), AbortSignal.abort('r').aborted);
console.log(new TextEncoder(), new TextDecoder());
console.log(util.inspect(new DOMException('m', 'AbortError')).split('\n')[0]);
console.log(console instanceof Console, new Console(process.stdout) instanceof Console, ({}) instanceof Console);
console.log(util.inspect(console, { depth: 0 }).split('\n')[0]);
console.log(['log', 'warn', 'error', 'info', 'debug', 'dir', 'table', 'time', 'trace', 'assert', 'group', 'count'].map((k) => k + ':' + console[k].name).join(' '));
console.log(console.log, console.table);
class MyC extends Console {}
const mc = new MyC({ stdout: process.stdout });
mc.log('from subclass', mc instanceof Console, mc instanceof MyC);
const plain = Console({ stdout: process.stdout, stderr: process.stderr });
plain.log('no new', plain instanceof Console);
console.log(Object.keys(console).length > 10, Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
