export let counter = 0;
export function bump() { counter++; }
export * as pathNamespace from 'node:path';
