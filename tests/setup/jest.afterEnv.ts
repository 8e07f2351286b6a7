import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The editor and the evaluation screens load lazily; under jest each first import is transpiled on the spot, which
// takes more than findBy's default second on a busy 2-core runner. The wait is for loading, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });

// The test file is the page: its BroadcastChannels end with it (jest.setup.ts).
afterAll(() => (globalThis as { closePageChannels?: () => void }).closePageChannels?.());
