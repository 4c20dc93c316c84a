import '@testing-library/jest-dom';
import { cleanup, configure } from '@testing-library/react';
import { apiClient } from '@/lib/api-client';
import { guestCartToken } from '@/lib/guest-cart-token';

// Every test declares the network it needs (testing/fake-api.ts); none reaches a real server.
const noNetwork = () => Promise.reject(new Error('No fake HTTP transport installed for this test'));
apiClient.transport = noNetwork;

// *ByRole queries normally check every match's ancestors' computed styles for
// visibility; with antd's CSS-in-JS in jsdom that costs seconds per query. Tests assert
// visibility explicitly where it matters.
// findBy*/waitFor default to 1 s, which whole-app renders exceed on a loaded CI machine.
configure({ defaultHidden: true, asyncUtilTimeout: 5_000 });

// Whole-app renders with antd in jsdom take a few seconds on a slow machine, and the admin forms'
// typing tests take 10-16 s alone; on a machine at load average 8 (two workers beside other
// suites) they passed 30 s. Each step still waits at most asyncUtilTimeout for what it expects.
jest.setTimeout(90_000);

afterEach(() => {
  cleanup();
  apiClient.transport = noNetwork;
  // The session is persisted there; every test starts signed out unless it says otherwise.
  window.localStorage.clear();
  guestCartToken.reload();
});
