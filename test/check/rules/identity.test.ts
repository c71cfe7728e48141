import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { albControllerPolicy } from '../../../src/addons/aws-load-balancer-controller/published-policy';
import { type CheckReport, checkAssembly } from '../../../src/check';
import { expectFinding, findingsOf, summary } from '../fixtures/expect';
import {
  addAlbController,
  addCluster,
  addExternalDns,
  addPlatform,
  irsaRole,
  irsaTrust,
  locate,
  newApp,
  synth,
} from '../fixtures/platform-app';

const app = newApp();
const where: Record<string, { stack: string; logicalId: string }> = {};

// C01: the role trusts the release's generated name, the values set another name.
const c01 = addCluster(app, 'c01-bad');
where.c01 = locate(
  addExternalDns(c01, { trust: irsaTrust('kube-system', 'exdns-external-dns') }).chart,
);

// C02: a wildcard under StringEquals (error) and under StringLike (warning).
const c02 = addCluster(app, 'c02-exact');
where.c02 = locate(
  addExternalDns(c02, {
    trust: (issuer) => ({
      StringEquals: {
        [`${issuer}:sub`]: 'system:serviceaccount:*:external-dns',
        [`${issuer}:aud`]: 'sts.amazonaws.com',
      },
    }),
  }).role,
);
const c02like = addCluster(app, 'c02-like');
where.c02like = locate(
  addExternalDns(c02like, {
    trust: (issuer) => ({
      StringLike: { [`${issuer}:sub`]: 'system:serviceaccount:*:external-dns' },
      StringEquals: { [`${issuer}:aud`]: 'sts.amazonaws.com' },
    }),
  }).role,
);

// C03: a provider whose client id misses "aws"; a trust with a wrong audience; no audience at all.
const c03 = addCluster(app, 'c03-provider');
const wrongProvider = new iam.OpenIdConnectProvider(c03.addons, 'WrongAudience', {
  url: c03.cluster.clusterOpenIdConnectIssuerUrl,
  clientIds: ['sts.amazon.com'],
});
addExternalDns(c03, {
  provider: wrongProvider,
  trust: (issuer) => ({
    StringEquals: {
      [`${issuer}:sub`]: 'system:serviceaccount:kube-system:external-dns',
      [`${issuer}:aud`]: 'sts.amazon.com',
    },
  }),
});
where.c03provider = locate(wrongProvider);
const c03trust = addCluster(app, 'c03-trust');
where.c03trust = locate(
  addExternalDns(c03trust, {
    trust: (issuer) => ({
      StringEquals: {
        [`${issuer}:sub`]: 'system:serviceaccount:kube-system:external-dns',
        [`${issuer}:aud`]: 'sts.amazon.com',
      },
    }),
  }).role,
);
const c03noaud = addCluster(app, 'c03-noaud');
where.c03noaud = locate(
  addExternalDns(c03noaud, {
    trust: (issuer) => ({
      StringEquals: { [`${issuer}:sub`]: 'system:serviceaccount:kube-system:external-dns' },
    }),
  }).role,
);

// C04: the service account under rbac.serviceAccount, which this chart never reads.
const c04 = addCluster(app, 'c04-bad');
where.c04 = locate(
  addAlbController(c04, {
    values: ({ serviceAccount, ...rest }) => ({ ...rest, rbac: { serviceAccount } }),
  }).chart,
);

// Whole kind: no subject, another cluster's issuer, annotation on a service account not created.
const nosub = addCluster(app, 'idn-nosub');
where.nosub = locate(
  addExternalDns(nosub, {
    trust: (issuer) => ({ StringEquals: { [`${issuer}:aud`]: 'sts.amazonaws.com' } }),
  }).role,
);
const foreign = addCluster(app, 'idn-foreign');
const otherCluster = new iam.OpenIdConnectProvider(foreign.addons, 'OtherClusterIssuer', {
  url: 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  clientIds: ['sts.amazonaws.com'],
});
const foreignRole = irsaRole(
  foreign.addons,
  'ForeignRole',
  foreign,
  irsaTrust('kube-system', 'external-dns'),
  otherCluster,
);
addExternalDns(foreign, {
  values: (v) => ({
    ...v,
    serviceAccount: {
      create: true,
      name: 'external-dns',
      annotations: { 'eks.amazonaws.com/role-arn': foreignRole.roleArn },
    },
  }),
});
where.foreign = locate(foreignRole);
const notCreated = addCluster(app, 'idn-notcreated');
where.notCreated = locate(
  addExternalDns(notCreated, {
    values: (v) => ({
      ...v,
      serviceAccount: { ...(v.serviceAccount as object), create: false },
    }),
  }).chart,
);

// Pod Identity: a role that does not trust the service; an association without the agent; and
// the compliant Pod Identity set-up for the load balancer controller.
function podIdentityAlb(name: string, trusted: boolean, agent: boolean, serviceAccount?: string) {
  const fx = addCluster(app, name);
  const pods = new iam.ServicePrincipal('pods.eks.amazonaws.com');
  const conditions = serviceAccount
    ? { StringEquals: { 'aws:RequestTag/kubernetes-service-account': serviceAccount } }
    : {};
  const role = new iam.Role(fx.addons, 'PodRole', {
    assumedBy: trusted
      ? new iam.SessionTagsPrincipal(pods.withConditions(conditions))
      : new iam.ServicePrincipal('ec2.amazonaws.com'),
  });
  role.attachInlinePolicy(
    new iam.Policy(fx.addons, 'PodPolicy', {
      document: iam.PolicyDocument.fromJson(albControllerPolicy('3.5.0')),
    }),
  );
  const association = new eks.CfnPodIdentityAssociation(fx.addons, 'Association', {
    clusterName: fx.cluster.clusterName,
    namespace: 'kube-system',
    serviceAccount: 'aws-load-balancer-controller',
    roleArn: role.roleArn,
  });
  if (agent) {
    new eks.Addon(fx.addons, 'PodIdentityAgent', {
      cluster: fx.cluster,
      addonName: 'eks-pod-identity-agent',
    });
  }
  addAlbController(fx, {
    values: (v) => ({
      ...v,
      serviceAccount: { create: true, name: 'aws-load-balancer-controller' },
    }),
  });
  return locate(association);
}
where.piTrust = podIdentityAlb('pi-untrusted', false, true);
where.piAgent = podIdentityAlb('pi-noagent', true, false);
where.piConditions = podIdentityAlb('pi-conditions', true, true, 'external-dns');
podIdentityAlb('pi-ok', true, true, 'aws-load-balancer-controller');

