// Classes: constructor, methods (non-enumerable), static methods, getters and setters.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  static origin() { return new Point(0, 0); }
  get sum() { return this.x + this.y; }
  set sum(v) { this.x = v; this.y = 0; }
}
const p = new Point(3, 4);
console.log(p.len(), p.sum, Point.origin().len());
p.sum = 10;
console.log(p.x, p.y);
console.log(Object.keys(p), Object.keys(Point.prototype), typeof Point);
console.log(p instanceof Point, p.constructor === Point, Point.name, p.len.name);
