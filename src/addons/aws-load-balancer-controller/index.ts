export {
  AwsLoadBalancerController,
  type AwsLoadBalancerControllerProps,
  CONTROLLER_SERVICE_ACCOUNT,
} from './controller';
export { controllerPolicyStatements } from './iam-policy';
export { albControllerPolicy, type PolicyDocument } from './published-policy';
export { type ControllerValuesInput, controllerValues } from './values';
export {
  AwsLoadBalancerControllerVersion,
  CONTROLLER_CHART,
  CONTROLLER_CHART_REPOSITORY,
} from './version';
