// jsdom plus the Fetch API classes of Node. React Router's data routers build every
// navigation as a `Request` with an `AbortSignal`; jsdom provides neither Request nor a
// signal Node's Request accepts, so both come from Node (the same pair a browser has).
const { TestEnvironment } = require('jest-environment-jsdom');

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      AbortController,
      AbortSignal,
      structuredClone,
    });
  }
}

module.exports = WebTestEnvironment;
