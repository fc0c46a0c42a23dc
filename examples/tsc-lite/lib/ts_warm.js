// Evaluated once, at build time: loads TypeScript and transpiles a sample
// that uses the syntax CLIs meet most, so that the compiler's functions for
// it (scanner, parser, the transforms that erase types and lower syntax,
// the emitter) are compiled into the snapshot instead of at each start.
const ts = require('typescript');
const options = { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } };
const sample = `
import { readFileSync } from 'fs';
import type { Stats } from 'fs';
export const answer: number = 6 * 7;
export function identity<T>(x: T): T { return x; }
const greet = (name: string, punctuation = '!'): string => \`hi \${name}\${punctuation}\`;
export enum Level { Low = 1, High, Named = 'named' }
export interface Options { readonly verbose?: boolean; level: Level }
type Pair<A, B> = [A, B] | undefined;
abstract class Base<T extends object> {
  constructor(protected readonly data: T, public name = 'base') {}
  abstract size(): number;
  describe(): string { return \`\${this.name}: \${this.size()}\`; }
}
export class Box extends Base<{ items: string[] }> {
  static empty = new Box({ items: [] });
  #count = 0;
  size() { return this.data.items.length + this.#count; }
  get first(): string | undefined { return this.data.items[0]?.trim() ?? undefined; }
}
namespace Util { export const twice = (n: number) => n * 2; }
export async function load(path: string, options?: Options): Promise<string> {
  const text = readFileSync(path, 'utf8') as string;
  for (const [index, line] of text.split('\\n').entries()) {
    if (options?.verbose && index > 0) console.log(line!);
  }
  const { a, ...rest } = { a: 1, b: 2 };
  const pair: Pair<number, string> = [a, String(rest)];
  return await Promise.resolve(greet(pair?.[1] ?? '', '?') + Util.twice(a));
}
export default Box;
`;
ts.transpileModule(sample, options);
module.exports = { ts, options };
