import stringWidth from 'string-width';
console.log(stringWidth('a'), stringWidth('古'), stringWidth('\u001B[1m古\u001B[22m'), stringWidth('👩‍👩‍👧'), stringWidth('é'), stringWidth('\u200b'), stringWidth('🇯🇵'), stringWidth('ｈｅｌｌｏ'), stringWidth('', {}), stringWidth('±', { ambiguousIsNarrow: false }));
