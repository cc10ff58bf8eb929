export { LocalConnector, ConnectorError } from './connector.js';
export type {
  ConnectorConversation,
  ConnectorMessage,
  ConnectorUser,
  InboundTokenOptions,
  InvokeAnswer,
  LocalConnectorOptions,
} from './connector.js';
