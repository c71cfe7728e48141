import { isVersion } from '../../../versions';
import { albControllerVersionOfChart } from '../../data/alb-controller-iam';
import type { ControllerFact } from '../../model/controllers';
import { stringAt, valueAt } from '../../model/kube';

/** The controller version a release runs: its image tag when set, else the chart's app version. */
export function controllerVersion(controller: ControllerFact): string | undefined {
  const release = controller.release;
  const rendered = release.rendered?.find((o) => o.kind === 'Deployment');
  const image = rendered
    ? String(valueAt(rendered.body, 'spec.template.spec.containers.0.image') ?? '')
    : undefined;
  const tag = image?.includes(':') ? image.split(':').pop() : stringAt(release.values, 'image.tag');
  if (isVersion(tag)) return tag.replace(/^v/, '');
  if (!release.version || !isVersion(release.version)) return undefined;
  return controller.kind === 'aws-load-balancer-controller'
    ? albControllerVersionOfChart(release.version)
    : undefined;
}
