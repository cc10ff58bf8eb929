/**
 * The small part of the Adaptive Cards 1.5 schema the product's cards use, as plain JSON types
 * (the cards are built in the core library, which imports nothing from Teams).
 */
export type CardElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap?: boolean;
      weight?: 'Bolder' | 'Default';
      size?: 'Small' | 'Default' | 'Medium' | 'Large';
      isSubtle?: boolean;
      color?: 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';
      spacing?: 'Small' | 'Medium' | 'Large';
      id?: string;
      style?: 'heading' | 'default';
    }
  | { type: 'FactSet'; facts: { title: string; value: string }[]; id?: string }
  | {
      type: 'Container';
      items: CardElement[];
      style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
      id?: string;
      separator?: boolean;
    }
  | {
      type: 'ActionSet';
      actions: OpenUrlAction[];
      id?: string;
    }
  | {
      type: 'Input.Text';
      id: string;
      label?: string;
      placeholder?: string;
      isMultiline?: boolean;
      maxLength?: number;
    };

/** `Action.Execute` (Universal Actions): an invoke to the bot with a verb and data. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: 'auto' | 'none';
  style?: 'positive' | 'destructive' | 'default';
  id?: string;
}

/** `Action.OpenUrl`: opens a link (the follow-up in the tab). */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  id?: string;
}

/** An Adaptive Card, schema 1.5. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: ExecuteAction[];
  refresh?: { action: ExecuteAction; userIds?: string[] };
  fallbackText?: string;
  /** Teams' own properties: `full` makes the card wider in a chat (the Teams SDK's spelling). */
  msteams?: { width: 'full' };
}

/** An Adaptive Card 1.5 of `body`, with what else it carries (actions, refresh, fallback text, Teams width). */
export function adaptiveCard(
  body: CardElement[],
  rest: Omit<AdaptiveCardJson, 'type' | '$schema' | 'version' | 'body'> = {},
): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...rest,
  };
}
