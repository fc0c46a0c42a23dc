const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const rel = require('dayjs/plugin/relativeTime');
const adv = require('dayjs/plugin/advancedFormat');
dayjs.extend(utc); dayjs.extend(rel); dayjs.extend(adv);
const d = dayjs.utc('2024-02-29T13:45:00Z');
console.log(d.format('YYYY-MM-DD HH:mm:ss dddd Do [Q]Q'), d.add(1, 'year').format(), d.startOf('month').toISOString());
console.log(d.from(dayjs.utc('2024-05-01T00:00:00Z')), d.diff('2024-01-01', 'day'), d.isValid(), dayjs('nope').isValid());
