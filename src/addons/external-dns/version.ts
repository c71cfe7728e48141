import type { ChartPin } from '../chart-pin';

/**
 * ExternalDNS from the kubernetes-sigs chart repository. The Bitnami chart and images that many
 * tutorials use were withdrawn in 2025.
 */
export const EXTERNAL_DNS_CHART: ChartPin = {
  repository: 'https://kubernetes-sigs.github.io/external-dns/',
  chart: 'external-dns',
  version: '1.21.1',
  appVersion: '0.21.0',
};
