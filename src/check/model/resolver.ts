import type { StackArtifact } from '../assembly/read-assembly';
import { isSymbolic, symbol } from './symbols';

/** Marker for `AWS::NoValue`: dropped from arrays and objects. */
const NO_VALUE = Symbol('NoValue');

/** Looks up stacks and exports across the whole assembly. */
export interface StackIndex {
  stack(key: string): StackArtifact | undefined;
  exportOf(name: string): { stack: StackArtifact; value: unknown } | undefined;
}

/**
 * Resolves CloudFormation intrinsics as far as the templates allow. What is only known at deploy
 * time becomes a symbolic token (see symbols.ts); nothing is guessed.
 */
export class Resolver {
  private depth = 0;

  constructor(private readonly index: StackIndex) {}

  resolve(stack: StackArtifact, value: unknown): unknown {
    const out = this.walk(stack, value);
    return out === NO_VALUE ? undefined : out;
  }

  /** Resolves to a string; anything else (objects, lists, deploy-time) becomes a token. */
  resolveString(stack: StackArtifact, value: unknown): string | undefined {
    const out = this.resolve(stack, value);
    if (out === undefined || out === null) return undefined;
    return typeof out === 'string' ? out : String(out);
  }

  private walk(stack: StackArtifact, value: unknown): unknown {
    if (Array.isArray(value)) {
      return value.map((v) => this.walk(stack, v)).filter((v) => v !== NO_VALUE);
    }
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && (entries[0][0] === 'Ref' || entries[0][0].startsWith('Fn::'))) {
      if (this.depth > 64) return symbol('TooDeep');
      this.depth++;
      try {
        return this.intrinsic(stack, entries[0][0], entries[0][1]);
      } finally {
        this.depth--;
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      const resolvedKey = this.walk(stack, k);
      const r = this.walk(stack, v);
      if (r !== NO_VALUE) out[String(resolvedKey)] = r;
    }
    return out;
  }

