/**
 * jsdom has no layout, but ProseMirror (under TipTap) measures the selection to scroll it into
 * view after every change. Importing this file in a test gives it zero-sized rectangles, so the
 * real editor runs in jsdom and typing can be tested.
 */
const rect: DOMRect = {
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  bottom: 0,
  right: 0,
  width: 0,
  height: 0,
  toJSON: () => ({}),
};

function rectList(): DOMRectList {
  const list: DOMRect[] = [rect];
  return Object.assign(list, { item: (index: number) => list[index] ?? null });
}

Element.prototype.getClientRects = rectList;
Range.prototype.getClientRects = rectList;
Range.prototype.getBoundingClientRect = () => rect;
document.elementFromPoint = () => null;
