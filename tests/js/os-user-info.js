// userInfo(): a null-prototype {uid, gid, username, homedir, shell} from the passwd entry; uid matches
// process.getuid().
var os = require('os');
var u = os.userInfo();
console.log(Object.getPrototypeOf(u) === null);
console.log(Object.keys(u).sort().join(' '));
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir);
console.log(u.shell === null || typeof u.shell === 'string');
console.log(u.username.length > 0, u.homedir.charAt(0));
console.log(u.uid === process.getuid());
var u2 = os.userInfo({ encoding: 'utf8' });
console.log(u2 !== u, u2.username === u.username);
