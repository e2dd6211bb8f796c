export interface Topic {
  workspaceId: string;
  name: string;
  /** Human title for headings ("Peace plan for Ukraine"); absent when none was given. */
  title?: string;
  query: string;
  createdAt: string;
}
