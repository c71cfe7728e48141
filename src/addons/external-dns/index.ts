export { EXTERNAL_DNS_SERVICE_ACCOUNT, ExternalDns, type ExternalDnsProps } from './external-dns';
export { externalDnsPolicyStatements, type HostedZoneRef, hostedZoneArn } from './permissions';
export {
  type ExternalDnsPolicy,
  type ExternalDnsValuesInput,
  externalDnsValues,
  TXT_PREFIX,
} from './values';
export { EXTERNAL_DNS_CHART } from './version';
