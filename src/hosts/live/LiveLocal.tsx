import { useState } from 'react';
import { Button, Caption1, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { LiveRole } from '../../domain';
import type { JoinOptions, LiveSession } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { LiveMeeting } from '../../ui/live/LiveMeeting';
import { roleMessage } from '../../ui/live/LiveSidebar';
import { useT } from '../../ui/useT';

/**
 * The live session outside Teams (`npm start` with `npm run live:service`): the same screens on Live Share's test
 * host and a local Fluid service. `?live=<id>` joins a session; without it, joining creates one. Each window says who
 * it is (the test host knows no meeting roles). For trying out on one machine; never served against a remote service.
 */

const DEFAULT_SERVICE = 'http://127.0.0.1:7070';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: '480px' },
  share: { padding: `0 ${tokens.spacingHorizontalXL}` },
});

// A Begeleider and a Professional window join alike: the first professional present takes the lead (domain
// automaticTakeOver), a later one sees who leads and may take it over.
function joinOptionsFor(role: LiveRole, name: string): JoinOptions {
  const shown = name.trim() === '' ? null : name.trim();
  if (role === 'facilitator') return { isOrganiser: true, isPresenter: true, inTenant: true, leadsFromHere: true, name: shown };
  if (role === 'professional') return { isOrganiser: false, isPresenter: true, inTenant: true, leadsFromHere: true, name: shown };
  return { isOrganiser: false, isPresenter: false, inTenant: false, leadsFromHere: false, name: shown };
}

function sessionUrl(id: string, view: string | null): string {
  const params = new URLSearchParams({ live: id });
  if (view) params.set('view', view);
  const service = new URLSearchParams(window.location.search).get('service');
  if (service) params.set('service', service);
  return `${window.location.pathname}?${params.toString()}`;
}

export function LiveLocal() {
  const t = useT();
  const styles = useStyles();
  const params = new URLSearchParams(window.location.search);
  const view = params.get('view') === 'panel' ? 'panel' : 'stage';
  const [name, setName] = useState('');
  const [role, setRole] = useState<LiveRole>(params.get('live') ? 'participant' : 'facilitator');
  const [state, setState] = useState<{ kind: 'form' } | { kind: 'joining' } | { kind: 'failed' } | { kind: 'joined'; session: LiveSession }>({ kind: 'form' });
  const [sessionId, setSessionId] = useState<string | null>(params.get('live') || null);

  const join = async () => {
    setState({ kind: 'joining' });
    try {
      const { localLiveSessions } = await import(/* webpackChunkName: "liveshare" */ '../../adapters/liveshare');
      const factory = localLiveSessions({
        endpoint: params.get('service') ?? DEFAULT_SERVICE,
        sessionId,
        onCreated: (id) => {
          setSessionId(id);
          window.history.replaceState(null, '', sessionUrl(id, params.get('view')));
        },
      });
      setState({ kind: 'joined', session: await factory.join(joinOptionsFor(role, name)) });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  if (state.kind === 'joined') {
    return (
      <>
        <LiveMeeting session={state.session} view={view} />
        {sessionId ? (
          <footer className={styles.share}>
            <Link href={sessionUrl(sessionId, null)} target="_blank" data-testid="live-second-window">{t(m['live.local.second'])}</Link>
          </footer>
        ) : null}
      </>
    );
  }
  return (
    <main>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void join(); }}>
        <Title3 as="h1">{t(m['live.local.heading'])}</Title3>
        <Caption1>{t(m['live.local.hint'])}</Caption1>
        <Field label={t(m['live.local.name'])}><Input value={name} onChange={(_, d) => setName(d.value)} /></Field>
        <Field label={t(m['live.local.role'])}>
          <RadioGroup value={role} onChange={(_, d) => setRole(d.value as LiveRole)}>
            {(['facilitator', 'professional', 'participant'] as const).map((r) => <Radio key={r} value={r} label={t(roleMessage(r))} />)}
          </RadioGroup>
        </Field>
        <div><Button type="submit" appearance="primary" disabled={state.kind === 'joining'}>{t(m['live.local.join'])}</Button></div>
        {state.kind === 'joining' ? <Spinner size="tiny" label={t(m['live.connecting'])} /> : null}
        {state.kind === 'failed' ? <MessageBar intent="error"><MessageBarBody>{t(m['live.failed'])}</MessageBarBody></MessageBar> : null}
      </form>
    </main>
  );
}
