// pipe-to: wc -c
// not-differential: Node 20 loses all but about 64 KB here; thaw delivers every byte
// 8 MiB written to a pipe, then process.exit(): all of it arrives.
const chunk = 'x'.repeat(1 << 20) + '\n';
for (let i = 0; i < 8; i++) process.stdout.write(chunk);
process.exit(0);
