// os.cpus(): one {model, speed, times: {user, nice, sys, idle, irq}} per logical CPU, numbers >= 0;
// availableParallelism() is a positive integer.
var os = require('os');
var cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
var ok = cpus.every(function (c) {
  return Object.keys(c).sort().join() === 'model,speed,times' &&
    typeof c.model === 'string' && typeof c.speed === 'number' && c.speed >= 0 &&
    Object.keys(c.times).sort().join() === 'idle,irq,nice,sys,user' &&
    ['user', 'nice', 'sys', 'idle', 'irq'].every(function (k) {
      return typeof c.times[k] === 'number' && c.times[k] >= 0 && Math.floor(c.times[k]) === c.times[k];
    });
});
console.log('shape ok', ok);
var n = os.availableParallelism();
console.log(typeof n, n >= 1, Math.floor(n) === n);
console.log(os.cpus() !== cpus, os.cpus().length === cpus.length);
