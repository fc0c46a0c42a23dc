// process.chdir and cwd, and Node's error for a missing directory.
const start = process.cwd();
process.chdir('/');
console.log(process.cwd());
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('/definitely/not/here');
} catch (error) {
  console.log(error.code, error.syscall, error.message.replace(start, 'START'));
}
