/** Whether the Electron binary is there, or the one line that says why not and what to do. */
export type ElectronStatus =
  | { ok: true; binary: string }
  /** `missing`: the binary is not there yet, so a download may fetch it. */
  | { ok: false; missing?: true; line: string };

/** The one line after a failed download; `detail` is the first line the downloader printed. */
export function downloadFailedLine(detail: string): string;

export function electronStatus(args: {
  /** ELECTRON_EXEC_PATH */
  execPath: string | undefined;
  /** node_modules/electron, or null when the package is not installed. */
  moduleDir: string | null;
  /** The content of node_modules/electron/path.txt, or null when it is missing. */
  pathTxt: string | null;
  exists: (path: string) => boolean;
}): ElectronStatus;
