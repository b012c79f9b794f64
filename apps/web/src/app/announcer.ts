// One live region for the whole console (App draws it): a route change or a form's result is said there,
// once, whatever part of the page changed.
const listeners = new Set<(text: string) => void>();

export function announce(text: string): void {
  listeners.forEach((listener) => listener(text));
}

export function onAnnounce(listener: (text: string) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
