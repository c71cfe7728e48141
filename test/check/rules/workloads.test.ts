import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, checkAssembly } from '../../../src/check';
import { expectFinding, findingsOf, summary } from '../fixtures/expect';
import {
  addAlbController,
  addCluster,
  addPlatform,
  addWorkloads,
  locate,
  newApp,
  sampleManifests,
  synth,
} from '../fixtures/platform-app';

type Manifest = Record<string, unknown>;
type Ingress = { metadata: { annotations: Record<string, string> }; spec: Manifest };

/** The samples with the Ingress (and optionally the Service `web`) changed. */
function samples(change: (ingress: Ingress, web: Manifest) => void, host?: string): Manifest[] {
  const docs = structuredClone(sampleManifests(host));
  change(docs[3] as unknown as Ingress, docs[2]);
  return docs;
}

function backend(ingress: Ingress, service: { name: string; port: Manifest }): void {
  const rules = ingress.spec.rules as { http: { paths: { backend: Manifest }[] } }[];
  rules[0].http.paths[0].backend = { service };
}

const app = newApp();
const where: Record<string, { stack: string; logicalId: string }> = {};

// C08: workloads in the controller's stack and deploy, without a dependency on the chart.
const c08 = addCluster(app, 'c08-bad');
addAlbController(c08);
where.c08 = locate(addWorkloads(c08, sampleManifests(), undefined, c08.addons));
const c08ok = addCluster(app, 'c08-ok');
addWorkloads(c08ok, sampleManifests(), addAlbController(c08ok).chart, c08ok.addons);
const nowait = addCluster(app, 'ord-nowait');
const nowaitChart = addAlbController(nowait, { wait: false }).chart;
addWorkloads(nowait, sampleManifests(), nowaitChart);
where.nowait = locate(nowaitChart);

// C09: Helm waits up to 15 minutes inside a Lambda limited to 15 minutes.
const c09 = addCluster(app, 'c09-bad');
where.c09 = locate(addAlbController(c09, { timeout: cdk.Duration.minutes(15) }).chart);

// Kind 6: C10 missing Service, a missing port, C11 instance targets on ClusterIP, the class
// annotation, and C12 internal load balancers with public names.
function workloadCase(name: string, manifest: Manifest[]) {
  const fx = addCluster(app, name);
  return locate(addWorkloads(fx, manifest, addAlbController(fx).chart));
}
where.c10 = workloadCase(
  'c10-bad',
  samples((i) => backend(i, { name: 'web-svc', port: { number: 80 } })),
);
where.port = workloadCase(
  'wkl-port',
  samples((i) => backend(i, { name: 'web', port: { number: 8080 } })),
);
where.c11 = workloadCase(
  'c11-bad',
  samples((i) => {
    delete i.metadata.annotations['alb.ingress.kubernetes.io/target-type'];
  }),
);
where.nodePort = workloadCase(
  'c11-nodeport',
  samples((i, web) => {
    delete i.metadata.annotations['alb.ingress.kubernetes.io/target-type'];
    (web.spec as Manifest).type = 'NodePort';
  }),
);
where.classAnnotation = workloadCase(
  'wkl-class',
  samples((i) => {
    delete i.spec.ingressClassName;
    i.metadata.annotations['kubernetes.io/ingress.class'] = 'alb';
  }),
);
where.c12 = workloadCase(
  'c12-bad',
  samples((i) => {
    delete i.metadata.annotations['alb.ingress.kubernetes.io/scheme'];
  }, 'example.net'),
);
new route53.PublicHostedZone(
  new cdk.Stack(app, 'Dns', { env: { account: '111111111111', region: 'us-east-1' } }),
  'Zone',
  { zoneName: 'example.net' },
);
where.c12private = workloadCase(
  'c12-nozone',
  samples((i) => {
    delete i.metadata.annotations['alb.ingress.kubernetes.io/scheme'];
  }, 'internal.example.org'),
);

where.c12nlb = workloadCase(
  'c12-nlb',
  sampleManifests('example.org').map((doc) => {
    const annotations = (doc.metadata as { annotations?: Record<string, string> }).annotations;
    if (doc.kind === 'Service' && annotations) {
      delete annotations['service.beta.kubernetes.io/aws-load-balancer-scheme'];
    }
    return doc;
  }),
);

addPlatform(addCluster(app, 'compliant'));

let report: CheckReport;
beforeAll(() => {
  report = checkAssembly(synth(app));
});

describe('kind 5: ordering and lifecycle', () => {
  it('C08: names the workloads and the controller chart they do not depend on', () => {
    expectFinding(
      report,
      'EKS-ORD-001',
      where.c08,
      'error',
      "Service 'default/nginx'",
      "Ingress 'default/web'",
      'c08-bad/Addons/Alb',
    );
    expect(findingsOf(report, 'c08-ok'), summary(report)).toEqual([]);
  });

  it('warns when workloads depend on a controller chart that does not wait', () => {
    expectFinding(report, 'EKS-ORD-003', where.nowait, 'warning', "Service 'default/nginx'");
  });

  it('C09: a Helm timeout above 14 minutes is an error', () => {
    expectFinding(report, 'EKS-ORD-002', where.c09, 'error', '900s', '15 minutes');
  });
});

describe('kind 6: workload manifests', () => {
  it('C10: an Ingress backend naming a missing Service is an error naming both', () => {
    expectFinding(report, 'EKS-WKL-001', where.c10, 'error', "'web-svc'", "'web'");
  });

  it('reports a backend port the Service does not expose', () => {
    expectFinding(report, 'EKS-WKL-002', where.port, 'error', 'port 8080', "'web'");
  });

  it('C11: instance targets on a ClusterIP Service suggest target-type ip', () => {
    const f = expectFinding(
      report,
      'EKS-WKL-003',
      where.c11,
      'error',
      "'instance' (default)",
      'ClusterIP',
    );
    expect(f.fix).toContain('target-type: ip');
    expect(findingsOf(report, 'c11-nodeport'), summary(report)).toEqual([]);
  });

  it('warns about the deprecated ingress class annotation', () => {
    expectFinding(
      report,
      'EKS-WKL-004',
      where.classAnnotation,
      'warning',
      'kubernetes.io/ingress.class',
    );
  });

  it('C12: an internal load balancer named in a public zone of the assembly is an error', () => {
    expectFinding(report, 'EKS-WKL-005', where.c12, 'error', "'web.example.net'", "'example.net'");
  });

  it('C12: without a known public zone it is a warning', () => {
    expectFinding(report, 'EKS-WKL-005', where.c12private, 'warning', "'web.internal.example.org'");
  });

  it('C12: an NLB Service with a public name and no scheme is internal too', () => {
    expectFinding(
      report,
      'EKS-WKL-005',
      where.c12nlb,
      'warning',
      "Service 'default/nginx'",
      "'nginx.example.org'",
    );
  });

  it('stays clean on the compliant samples ordered after the controller', () => {
    expect(findingsOf(report, 'compliant'), summary(report)).toEqual([]);
  });
});
