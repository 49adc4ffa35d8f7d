import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

import { cleanEnvironment } from './run';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: {
    changes?: Record<string, TextEdit[]>;
    documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
  };
  command?: { command: string; arguments?: unknown[] };
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

/**
 * A minimal LSP client over stdio with the base protocol's `Content-Length` framing: what an editor
 * does, written out so the test depends on nothing but the server under test.
 */
export class LanguageServerClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly diagnostics = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();
  private readonly seenNotifications = new Set<string>();
  private notificationWaiters: (() => void)[] = [];
  readonly log: string[] = [];

  constructor(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(command, args, { cwd, env: cleanEnvironment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    // Writes after the server exited fail with EPIPE; the exit handler already rejects what is pending.
    this.child.stdin.on('error', (error) => this.log.push(`stdin: ${error.message}`));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.log.push(`stderr: ${chunk}`));
    this.child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`language server exited with ${String(code)}\n${this.recentLog()}`));
      this.pending.clear();
    });
  }

  /** The tail of what the server logged, for failure messages. */
  recentLog(): string {
    return this.log.join('\n').slice(-4000);
  }

  /** Answers the server's requests for `method` (anything unhandled is answered with `null`). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${String(timeoutMs)} ms\n${this.recentLog()}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * The document's diagnostics by LSP 3.17 pull (`textDocument/diagnostic`), which is how the ESLint
   * server answers: it declares a `diagnosticProvider` and never pushes `publishDiagnostics`.
   */
  async pullDiagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${JSON.stringify(report)}`);
    return report.items ?? [];
  }

  /** The diagnostics last pushed for `uri` (`publishDiagnostics`) once they satisfy `accept`, waiting if necessary. */
  diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics for ${uri}`,
      () => {
        const published = this.diagnostics.get(uri);
        return published && accept(published.diagnostics) ? published.diagnostics : undefined;
      },
      timeoutMs,
    );
  }

  /** Resolves once the server has sent a notification with this method. */
  notified(method: string, timeoutMs = 120_000): Promise<true> {
    return this.waitFor(`a ${method} notification`, () => (this.seenNotifications.has(method) ? true : undefined), timeoutMs);
  }

  private async waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        const last = [...this.diagnostics.entries()].map(([uri, entry]) => `${uri}: ${JSON.stringify(entry.diagnostics)}`);
        throw new Error(`timed out waiting for ${what}\nlast diagnostics: ${last.join('\n')}\n${this.recentLog()}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.notificationWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Forgets what was published, so the next `diagnosticsFor` waits for a fresh notification. */
  clearDiagnostics(uri: string): void {
    this.diagnostics.delete(uri);
  }

  async shutdown(): Promise<void> {
    if (this.child.exitCode === null) {
      try {
        await this.request('shutdown', null, 10_000);
        this.notify('exit', null);
      } catch {
        // A server that does not answer is killed below.
      }
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      this.child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${String(body.length)}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/i.exec(header)?.[1];
      if (length === undefined) throw new Error(`malformed LSP header: ${header}`);
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      const handler = this.handlers.get(message.method);
      try {
        this.send({ jsonrpc: '2.0', id: message.id, result: handler ? handler(message.params) : null });
      } catch (error) {
        this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } });
      }
      return;
    }
    if (message.method !== undefined) {
      this.notification(message.method, message.params);
      return;
    }
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.message} (${String(message.error.code)})`));
      else pending?.resolve(message.result);
    }
  }

  private notification(method: string, params: unknown): void {
    this.seenNotifications.add(method);
    if (method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, { version, diagnostics });
    } else if (method === 'window/logMessage' || method === 'window/showMessage') {
      this.log.push(`${method}: ${(params as { message: string }).message}`);
    }
    const waiters = this.notificationWaiters;
    this.notificationWaiters = [];
    for (const wake of waiters) wake();
  }
}

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + position.character;
}

/** Applies LSP text edits (UTF-16 positions, as JS strings are) from last to first. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
  }
  return result;
}

/** The edits a code action makes to `uri`, whichever of the two WorkspaceEdit shapes the server used. */
export function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const fromChanges = action.edit?.changes?.[uri] ?? [];
  const fromDocumentChanges = (action.edit?.documentChanges ?? [])
    .filter((change) => change.textDocument.uri === uri)
    .flatMap((change) => change.edits);
  return [...fromChanges, ...fromDocumentChanges];
}
