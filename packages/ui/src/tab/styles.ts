import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Layout styles shared by the tab's pages. On paper (`@media print`, see also `apps/tab/index.html`): no margins
 * of the screen, tables at full length (no sideways scrolling box) with their rows kept whole and their header
 * row on every page, headings kept with what follows, and what only works on screen (`noPrint`) left out.
 */
export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    // A long Swedish compound ("informationshantering") breaks rather than widening the page at 320 px.
    overflowWrap: 'break-word',
    minWidth: 0,
    '@media print': { padding: 0, rowGap: tokens.spacingVerticalM },
  },
  /** Controls that only work on screen (filters, buttons, navigation): left out when the page is printed. */
  noPrint: { '@media print': { display: 'none' } },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  /**
   * A long section below the fold (an area's table of 25 rows or more): not laid out or painted until it comes near
   * the viewport, its last size kept once it has been.
   */
  offscreen: {
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 40rem',
    '@media print': { contentVisibility: 'visible' },
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    '@media print': { breakAfter: 'avoid' },
  },
  minor: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap', maxWidth: '60rem' },
  muted: { color: tokens.colorNeutralForeground2 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    '@media print': { '& thead': { display: 'table-header-group' }, '& tr': { breakInside: 'avoid' } },
  },
  /** Around a data table: on a narrow screen the table scrolls sideways here, never the page (WCAG 1.4.10). */
  tableScroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
    // On paper the whole table is printed: a scrolling box would cut off its right-hand columns.
    '@media print': { overflowX: 'visible' },
  },
  th: {
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { margin: 0, paddingLeft: '1.25rem' },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, whiteSpace: 'pre-wrap' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
