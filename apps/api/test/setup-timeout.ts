// Integration and e2e tests start real databases and servers.
jest.setTimeout(90_000);
