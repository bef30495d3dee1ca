/**
 * Put text on the clipboard. Falls back to a selected, invisible textarea of our own and the copy
 * command where the async clipboard is refused (no focus, no permission). `host` is where that
 * textarea briefly lives: our own shadow root when there is one, never the page's editor.
 */
export async function copyText(text: string, doc: Document = document, host: ParentNode | null = doc.body): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!host) return false;
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
    host.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
