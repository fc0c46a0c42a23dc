import mime from 'mime';
import mimeLite from 'mime/lite';
console.log(mime.getType('txt'), mime.getType('file.json'), mime.getType('a/b/c.html'), mime.getType('x.unknownext'), mime.getExtension('text/html'), mimeLite.getType('png'));
console.log([...mime.getAllExtensions('image/jpeg')].sort());
