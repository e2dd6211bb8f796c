let triggers = 0;

/**
 * A slash-command payload with every field Slack sends (java-slack-sdk's SlashCommandPayload
 * sample), as strings the way the form carries them. Each gets a fresh trigger_id.
 */
export function makeSlashCommand(overrides: Record<string, string> = {}): Record<string, string> {
  triggers += 1;
  return {
    token: "deprecated-verification-token",
    api_app_id: "A0FAKE",
    team_id: "T0FAKE",
    team_domain: "fake",
    enterprise_id: "",
    enterprise_name: "",
    channel_id: "C0GENERAL",
    channel_name: "general",
    user_id: "U0MEMBER",
    user_name: "member",
    command: "/latest",
    text: "",
    response_url: "https://hooks.slack.test/commands/unused",
    trigger_id: `${triggers}.1234.abcdef`,
    is_enterprise_install: "false",
    ...overrides,
  };
}

/** The payload form-encoded, as Slack POSTs it. */
export function formBody(payload: Record<string, string>): string {
  return new URLSearchParams(payload).toString();
}
