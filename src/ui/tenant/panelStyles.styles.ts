import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the tenant panels: Fluent's Text and Subtitle are inline by default, the panels stack them. */
export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: 'block', margin: 0 },
  text: { display: 'block', margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  slots: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
