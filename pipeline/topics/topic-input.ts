export interface TopicInput {
  title: string;
  /** The article body, plain text. */
  text: string;
}
