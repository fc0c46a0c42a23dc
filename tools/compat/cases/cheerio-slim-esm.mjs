import * as cheerio from 'cheerio/slim';
const $ = cheerio.load('<p>a <b>b</b></p>', null, false);
console.log($('b').text(), $.html(), $.root().children().length);
