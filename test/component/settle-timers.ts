/**
 * Preact's hooks schedule effects after paint with a 100 ms fallback timer that calls
 * cancelAnimationFrame. A timer still pending when a file's jsdom environment is torn down would
 * then throw "cancelAnimationFrame is not defined" into the run. Each file waits those timers out.
 */
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
