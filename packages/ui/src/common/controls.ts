import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Styles of the few native controls the reader uses (buttons, toggle buttons, a select), in Fluent's tokens.
 * Native elements keep the web part's initial bundle small (Fluent's TabList, Select and Button together weigh
 * about 36 KB gzip) and are keyboard-accessible as they are.
 */
export const useControlStyles = makeStyles({
  button: {
    minHeight: '32px',
    paddingInline: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  subtle: { border: '1px solid transparent', backgroundColor: 'transparent' },
  toggleGroup: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  pressed: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    textDecorationLine: 'underline',
    textUnderlineOffset: '4px',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  select: {
    minHeight: '32px',
    minWidth: '14rem',
    paddingInline: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});
