import stripAnsi from 'strip-ansi';
console.log(stripAnsi('\u001B[4mUnicorn\u001B[0m'), stripAnsi('\u001B]8;;https://github.com\u0007Click\u001B]8;;\u0007'), JSON.stringify(stripAnsi('\u001b[31;1mred\u001b[39m plain')));
