// console.count and console.countReset (their warnings go to stderr).
console.count();
console.count();
console.count('apples');
console.count(undefined);
console.count('apples');
console.countReset();
console.count();
console.count(1);
console.countReset('1');
console.count(1);
console.count({ toString() { return 'object label'; } });
console.countReset('never counted');
console.count('never counted');
