import { useEffect, useRef, type ReactNode } from 'react';
import { usePageStyles } from './styles.js';

/** The page's h1; it takes focus when the page opens so keyboard and screen-reader users start there. */
export function PageHeading(props: { children: ReactNode }) {
  const styles = usePageStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={styles.heading}>
      {props.children}
    </h1>
  );
}
