import type { RawResource, StackArtifact } from '../assembly/read-assembly';
import { Resolver, type StackIndex } from './resolver';
import { symbol, tokensOf } from './symbols';

/** One resource of one stack, with its properties resolved on first use. */
export class Resource {
  private resolved?: Record<string, unknown>;

  constructor(
    readonly model: Model,
    readonly stack: StackArtifact,
    readonly logicalId: string,
    readonly raw: RawResource,
  ) {}

  get type(): string {
    return this.raw.Type;
  }

  get path(): string | undefined {
    return this.stack.paths.get(this.logicalId);
  }

  /** Properties with intrinsics resolved; deploy-time values are symbolic tokens. */
  get props(): Record<string, unknown> {
    this.resolved ??= (this.model.resolver.resolve(this.stack, this.raw.Properties ?? {}) ??
      {}) as Record<string, unknown>;
    return this.resolved;
  }

  /** What `Ref` to this resource resolves to. */
  get ref(): unknown {
    return this.model.resolver.resolve(this.stack, { Ref: this.logicalId });
  }

  resolve(value: unknown): unknown {
    return this.model.resolver.resolve(this.stack, value);
  }

  toString(): string {
    return `${this.stack.displayName}/${this.logicalId}`;
  }
}

/** The whole cloud assembly: stacks, resources and a resolver, read once. */
export class Model implements StackIndex {
  readonly resolver: Resolver;
  readonly resources: Resource[] = [];
  private readonly stacksByKey = new Map<string, StackArtifact>();
  private readonly byToken = new Map<string, Resource>();
  private readonly exportsByName = new Map<string, { stack: StackArtifact; value: unknown }>();
  private readonly refsOf = new Map<Resource, Set<string>>();

  constructor(readonly stacks: readonly StackArtifact[]) {
    this.resolver = new Resolver(this);
    for (const stack of stacks) {
      this.stacksByKey.set(stack.key, stack);
      for (const [logicalId, raw] of Object.entries(stack.template.Resources ?? {})) {
        const resource = new Resource(this, stack, logicalId, raw);
        this.resources.push(resource);
        this.byToken.set(symbol('Ref', stack.key, logicalId), resource);
        this.byToken.set(symbol('GetAtt', stack.key, logicalId, 'Arn'), resource);
      }
      for (const output of Object.values(stack.template.Outputs ?? {})) {
        const name = output.Export?.Name;
        const resolved = name === undefined ? undefined : this.resolver.resolve(stack, name);
        if (typeof resolved === 'string') {
          this.exportsByName.set(resolved, { stack, value: output.Value });
        }
      }
    }
  }

  stack(key: string): StackArtifact | undefined {
    return this.stacksByKey.get(key);
  }

  exportOf(name: string): { stack: StackArtifact; value: unknown } | undefined {
    return this.exportsByName.get(name);
  }

  ofType(...types: string[]): Resource[] {
    return this.resources.filter((r) => types.includes(r.type));
  }

  /** The resource a resolved value points at through a `Ref` or `Arn` token, if any. */
  resourceOf(value: unknown): Resource | undefined {
    if (typeof value !== 'string') return undefined;
    for (const token of tokensOf(value)) {
      const found = this.byToken.get(token);
      if (found) return found;
    }
    return undefined;
  }

  /** True when `a` is deployed only after `b` exists: DependsOn, references or stack order. */
  dependsOn(a: Resource, b: Resource): boolean {
    const stackA = topStack(this, a.stack);
    const stackB = topStack(this, b.stack);
    if (stackA.key !== stackB.key) return this.stackDependsOn(stackA.key, stackB.key, new Set());
    if (a.stack.key !== b.stack.key) return false;
    const seen = new Set<string>();
    const queue = [a.logicalId];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (id === b.logicalId && id !== a.logicalId) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      const resource = this.byToken.get(symbol('Ref', a.stack.key, id));
      if (resource) queue.push(...this.directDependencies(resource));
    }
    return false;
  }

  private stackDependsOn(from: string, to: string, seen: Set<string>): boolean {
    if (seen.has(from)) return false;
    seen.add(from);
    const deps = this.stack(from)?.dependencies ?? [];
    return deps.includes(to) || deps.some((d) => this.stackDependsOn(d, to, seen));
  }

  private directDependencies(resource: Resource): Set<string> {
    let deps = this.refsOf.get(resource);
    if (!deps) {
      deps = new Set(listOf(resource.raw.DependsOn));
      collectRefs(resource.raw.Properties, deps);
      this.refsOf.set(resource, deps);
    }
    return deps;
  }
}

function topStack(model: Model, stack: StackArtifact): StackArtifact {
  let current = stack;
  while (current.parent) current = model.stack(current.parent.key) ?? current;
  return current;
}

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'Ref' && typeof v === 'string') into.add(v);
    else if (key === 'Fn::GetAtt') {
      into.add(Array.isArray(v) ? String(v[0]) : String(v).split('.')[0]);
    } else if (key === 'Fn::Sub') {
      const text = Array.isArray(v) ? String(v[0]) : String(v);
      for (const m of text.matchAll(/\$\{([^}!.]+)[^}]*\}/g)) into.add(m[1]);
      collectRefs(v, into);
    } else collectRefs(v, into);
  }
}
