// Component tests (jsdom): what jsdom lacks and Fluent UI uses. ResizeObserver: Fluent's MessageBar observes
// its own size. Runs after the unit timeout, for the ui project only (jest.config.js).
window.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;
