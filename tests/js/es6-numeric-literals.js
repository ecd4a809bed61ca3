// Binary and octal literals and numeric separators.
console.log(0b1010, 0o17, 0B11, 0O7);
console.log(1_000_000, 0xFF_FF, 1_0.5_0, 1e1_0);
