import { vi } from 'vitest';

/** A matchMedia whose queries match as `matching` says, and that tells its listeners when `change` is called. */
export function fakeMatchMedia(matching: Set<string>) {
  const lists: { media: string; listeners: Set<() => void> }[] = [];
  const matchMedia = (media: string) => {
    const list = { media, listeners: new Set<() => void>() };
    lists.push(list);
    return {
      get matches() {
        return matching.has(media);
      },
      addEventListener: (_: 'change', listener: () => void) => list.listeners.add(listener),
      removeEventListener: (_: 'change', listener: () => void) => list.listeners.delete(listener),
    };
  };
  vi.stubGlobal('matchMedia', matchMedia);
  const change = (media: string, matches: boolean) => {
    if (matches) matching.add(media);
    else matching.delete(media);
    for (const list of lists) if (list.media === media) for (const listener of list.listeners) listener();
  };
  return { change };
}
