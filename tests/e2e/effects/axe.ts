export { axeViolations } from '../support/axe';
