const Table = require('cli-table3');
const t = new Table({ head: ['Name', 'Value', '宽'], colWidths: [10, 20, 6], style: { head: [], border: [] }, wordWrap: true });
t.push(['alpha', 'a rather long value that wraps', '中文'], [{ colSpan: 2, content: 'spanning' }, 'x']);
console.log(t.toString());
const v = new Table({ style: { head: [], border: [] } }); v.push({ 'key': 'value' }, { 'k2': ['v2'] });
console.log(v.toString());
