// A child's stdio are stream.Readable / stream.Writable, as in Node, so that
// stream utilities (finished, pipeline, async iteration, highWaterMark)
// work on them.
const {spawn} = require('child_process');
const {Readable, Writable, finished, pipeline, PassThrough} = require('stream');

const child = spawn('sh', ['-c', 'read line; echo "got $line"; echo oops >&2']);
console.log(child.stdout instanceof Readable, child.stderr instanceof Readable,
            child.stdin instanceof Writable, child.stdout.readableHighWaterMark,
            child.stdout.readableObjectMode, child.stdin.writableObjectMode);
const order = [];
child.on('exit', (code) => order.push(`exit ${code}`));
finished(child.stdin, (error) => order.push(`stdin finished ${error?.code ?? 'ok'}`));
child.stdout.setEncoding('utf8');
let out = '';
child.stdout.on('data', (chunk) => { out += chunk; });
const collected = new PassThrough();
let err = '';
collected.on('data', (chunk) => { err += chunk; });
pipeline(child.stderr, collected, (error) => order.push(`stderr pipeline ${error?.code ?? 'ok'}`));
child.stdin.end('hello\n', () => order.push('stdin end callback'));
child.on('close', (code) => {
  console.log(JSON.stringify(out), JSON.stringify(err), code);
  console.log(order.includes('stdin finished ok'), order.includes('stdin end callback'),
              order.includes('exit 0'));
});
