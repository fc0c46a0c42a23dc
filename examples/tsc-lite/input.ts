const greet = (name: string): string => `hi ${name}`; console.log(greet("ts"));
