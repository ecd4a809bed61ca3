// Unicode property escapes with the u flag; without it \p is an identity escape (Annex B)
console.log('héllo wörld 123 ÀÉ'.match(/\p{L}+/gu), 'a1b2'.replace(/\P{L}/gu, '_'), /^\p{Lu}/u.test('Élan'), /^\p{Lu}/u.test('élan'), /\p{Ll}/u.test('A'));
console.log('Hello, World! ¿Qué?'.replace(/\p{P}/gu, ''), '3 apples, ٣ oranges'.match(/\p{N}/gu), 'tab\there'.split(/\p{White_Space}/u));
console.log('I ❤️ JS 🚀'.match(/\p{Extended_Pictographic}/gu), 'Ωmega Жизнь 漢字 abc'.match(/\p{Script=Greek}+|\p{sc=Cyrillic}+|\p{Script=Han}+/gu));
console.log('naïve café'.match(/[\p{L}\p{N}]+/gu), 'a-b_c'.match(/[^\p{L}]/gu), /[\P{L}]/u.test('a'), /\p{L}/iu.test('Z'));
const slug = (t) => t.normalize('NFD').replace(/\p{M}/gu, '');
try { slug('é'); } catch (e) { console.log(e.name, e.message); }
try { new RegExp('\\p{Nope}', 'u'); } catch (e) { console.log(e.name, e.message); }
console.log(/\p{L}/.test('p{L}'), String.raw`\p{L}`.length);
const slugify = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
console.log(slugify('  Crème Brûlée — 2024 Édition! '), slugify('Ünïcödé ñ'));
console.log('Ünïcödé'.normalize('NFD').replace(/\p{Mn}/gu, ''), /a{,2}/.test('a{,2}'), /x{2}/.test('xx'));
const words = 'Déjà vu: 3 naïve cafés, ¡olé!'.match(/[\p{L}']+/gu);
console.log(words, words.length);
