import { stringify } from 'yaml';
import type { KubernetesObject } from './manifests';

/**
 * Renders objects as one multi-document YAML stream for `kubectl apply -f -`. Key order is kept as
 * given and long strings are never folded, so parsing the result yields exactly the objects (and
 * `JSON.stringify` of them) that the CloudFormation template carries.
 */
export function toYaml(objects: readonly KubernetesObject[]): string {
  return objects
    .map((object) => `---\n${stringify(object, { lineWidth: 0, minContentWidth: 0 })}`)
    .join('');
}
