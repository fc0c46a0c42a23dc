// A larger input for tsc-lite: types, generics, enums, classes, decorators
// are erased or lowered the same way under every runtime.
export enum Color { Red = 1, Green, Blue = 'blue' }

export interface Shape { area(): number; readonly name: string }

abstract class Base<T extends object> implements Shape {
  constructor(protected readonly data: T, public name = 'base') {}
  abstract area(): number;
  describe(): string { return `${this.name}: ${this.area().toFixed(2)}`; }
}

export class Circle extends Base<{ r: number }> {
  static unit = new Circle({ r: 1 });
  #secret?: string;
  area() { return Math.PI * this.data.r ** 2; }
}

namespace Geometry {
  export const origin = { x: 0, y: 0 } as const;
  export function dist(a: typeof origin, b: { x: number; y: number }) {
    return Math.hypot(a.x - b.x, a.y - b.y);
  }
}

type Maybe<T> = T | undefined;
const pick = <T, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

async function* countdown(n: number): AsyncGenerator<number> {
  for (let i = n; i > 0; i--) yield i;
}

let maybe: Maybe<string> = undefined;
console.log(maybe ?? 'none', maybe?.length, Color.Blue, Geometry.dist(Geometry.origin, { x: 3, y: 4 }));
console.log(pick({ a: 1, b: 2, c: 3 }, 'a', 'c'), Circle.unit.describe(), countdown);
