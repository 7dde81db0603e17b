// A registry of named plug-ins (engines, runners): the one list their names come from, and the
// one error a wrong name gets (naming the valid ones).
import { UsageError } from './errors.ts';

export class NamedRegistry<T extends { readonly name: string }> {
  private readonly items = new Map<string, T>();

  constructor(
    /** What an item is called in messages ("engine", "runner"). */
    private readonly what: string,
    items: readonly T[],
  ) {
    for (const item of items) this.items.set(item.name, item);
  }

  get(name: string): T {
    const item = this.items.get(name);
    if (!item) throw new UsageError(`unknown ${this.what} "${name}": valid ${this.what}s are ${this.names().join(', ')}`);
    return item;
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  names(): string[] {
    return [...this.items.keys()];
  }

  all(): T[] {
    return [...this.items.values()];
  }
}
