import boxen from 'boxen';
console.log(boxen('unicorn 🦄\n中文 line', { padding: 1, margin: 1, borderStyle: 'double', title: 'magic', textAlignment: 'center' }));
console.log(boxen('x', { borderStyle: 'round', width: 12 }));
