import { describe, expect, it, vi } from 'vitest';
import { parseIpcRequest } from '#shared/ipc/contract';
import { decodeIpcError } from '#shared/ipc/errors';
import { buildDraftEml } from '#shared/mail/eml';
import { createMailDraftHandler, draftProblem, type MailDraftDeps } from './mail-draft';

const draft = buildDraftEml({
  to: { name: 'Petra Wendler', email: 'petra.wendler@wendler-maschinenbau.de' },
  subject: 'Ihr Angebot für Müller & Söhne',
  bodyText: 'Sehr geehrte Frau Wendler,\n\nanbei unser Angebot.',
  attachments: [
    { filename: 'Angebot.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80]) },
  ],
  date: new Date(Date.UTC(2026, 11, 7, 9, 0, 0)),
});
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

function fakeDeps(openResult = '') {
  const written: [string, Uint8Array][] = [];
  const deps: MailDraftDeps = {
    tempDirectory: '/tmp',
    fs: {
      mkdir: vi.fn(async () => undefined),
      writeFile: vi.fn(async (path: string, data: Uint8Array) => void written.push([path, data])),
    },
    openPath: vi.fn(async () => openResult),
    randomId: () => '0b7c7e52-6f1d-4a55-9c59-0d2f5a3f1e11',
  };
  return { deps, written };
}

async function ipcRejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason as Error,
  );
  return decodeIpcError(error.message) ?? { raw: error.message };
}

describe('mail:open-draft request', () => {
  it('accepts an .eml name with bytes and refuses any other file type, a path or no data', () => {
    const parse = (payload: unknown) => {
      const result = parseIpcRequest('mail:open-draft', payload);
      return result.success ? 'ok' : result.error;
    };
    expect(parse({ fileName: 'Angebot AN-2026-0042 Müller.eml', data: draft })).toBe('ok');
    expect([
      parse({ fileName: 'Angebot.exe', data: draft }),
      parse({ fileName: 'Angebot.eml.bat', data: draft }),
      parse({ fileName: '.eml', data: draft }),
      parse({ fileName: 'Entwürfe/Angebot.eml', data: draft }),
      parse({ fileName: 'Angebot.eml', data: new Uint8Array() }),
      parse({ fileName: 'Angebot.eml', data: 'text' }),
      parse({ fileName: 'Angebot.eml', data: draft, open: 'now' }),
    ]).toEqual([
      'Invalid mail:open-draft payload: fileName: must be a file name ending in .eml',
      'Invalid mail:open-draft payload: fileName: must be a file name ending in .eml',
      'Invalid mail:open-draft payload: fileName: must be a file name ending in .eml',
      'Invalid mail:open-draft payload: fileName: must not contain path separators (/ or \\)',
      'Invalid mail:open-draft payload: data: must not be empty',
      'Invalid mail:open-draft payload: data: must be a Uint8Array',
      'Invalid mail:open-draft payload: payload: Unrecognized key: "open"',
    ]);
  });
});

describe('draftProblem', () => {
  it('accepts an unsent draft and refuses other content', () => {
    expect(draftProblem(draft)).toBeNull();
    expect([
      draftProblem(ascii('MZ\x90\x00\x03 not a mail')),
      draftProblem(ascii('Subject: Hallo\r\nTo: <a@b.de>\r\n\r\nText')),
      draftProblem(ascii('Subject: Grüße\r\nX-Unsent: 1\r\n\r\nText')),
      draftProblem(ascii('Subject: Hallo\nX-Unsent: 1\n\nText')),
    ]).toEqual([
      'has no header section (no blank CRLF line)',
      'is not marked as an unsent draft (X-Unsent: 1)',
      'has a header section that is not 7-bit text',
      'has no header section (no blank CRLF line)',
    ]);
  });
});

describe('createMailDraftHandler', () => {
  it('writes the draft into a fresh temporary folder and opens it', async () => {
    const { deps, written } = fakeDeps();
    const open = createMailDraftHandler(deps);
    expect(await open({ fileName: 'Angebot Müller.eml', data: draft })).toEqual({ opened: true });
    const path = '/tmp/quotient-mail/0b7c7e52-6f1d-4a55-9c59-0d2f5a3f1e11/Angebot Müller.eml';
    expect(written).toEqual([[path, draft]]);
    expect(vi.mocked(deps.fs.mkdir).mock.calls).toEqual([
      ['/tmp/quotient-mail/0b7c7e52-6f1d-4a55-9c59-0d2f5a3f1e11', { recursive: true }],
    ]);
    expect(vi.mocked(deps.openPath).mock.calls).toEqual([[path]]);
  });

  it("reports the system's reason when no program opens it", async () => {
    const { deps } = fakeDeps('No application found for .eml');
    expect(await createMailDraftHandler(deps)({ fileName: 'Angebot.eml', data: draft })).toEqual({
      opened: false,
      reason: 'No application found for .eml',
    });
  });

  it('refuses content that is no unsent draft without writing or opening anything', async () => {
    const { deps, written } = fakeDeps();
    expect(
      await ipcRejection(
        createMailDraftHandler(deps)({
          fileName: 'Angebot.eml',
          data: ascii('#!/bin/sh\r\n\r\nrm'),
        }),
      ),
    ).toEqual({
      code: 'invalid-payload',
      message: 'mail:open-draft: data is not marked as an unsent draft (X-Unsent: 1)',
    });
    expect(written).toEqual([]);
    expect(deps.openPath).not.toHaveBeenCalled();
  });

  it('reports a write failure with the path and opens nothing', async () => {
    const { deps } = fakeDeps();
    deps.fs.writeFile = vi.fn(async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    const error = await ipcRejection(
      createMailDraftHandler(deps)({ fileName: 'Angebot.eml', data: draft }),
    );
    expect(error).toMatchObject({ code: 'io-failed', message: expect.stringContaining('ENOSPC') });
    expect(deps.openPath).not.toHaveBeenCalled();
  });
});
