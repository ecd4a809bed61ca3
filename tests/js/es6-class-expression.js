// Class expressions, named from the variable, and new.target.
const K = class {
  constructor() { this.t = new.target === K; }
};
console.log(new K().t, K.name);
function F() { return new.target === undefined ? 'call' : 'new'; }
console.log(F(), new F() instanceof F);
const make = () => class Named { who() { return 'named'; } };
console.log(new (make())().who());
