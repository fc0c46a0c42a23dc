const cheerio = require('cheerio/slim');
const $ = cheerio.load('<ul id="fruits"><li class="apple">Apple</li><li class="orange">Orange</li><li class="pear">Pear &amp; co</li></ul>');
console.log($('.apple', '#fruits').text(), $('ul .pear').attr('class'), $('li').length);
$('ul').append('<li class="plum">Plum</li>');
$('.orange').addClass('citrus').removeClass('orange');
console.log($.html());
console.log($('li').map((i, el) => $(el).text()).get().join('|'));
