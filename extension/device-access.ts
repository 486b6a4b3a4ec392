import type { Browser } from 'wxt/browser';
import { DeviceRequest } from '../lib/messaging/contract';
import { originOf, PageInfo } from '../lib/model';

/**
 * Who may ask the background for what. The extension's own pages (the panels' frame, popup, options) may use
 * every intent. A content script runs inside a web page, so it is treated as that page: it may ask only for
 * the suggestions of the page it runs on (to count and mark them), never for other sites', never to save,
 * send, export or change anything. Even a content script the page managed to misuse learns nothing else.
 */
export function mayAsk(sender: Browser.runtime.MessageSender, message: unknown, extensionBase: string): boolean {
  if (isExtensionPage(sender, extensionBase)) return true;
  const request = DeviceRequest.safeParse(message);
  if (!request.success || request.data.intent !== 'listPage' || !sender.url) return false;
  const page = PageInfo.safeParse(request.data.params[0]);
  return page.success && originOf(page.data.url) === originOf(sender.url);
}

/** A page of the extension itself (its address starts with `extensionBase`, `runtime.getURL('/')`), not a content script. */
export function isExtensionPage(sender: Browser.runtime.MessageSender, extensionBase: string): boolean {
  return sender.url !== undefined && sender.url.startsWith(extensionBase);
}
