import { stringify } from 'yaml';
import type { KubernetesObject } from './manifests';

/**
 * Renders objects as one multi-document YAML stream for `kubectl apply -f -`. Key order is kept as
 * given, long strings are never folded and repeated values are written out (no YAML anchors), so
 * parsing the result yields exactly the objects (and `JSON.stringify` of them) that the
 * CloudFormation template carries.
 */
const YAML_OPTIONS = {
  // Shared sub-objects (labels) are written out in full, never as anchors and aliases.
  aliasDuplicateObjects: false,
  lineWidth: 0,
  minContentWidth: 0,
} as const;

export function toYaml(objects: readonly KubernetesObject[]): string {
  return objects.map((object) => `---\n${stringify(object, YAML_OPTIONS)}`).join('');
}
