import type { IpcChannel, MenuCommand } from './channels';
import { MENU_COMMAND_CHANNEL, ipcChannels, isMenuCommand } from './channels';
import type { IpcRequest, IpcResponse } from './contract';

// The shape of `window.quotient`, derived from the contract: channel `domain:verb-name`
// becomes method `quotient.domain.verbName`. Zod-free (types only from the contract) so the
// sandboxed preload can bundle it.

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type DomainOf<C extends string> = C extends `${infer Domain}:${string}` ? Domain : never;
type MethodNameOf<C extends string> = C extends `${string}:${infer Verb}` ? CamelCase<Verb> : never;

type ApiMethod<C extends IpcChannel> =
  undefined extends IpcRequest<C>
    ? (payload?: IpcRequest<C>) => Promise<IpcResponse<C>>
    : (payload: IpcRequest<C>) => Promise<IpcResponse<C>>;

type ContractApi = {
  readonly [D in DomainOf<IpcChannel>]: {
    readonly [C in Extract<IpcChannel, `${D}:${string}`> as MethodNameOf<C>]: ApiMethod<C>;
  };
};

export type MenuCommandListener = (command: MenuCommand) => void;

/** `window.quotient`: one method per contract channel, plus menu command events. */
export type QuotientApi = ContractApi & {
  /** Calls `listener` for each menu command from main; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: MenuCommandListener) => () => void;
};

export type QuotientApiTransport = {
  /** Sends a request on an allowlisted channel (ipcRenderer.invoke in the preload). */
  invoke: (channel: IpcChannel, payload: unknown) => Promise<unknown>;
  /** Listens to a main → renderer channel; returns the unsubscribe function. */
  subscribe: (
    channel: typeof MENU_COMMAND_CHANNEL,
    listener: (data: unknown) => void,
  ) => () => void;
};

/** `app:set-language` → `{ domain: 'app', method: 'setLanguage' }` (same rule as the types). */
export function apiMethodName(channel: IpcChannel): { domain: string; method: string } {
  const [domain = '', verb = ''] = channel.split(':');
  return { domain, method: verb.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) };
}

/** Builds the API object over a transport; only contract channels can ever be invoked. */
export function createQuotientApi({ invoke, subscribe }: QuotientApiTransport): QuotientApi {
  const api: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {};
  for (const channel of ipcChannels) {
    const { domain, method } = apiMethodName(channel);
    (api[domain] ??= {})[method] = (payload?: unknown) => invoke(channel, payload);
  }
  const onMenuCommand = (listener: MenuCommandListener) =>
    subscribe(MENU_COMMAND_CHANNEL, (data) => {
      if (isMenuCommand(data)) listener(data);
    });
  // The runtime loop and the mapped type follow the same naming rule (tested).
  return Object.freeze({ ...api, onMenuCommand }) as unknown as QuotientApi;
}
