import { makeStyles, tokens } from '@fluentui/react-components';

/** The caseload loads on demand, so it uses makeStyles like every later screen (firstScreenStyles.ts says why not there). */
export const useCaseloadStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '72rem' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, flexGrow: 1 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  controls: {
    display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', alignItems: 'end',
  },
  search: { gridColumn: '1 / -1', maxWidth: '36rem' },
  // The check boxes get a row of their own, under the selects, so a wrapping label never pushes the selects down.
  flags: {
    gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS,
    alignItems: 'center', margin: 0, padding: 0, border: 'none', minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, width: '100%' },
  count: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stale: { opacity: 0.7 },
  row: {
    display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1,
    // Rows off screen are neither laid out nor painted; the intrinsic size keeps the scrollbar steady.
    contentVisibility: 'auto', containIntrinsicSize: 'auto 6rem',
  },
  rowMain: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '14rem', flexBasis: '20rem', flexGrow: 1 },
  family: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  due: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  link: {
    color: tokens.colorBrandForegroundLink, textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  /** Drawn like Fluent's Badge (outline, small). */
  pill: {
    display: 'inline-flex', alignItems: 'center', minHeight: '20px', padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  pillDanger: { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  pillWarning: { color: tokens.colorPaletteYellowForeground2, backgroundColor: tokens.colorPaletteYellowBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}` },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start', flexBasis: '16rem', flexGrow: 1 },
  viewer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  viewerField: { flexGrow: 1, minWidth: '14rem', maxWidth: '28rem' },
  team: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  teamTables: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
  table: { borderCollapse: 'collapse', minWidth: '12rem' },
  cell: { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});
