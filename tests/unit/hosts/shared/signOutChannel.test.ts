/** @jest-environment node */
import { announceSignOut, onSignOutElsewhere } from '../../../../src/hosts/shared/signOut';

/** Node's BroadcastChannel, like a browser's, delivers to every other channel object of the name in this context too. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the sign-out message between tabs', () => {
  it('reaches the other tabs of the profile, never the tab that signs out (it would reload halfway through its own sign-out)', async () => {
    const heardHere = jest.fn();
    const heardThere = jest.fn();
    const stopHere = onSignOutElsewhere(heardHere);
    const stopThere = onSignOutElsewhere(heardThere, 'another-tab');
    try {
      announceSignOut();
      await settle();
      expect(heardHere).not.toHaveBeenCalled();
      expect(heardThere).toHaveBeenCalledTimes(1);
    } finally {
      stopHere();
      stopThere();
    }
  });

  it('ignores a message that is not a sign-out', async () => {
    const heard = jest.fn();
    const stop = onSignOutElsewhere(heard, 'another-tab');
    const channel = new BroadcastChannel('veiligheidsplan-afmelden');
    try {
      channel.postMessage({ kind: 'signedOut' });
      channel.postMessage('signedOut');
      await settle();
      expect(heard).not.toHaveBeenCalled();
    } finally {
      channel.close();
      stop();
    }
  });
});
