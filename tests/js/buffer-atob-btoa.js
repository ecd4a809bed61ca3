// atob and btoa, with Node 20's InvalidCharacterError (code 5) for invalid input and
// ERR_MISSING_ARGS without an argument.
console.log(btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), btoa(123), btoa(null), btoa(undefined));
console.log(atob('aGVsbG8='), atob(' aGVs bG8 '), atob('YQ'), atob('YWI'), atob(''), atob('\taGk=\n'));
console.log(atob('//79').length, atob('//79').charCodeAt(0), JSON.stringify(atob(null)));
function attempt(f) {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof Error);
  }
}
attempt(function () { return atob('a'); });
attempt(function () { return atob('abcde'); });
attempt(function () { return atob('!!!!'); });
attempt(function () { return atob('YQ='); });
attempt(function () { return atob('Y=Q='); });
attempt(function () { return atob('YQ==='); });
attempt(function () { return atob('YQ=='); });
attempt(function () { return atob('-_-_'); });
attempt(function () { return atob(); });
attempt(function () { return btoa('\u0100'); });
attempt(function () { return btoa('\u20ac'); });
attempt(function () { return btoa(); });
