/**
 * A text matcher for the one `selector` element whose text, read as a whole, is `text`:
 * for text a reader sees as one line that is split over child elements.
 */
export function byWholeText(selector: string, text: string) {
  return (_content: string, element: Element | null) => element?.matches(selector) === true && element.textContent === text;
}
