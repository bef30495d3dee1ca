/** The sender the adapted fake runtime reports to message handlers; a test may pretend to be someone else. */
export interface FakeSender {
  id?: string;
  tab?: { id: number };
  url?: string;
  origin?: string;
}

let current: FakeSender | null = null;

export function testSender(): FakeSender {
  const runtime = (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  return current ?? { id: runtime?.id, tab: { id: 1 } };
}

export function setTestSender(sender: FakeSender): void {
  current = sender;
}

export function resetTestSender(): void {
  current = null;
}
