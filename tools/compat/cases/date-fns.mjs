import { format, addDays, differenceInCalendarDays, parseISO, formatDistance, isValid, eachDayOfInterval, formatISO } from 'date-fns';
import { de } from 'date-fns/locale';
const d = parseISO('2024-02-28T10:00:00');
console.log(format(addDays(d, 2), "yyyy-MM-dd EEEE 'at' HH:mm"), format(d, 'PPPP', { locale: de }));
console.log(differenceInCalendarDays(parseISO('2024-12-25'), d), formatDistance(d, parseISO('2024-03-30T00:00:00'), { addSuffix: true }));
console.log(isValid(parseISO('x')), eachDayOfInterval({ start: d, end: addDays(d, 2) }).map((x) => formatISO(x, { representation: 'date' })));
