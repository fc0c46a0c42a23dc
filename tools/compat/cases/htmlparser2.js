const htmlparser2 = require('htmlparser2');
const out = [];
const parser = new htmlparser2.Parser({
  onopentag(name, attrs) { out.push('open ' + name + ' ' + JSON.stringify(attrs)); },
  ontext(t) { if (t.trim()) out.push('text ' + t); },
  onclosetag(name) { out.push('close ' + name); },
});
parser.write("Xyz <script type='text/javascript'>const a = 1;</script><p class=x>para <b>bold</b> &amp; &lt;</p>");
parser.end();
console.log(out.join('\n'));
const dom = htmlparser2.parseDocument('<div><span>hi</span><br/></div>');
console.log(dom.children[0].children.map((c) => c.name));
