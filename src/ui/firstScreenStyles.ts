import type { CSSProperties } from 'react';

/**
 * Styles of the first screen (header, plan list), as plain style objects over Fluent's CSS variables.
 *
 * Why not makeStyles here: Fluent's own components ship precompiled styles, but a makeStyles call in our code
 * brings Griffel's runtime CSS compiler (stylis, rtl-css-js) and the token map into the first download. The first
 * screen needs neither: its layout is a few flex boxes without media queries or pseudo-classes. Every later
 * screen loads on demand and uses makeStyles as usual. FluentProvider defines the variables, so these follow the theme.
 */
const v = (token: string): string => `var(--${token})`;

export const firstScreen = {
  shell: { minHeight: '100vh', backgroundColor: v('colorNeutralBackground1'), color: v('colorNeutralForeground1') },
  header: {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: v('spacingHorizontalM'),
    padding: `${v('spacingVerticalS')} ${v('spacingHorizontalM')}`, borderBottom: `${v('strokeWidthThin')} solid ${v('colorNeutralStroke2')}`,
  },
  brand: { fontWeight: v('fontWeightSemibold'), fontSize: v('fontSizeBase400') },
  account: { display: 'inline-flex', alignItems: 'center', gap: v('spacingHorizontalS') },
  /** A link in the header: the theme's link colour (the browser's default blue is too dark on the dark theme). */
  link: { color: v('colorBrandForegroundLink') },
  loading: { padding: v('spacingHorizontalXXL'), color: v('colorNeutralForeground2') },
  root: { display: 'flex', flexDirection: 'column', gap: v('spacingVerticalM'), padding: v('spacingHorizontalM'), maxWidth: '64rem' },
  bar: { display: 'flex', gap: v('spacingHorizontalS'), flexWrap: 'wrap', alignItems: 'center' },
  heading: { margin: 0, fontSize: v('fontSizeBase600'), lineHeight: v('lineHeightBase600'), flexGrow: 1 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: v('spacingVerticalS') },
  card: {
    display: 'flex', flexWrap: 'wrap', gap: v('spacingHorizontalM'), alignItems: 'center', justifyContent: 'space-between',
    padding: v('spacingHorizontalM'), borderRadius: v('borderRadiusMedium'),
    border: `${v('strokeWidthThin')} solid ${v('colorNeutralStroke1')}`, backgroundColor: v('colorNeutralBackground1'),
  },
  /** A card's outline while the plans are read: same height as a card, so nothing jumps when they arrive. */
  skeletonCard: {
    height: '4.5rem', borderRadius: v('borderRadiusMedium'), backgroundColor: v('colorNeutralBackground3'),
    border: `${v('strokeWidthThin')} solid ${v('colorNeutralStroke2')}`,
  },
  info: { display: 'flex', flexDirection: 'column', gap: v('spacingVerticalXXS'), minWidth: '14rem' },
  family: { margin: 0, fontSize: v('fontSizeBase400') },
  meta: { margin: 0, color: v('colorNeutralForeground2'), display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: v('spacingHorizontalM') },
  actions: { display: 'flex', gap: v('spacingHorizontalXS'), flexWrap: 'wrap' },
  hidden: { display: 'none' },
  errors: { margin: 0, paddingInlineStart: v('spacingHorizontalL') },
  importList: { margin: `${v('spacingVerticalXS')} 0`, paddingInlineStart: v('spacingHorizontalL') },
  importNext: { margin: `0 0 ${v('spacingVerticalS')}` },
  plainNotice: {
    margin: 0, padding: `${v('spacingVerticalS')} ${v('spacingHorizontalM')}`, borderRadius: v('borderRadiusMedium'),
    border: `${v('strokeWidthThin')} solid ${v('colorNeutralStroke1')}`,
  },
} satisfies Record<string, CSSProperties>;

type Tone = 'brand' | 'success' | 'informative' | 'subtle';
const TONE: Record<Tone, { color: string; backgroundColor: string; borderColor: string }> = {
  brand: { color: v('colorNeutralForeground1'), backgroundColor: 'transparent', borderColor: v('colorNeutralStroke1') },
  success: { color: v('colorPaletteGreenForeground2'), backgroundColor: v('colorPaletteGreenBackground1'), borderColor: v('colorPaletteGreenBorder1') },
  informative: { color: v('colorBrandForeground2'), backgroundColor: v('colorBrandBackground2'), borderColor: v('colorBrandStroke2') },
  subtle: { color: v('colorNeutralForeground3'), backgroundColor: v('colorNeutralBackground3'), borderColor: v('colorNeutralStroke2') },
};

/** A small rounded label, drawn like Fluent's Badge (whose code the first screen does not need). */
export function pill(tone: Tone): CSSProperties {
  return {
    ...TONE[tone], display: 'inline-flex', alignItems: 'center', borderStyle: 'solid', borderWidth: v('strokeWidthThin'),
    borderRadius: v('borderRadiusCircular'), padding: `0 ${v('spacingHorizontalS')}`, fontSize: v('fontSizeBase200'),
    lineHeight: v('lineHeightBase200'), fontWeight: v('fontWeightSemibold'), minHeight: '20px',
  };
}
