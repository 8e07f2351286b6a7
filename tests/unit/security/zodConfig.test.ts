/**
 * @jest-environment node
 */
import { globalConfig } from 'zod/v4/core';
import { planSchema } from '../../../src/domain';

describe('zod under the app\'s CSP', () => {
  it('parses jitless once the domain is loaded, so zod never probes for eval (a CSP violation under script-src without unsafe-eval)', () => {
    expect(planSchema).toBeDefined();
    expect(globalConfig.jitless).toBe(true);
  });
});
