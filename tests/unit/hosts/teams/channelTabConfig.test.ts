import { pages } from '@microsoft/teams-js';
import { CHANNEL_TAB_ENTITY_ID, registerChannelTabConfig } from '../../../../src/hosts/teams/channelTabConfig';

jest.mock('@microsoft/teams-js', () => ({
  pages: { config: { registerOnSaveHandler: jest.fn(), setValidityState: jest.fn(), setConfig: jest.fn() } },
}));

const config = jest.mocked(pages.config);

type SaveHandler = Parameters<typeof pages.config.registerOnSaveHandler>[0];

function saveEvent() {
  return { result: {}, notifySuccess: jest.fn(), notifyFailure: jest.fn() };
}

function registeredHandler(): SaveHandler {
  const handler = config.registerOnSaveHandler.mock.calls[0]?.[0];
  if (!handler) throw new Error('no save handler registered');
  return handler;
}

beforeEach(() => jest.resetAllMocks());

describe('registerChannelTabConfig()', () => {
  it('enables Save at once, since there is nothing to choose', () => {
    registerChannelTabConfig('https://vp.example.org', 'Veiligheidsplan');
    expect(config.setValidityState).toHaveBeenCalledWith(true);
  });

  it('saves tab.html on the same origin as the content URL, then notifies success', async () => {
    config.setConfig.mockResolvedValue(undefined);
    registerChannelTabConfig('https://vp.example.org', 'Veiligheidsplan');
    const event = saveEvent();
    registeredHandler()(event);
    await new Promise((r) => setTimeout(r, 0));
    expect(config.setConfig).toHaveBeenCalledWith({
      contentUrl: 'https://vp.example.org/tab.html',
      websiteUrl: 'https://vp.example.org/tab.html',
      entityId: CHANNEL_TAB_ENTITY_ID,
      suggestedDisplayName: 'Veiligheidsplan',
    });
    expect(event.notifySuccess).toHaveBeenCalled();
  });

  it('reports a failed save to Teams instead of leaving the dialog waiting', async () => {
    config.setConfig.mockRejectedValue(new Error('denied'));
    registerChannelTabConfig('https://vp.example.org', 'Veiligheidsplan');
    const event = saveEvent();
    registeredHandler()(event);
    await new Promise((r) => setTimeout(r, 0));
    expect(event.notifyFailure).toHaveBeenCalledWith('denied');
    expect(event.notifySuccess).not.toHaveBeenCalled();
  });
});