  private intrinsic(stack: StackArtifact, fn: string, arg: unknown): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(stack, String(arg));
      case 'Fn::GetAtt': {
        const [id, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
        return this.getAtt(stack, id, attr.join('.'));
      }
      case 'Fn::Join': {
        const [sep, list] = arg as [string, unknown];
        const items = this.walk(stack, list);
        if (!Array.isArray(items)) return symbol('Join', stack.key);
        return items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join(sep);
      }
      case 'Fn::Select': {
        const [i, list] = arg as [unknown, unknown];
        const items = this.walk(stack, list);
        const n = Number(this.walk(stack, i));
        return Array.isArray(items) && n < items.length ? items[n] : symbol('Select', stack.key);
      }
      case 'Fn::Split': {
        const [sep, source] = arg as [string, unknown];
        const text = this.walk(stack, source);
        return typeof text === 'string' ? text.split(sep) : symbol('Split', stack.key);
      }
      case 'Fn::Sub':
        return this.sub(stack, arg);
      case 'Fn::ImportValue':
        return this.importValue(stack, arg);
      case 'Fn::FindInMap':
        return this.findInMap(stack, arg as unknown[]);
      default:
        // Fn::If, Fn::GetAZs, Fn::Base64, Fn::Cidr...: deploy-time or condition-dependent.
        return symbol(fn.replace('Fn::', ''), stack.key);
    }
  }

  private ref(stack: StackArtifact, name: string): unknown {
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Partition':
        return partitionOf(stack.region);
      case 'AWS::Region':
        return stack.region ?? symbol('AWS', 'Region');
      case 'AWS::AccountId':
        return stack.account ?? symbol('AWS', 'AccountId');
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
    }
    if (name.startsWith('AWS::')) return symbol('AWS', name.slice(5), stack.key);
    const parameter = stack.template.Parameters?.[name];
    if (parameter) return this.parameter(stack, name);
    const resource = stack.template.Resources?.[name];
    if (!resource) return symbol('Ref', stack.key, name);
    const props = resource.Properties ?? {};
    switch (resource.Type) {
      case 'AWS::IAM::OIDCProvider':
      case 'Custom::AWSCDKOpenIdConnectProvider': {
        const url = this.resolveString(stack, props.Url) ?? symbol('Url', stack.key, name);
        const host = url.replace(/^https:\/\//, '');
        const account = stack.account ?? symbol('AWS', 'AccountId');
        return `arn:${partitionOf(stack.region)}:iam::${account}:oidc-provider/${host}`;
      }
      case 'AWS::EKS::Cluster':
        return literalOr(this.resolve(stack, props.Name), symbol('Ref', stack.key, name));
      case 'AWS::IAM::Role':
        return literalOr(this.resolve(stack, props.RoleName), symbol('Ref', stack.key, name));
    }
    return symbol('Ref', stack.key, name);
  }

  private parameter(stack: StackArtifact, name: string): unknown {
    if (stack.parent) {
      const parent = this.index.stack(stack.parent.key);
      const holder = parent?.template.Resources?.[stack.parent.logicalId];
      const given = (holder?.Properties?.Parameters as Record<string, unknown>)?.[name];
      if (parent && given !== undefined) return this.walk(parent, given);
    }
    // A parameter's default can be overridden at deploy time, so it stays symbolic.
    return symbol('Param', stack.key, name);
  }

  private getAtt(stack: StackArtifact, id: string, attr: string): unknown {
    const resource = stack.template.Resources?.[id];
    const fallback = symbol('GetAtt', stack.key, id, attr);
    if (!resource) return fallback;
    const props = resource.Properties ?? {};
    if (resource.Type === 'Custom::AWSCDKCfnJson' && attr === 'Value') {
      const text = this.walk(stack, props.Value);
      if (typeof text !== 'string') return fallback;
      try {
        return JSON.parse(text);
      } catch {
        return fallback;
      }
    }
    if (attr === 'OpenIdConnectIssuerUrl' && /EKS.*Cluster/.test(resource.Type)) {
      const region = stack.region ?? symbol('AWS', 'Region');
      return `https://oidc.eks.${region}.amazonaws.com/id/${symbol('OidcId', stack.key, id)}`;
    }
    if (resource.Type === 'AWS::CloudFormation::Stack' && attr.startsWith('Outputs.')) {
      const nested = this.index.stack(`${stack.key}/${id}`);
      const output = nested?.template.Outputs?.[attr.slice('Outputs.'.length)];
      if (nested && output) return this.walk(nested, output.Value);
    }
    return fallback;
  }

  private sub(stack: StackArtifact, arg: unknown): unknown {
    const [text, vars] = Array.isArray(arg) ? [String(arg[0]), arg[1] ?? {}] : [String(arg), {}];
    const variables = vars as Record<string, unknown>;
    return text.replace(/\$\{(!?)([^}]+)\}/g, (_, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      let value: unknown;
      if (name in variables) value = this.walk(stack, variables[name]);
      else if (name.includes('.')) {
        const [id, ...attr] = name.split('.');
        value = this.getAtt(stack, id, attr.join('.'));
      } else value = this.ref(stack, name);
      return typeof value === 'string' ? value : symbol('Sub', stack.key, name);
    });
  }

  private importValue(stack: StackArtifact, arg: unknown): unknown {
    const name = this.walk(stack, arg);
    if (typeof name !== 'string' || isSymbolic(name)) return symbol('Import', stack.key);
    const found = this.index.exportOf(name);
    return found ? this.walk(found.stack, found.value) : symbol('Import', name);
  }

  private findInMap(stack: StackArtifact, arg: unknown[]): unknown {
    const [map, top, second] = arg.map((a) => this.walk(stack, a));
    const value = stack.template.Mappings?.[String(map)]?.[String(top)]?.[String(second)];
    return value !== undefined ? value : symbol('FindInMap', stack.key, String(map));
  }
}

function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

function literalOr(value: unknown, fallback: string): unknown {
  return typeof value === 'string' ? value : fallback;
}
