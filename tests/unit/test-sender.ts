/** The sender the adapted fake runtime reports to message handlers; a test may pretend to be someone else. */
export interface FakeSender {
  id?: string;
  tab?: { id: number };
  url?: string;
  origin?: string;
  frameId?: number;
  documentId?: string;
}

let current: FakeSender | null = null;

export function testSender(): FakeSender {
  const runtime = (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  // By default, a content script in the top frame of tab 1, on the fixture server's origin.
  return current ?? { id: runtime?.id, tab: { id: 1 }, url: 'http://127.0.0.1/page.html', origin: 'http://127.0.0.1', frameId: 0 };
}

export function setTestSender(sender: FakeSender): void {
  current = sender;
}

export function resetTestSender(): void {
  current = null;
}
