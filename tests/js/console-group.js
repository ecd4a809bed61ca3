// console.group indents following output by two spaces per level; group prints its label first.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.log({ multi: 'line', obj: { with: ['many', 'properties', 'to', 'make', 'it', 'wrap', 'around', 'the', 'line'] } });
console.group();
console.info('level 2');
console.log('a\nb');
console.groupEnd();
console.groupCollapsed('Collapsed %s', 'label');
console.log('level 2 again');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to 0');
