// Scripts put before anything else in an HTML page a proxy passes: how engines without init scripts
// (WebKitGTK over classic WebDriver) get the probe, over plain http (loopback-server.ts) and https
// (intercepting-proxy.ts) alike.
export function injectInto(html: string, scripts: string[]): string {
  const tag = scripts.map((s) => `<script>${s.replace(/<\/script/gi, '<\\/script')}</script>`).join('');
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /<!doctype[^>]*>/i.exec(html);
  if (doctype) return html.slice(0, doctype.index + doctype[0].length) + tag + html.slice(doctype.index + doctype[0].length);
  return tag + html;
}
