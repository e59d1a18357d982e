// The preload, run against a fake `electron`: the page gets `jalonBridge` and nothing
// else, with exactly invoke and onEvent, and an unknown channel never reaches IPC.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/main/ipc-channels';
import type { BridgeEvent, JalonBridge } from '../../shared/api/bridge';

const electron = vi.hoisted(() => {
  type Listener = (event: unknown, message: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: vi.fn(),
    },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: JalonBridge;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as JalonBridge;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'from main' });
});

function emit(message: BridgeEvent) {
  const fakeIpcEvent = { sender: 'the ipcRenderer the page must never see' };
  for (const listener of electron.listeners.get(EVENT_CHANNEL) ?? []) {
    listener(fakeIpcEvent, message);
  }
}

describe('the preload', () => {
  it('exposes jalonBridge and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('jalonBridge');
  });

  it('gives the bridge exactly invoke and onEvent, both plain functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('sends a contract channel over the one IPC channel', async () => {
    const args = { counsellorId: 'CNS-01', asOf: '2026-11-15' };
    await expect(bridge.invoke('caseload.list', args)).resolves.toEqual({
      ok: true,
      value: 'from main',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'caseload.list', args);
  });

  it.each(['db.exec', 'jalon:invoke', '__proto__', 'toString'])(
    'refuses the unknown channel %s without calling IPC',
    async (channel) => {
      // The page is not trusted to respect the type: call it as a script would.
      const reply = await (bridge.invoke as (channel: string, args: unknown) => unknown)(
        channel,
        {},
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('hands events to the listener without the IPC event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    emit({ type: 'menu', command: 'import' });
    unsubscribe();
    emit({ type: 'menu', command: 'settings' });
    expect(received).toEqual([[{ type: 'menu', command: 'import' }]]);
    expect(electron.listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });
});
