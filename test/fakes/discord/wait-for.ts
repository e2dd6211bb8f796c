/**
 * Wait until `find` returns something (polling every few milliseconds), or fail with `what` after
 * `timeoutMs`. For things that arrive asynchronously, such as a callback reaching the fake.
 */
export async function waitFor<T>(what: string, find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
