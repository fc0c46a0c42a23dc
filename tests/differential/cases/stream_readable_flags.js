// Readable's readableAborted and readableDidRead (Node 16.8+).
const {Readable} = require('stream');
const show = (label, r) => console.log(label, r.readableAborted, r.readableDidRead);
const ended = new Readable({read() { this.push('x'); this.push(null); }});
show('new', ended);
ended.on('data', () => {});
ended.on('end', () => { show('ended', ended); });
const destroyed = new Readable({read() {}});
destroyed.destroy();
show('destroyed', destroyed);
const errored = new Readable({read() {}});
errored.on('error', () => show('errored', errored));
errored.destroy(new Error('boom'));
const paused = new Readable({read() {}});
paused.push('y');
paused.read();
show('read()', paused);
