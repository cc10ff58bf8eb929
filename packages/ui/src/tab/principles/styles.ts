import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the principles page: the matrix in a region that scrolls sideways on narrow screens. */
export const usePrinciplesStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: { borderCollapse: 'collapse', minWidth: '40rem' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  level: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  comment: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  missing: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  levels: { margin: 0, paddingLeft: '1.25rem' },
  form: { maxWidth: '40rem' },
});
