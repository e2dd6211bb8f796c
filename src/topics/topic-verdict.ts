/** Whether one article matches one topic query. */
export interface TopicVerdict {
  articleId: string;
  matches: boolean;
}
