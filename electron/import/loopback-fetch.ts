/**
 * Tests never reach the network: the fetch the import service gets in tests
 * (and in the app when NEWSDESK_NETWORK=loopback, as the e2e runs set it)
 * and in the e2e harness answers only servers the test started on
 * 127.0.0.1, and refuses every other address at once (as being offline would).
 */
export const loopbackOnlyFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== '127.0.0.1') {
    throw new TypeError(`fetch failed: ${url.host} is not reachable from tests`);
  }
  return fetch(input, init);
};
