// window.newsdesk is built from the contract: every call, nothing else.
import { describe, expect, it } from 'vitest';
import { IPC_CALLS, channelOf } from '../../shared/ipc/channels';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { buildNewsdeskApi } from '../../shared/ipc/newsdesk-api';

describe('buildNewsdeskApi', () => {
  it('has one method per contract row plus the two event subscriptions, and is frozen', () => {
    const api = buildNewsdeskApi(
      async () => null,
      () => () => undefined,
      () => () => undefined,
    );
    expect(Object.keys(api).sort()).toEqual(
      [...IPC_CALLS, 'onMenuCommand', 'onExportProgress'].sort(),
    );
    expect(Object.keys(IPC_CONTRACT).sort()).toEqual([...IPC_CALLS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call with its name and request, defaulting to {}', async () => {
    const sent: unknown[] = [];
    const api = buildNewsdeskApi(
      async (call, request) => (sent.push([call, request]), 'answer'),
      () => () => undefined,
      () => () => undefined,
    );
    await expect(api.loadStory({ id: 'x' })).resolves.toBe('answer');
    await api.listStories(undefined as never);
    expect(sent).toEqual([
      ['loadStory', { id: 'x' }],
      ['listStories', {}],
    ]);
    expect(channelOf('saveStory')).toBe('newsdesk:saveStory');
  });
});
