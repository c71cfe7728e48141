export { PlatformNetwork, type PlatformNetworkProps } from './platform-network';
