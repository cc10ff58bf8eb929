export { LocalConnector, ConnectorError } from './connector.js';
export type {
  ComposeOptions,
  ComposeQuery,
  ConnectorConversation,
  ConnectorMessage,
  ConnectorUser,
  InboundTokenOptions,
  InvokeAnswer,
  LocalConnectorOptions,
} from './connector.js';