// Conditions keyed on another cluster's issuer than the provider the statement trusts.
const keyed = addCluster(app, 'idn-keyed');
const otherIssuer = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
where.keyed = locate(
  addExternalDns(keyed, {
    trust: () => ({
      StringEquals: {
        [`${otherIssuer}:sub`]: 'system:serviceaccount:kube-system:external-dns',
        [`${otherIssuer}:aud`]: 'sts.amazonaws.com',
      },
    }),
  }).role,
);

addPlatform(addCluster(app, 'compliant'));

let report: CheckReport;
beforeAll(() => {
  report = checkAssembly(synth(app));
});

describe('kind 1: identity wiring', () => {
  it('C01: names both service account names when the chart renders another one than the trust', () => {
    expectFinding(
      report,
      'EKS-IDN-001',
      where.c01,
      'error',
      "'kube-system/external-dns'",
      'system:serviceaccount:kube-system:exdns-external-dns',
    );
    expect(where.c01.stack).toBe('c01-bad/Addons');
  });

  it('C02: a wildcard under StringEquals is an error, under StringLike a warning', () => {
    expectFinding(
      report,
      'EKS-IDN-002',
      where.c02,
      'error',
      'system:serviceaccount:*:external-dns',
      'StringEquals',
    );
    expect(findingsOf(report, 'c02-exact').map((f) => f.ruleId)).toEqual(['EKS-IDN-002']);
    expectFinding(
      report,
      'EKS-IDN-003',
      where.c02like,
      'warning',
      'system:serviceaccount:*:external-dns',
    );
    expect(findingsOf(report, 'c02-like').map((f) => f.ruleId)).toEqual(['EKS-IDN-003']);
  });

  it('C03: a provider client id or trust audience other than sts.amazonaws.com is an error', () => {
    expectFinding(report, 'EKS-IDN-004', where.c03provider, 'error', "'sts.amazon.com'");
    expect(findingsOf(report, 'c03-provider').map((f) => f.ruleId)).toEqual(['EKS-IDN-004']);
    expectFinding(
      report,
      'EKS-IDN-004',
      where.c03trust,
      'error',
      "'sts.amazon.com'",
      "'sts.amazonaws.com'",
    );
  });

  it('C03: a subject without an audience condition is a warning', () => {
    expectFinding(report, 'EKS-IDN-005', where.c03noaud, 'warning', "':aud'");
    expect(findingsOf(report, 'c03-noaud').map((f) => f.ruleId)).toEqual(['EKS-IDN-005']);
  });

  it('C04: reports the unread key path, the key the chart reads, and the controller without a role', () => {
    expectFinding(
      report,
      'EKS-CHT-001',
      where.c04,
      'error',
      "'rbac.serviceAccount.name'",
      "'rbac.serviceAccount.annotations'",
      "'serviceAccount.annotations'",
    );
    expectFinding(
      report,
      'EKS-IDN-010',
      where.c04,
      'error',
      'kube-system/aws-load-balancer-controller',
    );
  });

  it('reports a web-identity trust without a subject condition', () => {
    expectFinding(report, 'EKS-IDN-006', where.nosub, 'error', "without a ':sub' condition");
  });

  it("reports a role that trusts another cluster's issuer", () => {
    expectFinding(
      report,
      'EKS-IDN-007',
      where.foreign,
      'error',
      'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      "'idn-foreign'",
    );
  });

  it('reports a role annotation on a service account the chart does not create', () => {
    expectFinding(
      report,
      'EKS-IDN-011',
      where.notCreated,
      'error',
      'serviceAccount.create is false',
    );
  });

  it('checks Pod Identity associations: trust of the role and the agent add-on', () => {
    expectFinding(
      report,
      'EKS-IDN-008',
      where.piTrust,
      'error',
      'sts:AssumeRole and sts:TagSession',
    );
    expectFinding(report, 'EKS-IDN-009', where.piAgent, 'warning', 'eks-pod-identity-agent');
    expect(findingsOf(report, 'pi-noagent').map((f) => f.ruleId)).toEqual(['EKS-IDN-009']);
  });

  it('reports Pod Identity trust conditions that exclude the associated service account', () => {
    expectFinding(
      report,
      'EKS-IDN-012',
      where.piConditions,
      'error',
      'kubernetes-service-account',
      "'kube-system/aws-load-balancer-controller'",
    );
  });

  it('reports trust conditions keyed on another issuer than the trusted provider', () => {
    expectFinding(report, 'EKS-IDN-013', where.keyed, 'error', otherIssuer);
  });

  it('stays clean on the compliant IRSA platform and the compliant Pod Identity set-up', () => {
    expect(findingsOf(report, 'compliant'), summary(report)).toEqual([]);
    expect(findingsOf(report, 'pi-ok'), summary(report)).toEqual([]);
  });
});
