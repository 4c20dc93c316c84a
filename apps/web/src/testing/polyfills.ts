/**
 * Browser APIs that jsdom lacks but antd and React Router use. Installed before the test
 * framework and before any module is imported.
 */
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });

// A matchMedia that answers width queries against the window's width (1024px by
// default; tests can set window.innerWidth), so antd's breakpoints behave like a browser.
function evaluate(query: string): boolean {
  const width = window.innerWidth;
  return query.split(',').some((part) => {
    const min = /min-width:\s*([\d.]+)px/.exec(part);
    const max = /max-width:\s*([\d.]+)px/.exec(part);
    if (!min && !max) return false;
    return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  });
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: evaluate(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });

// antd's Select schedules work with a MessageChannel "macro task"; a timer does the same
// without Node's real channel (which would keep jest's process alive).
class TimerMessagePort {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  other: TimerMessagePort | null = null;
  postMessage(data: unknown) {
    const target = this.other;
    setTimeout(() => target?.onmessage?.({ data }), 0);
  }
  start() {}
  close() {
    this.onmessage = null;
  }
  addEventListener() {}
  removeEventListener() {}
}
class TimerMessageChannel {
  port1 = new TimerMessagePort();
  port2 = new TimerMessagePort();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}
if (typeof globalThis.MessageChannel === 'undefined') Object.assign(globalThis, { MessageChannel: TimerMessageChannel });

// jsdom does not implement scrolling; pages call scrollTo when the route changes.
window.scrollTo = (() => {}) as typeof window.scrollTo;

// jsdom ignores the pseudo-element argument but logs "Not implemented"; antd asks for it.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = ((elt: Element) => getComputedStyle(elt)) as typeof window.getComputedStyle;
