/** What each check-feed reason code means, for an admin. */
const explanations: Record<string, string> = {
  blocked_address: "it points at a private, loopback or metadata address, which the bot never fetches",
  bad_url: "it is not an http(s) URL",
  dns_failure: "its host name does not resolve",
  connection_failed: "the server could not be reached",
  timeout: "the server did not answer in time",
  too_large: "the feed is larger than the bot accepts",
  too_many_redirects: "it redirects too many times",
  bad_encoding: "its compression could not be decoded",
  not_a_feed: "it is not an RSS or Atom feed",
  malformed_xml: "its XML is broken beyond repair",
  http_304: "the server answered 304 Not Modified to a first request",
};

/** "the server answered 404" for `http_404`; the code itself when it is not known. */
export function explainFailure(reason: string): string {
  const known = explanations[reason];
  if (known !== undefined) return known;
  const status = /^http_(\d{3})$/u.exec(reason)?.[1];
  return status === undefined ? reason.replaceAll("_", " ") : `the server answered ${status}`;
}
