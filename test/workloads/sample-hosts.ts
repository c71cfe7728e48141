/** Host names the tests use; they lie in the zone `example.com`. */
export const SAMPLE_HOSTS = {
  serviceHostName: 'nginx.example.com',
  ingressHostName: 'web.example.com',
} as const;
