/**
 * Two fixes for accessibility faults of framework elements that axe-core reports on every Vaadin page
 * (BrowserE2ETest checks that the map, the article view and the add dialog have none):
 *
 * - vaadin-tabs keeps its tab scroller, a div in its shadow DOM, at tabindex="-1", which makes it a
 *   focusable child of the role="tablist" element (axe: aria-required-children). Tabs move with their
 *   own arrow-key handling and the scroller is never focused, so the attribute is removed.
 * - Vaadin adds its connection indicator (loading bar and "connection lost" message) to the end of
 *   body, outside every landmark (axe: region). It is moved into the page's main landmark; it is drawn
 *   in the top layer (a popover), so it looks and works the same.
 *
 * Both run on every matching element as it is added (a MutationObserver on the document), so they hold
 * for elements created later too.
 */
function fixTabs(tabs: Element) {
  customElements.whenDefined('vaadin-tabs').then(() =>
    requestAnimationFrame(() => tabs.shadowRoot?.querySelector('#scroll[tabindex]')?.removeAttribute('tabindex')),
  );
}

function moveIndicator() {
  const indicator = document.querySelector('body > vaadin-connection-indicator');
  const main = document.querySelector('main');
  if (indicator && main) main.append(indicator);
}

function visit(node: Node) {
  if (!(node instanceof Element)) return;
  if (node.localName === 'vaadin-tabs') fixTabs(node);
  node.querySelectorAll('vaadin-tabs').forEach(fixTabs);
  if (node.localName === 'main' || node.localName === 'vaadin-connection-indicator' || node.querySelector('main')) {
    moveIndicator();
  }
}

new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(visit))).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
visit(document.documentElement);
