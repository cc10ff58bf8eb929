/// <reference types="jest" />
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ShowMore, useShownItems } from './show-more.js';

const items = Array.from({ length: 120 }, (_, n) => ({ id: n + 1, title: `Insats ${n + 1}` }));

function List(props: { mustShow?: number; locale?: 'sv' | 'en'; here?: number; total?: number }) {
  const list = useShownItems<(typeof items)[number], HTMLUListElement>(
    items.slice(0, props.here ?? items.length),
    props.mustShow,
    undefined,
    props.total,
  );
  return (
    <>
      <ul ref={list.listRef}>
        {list.shown.map((item) => (
          <li key={item.id} data-initiative={item.id}>
            <a href={`#/initiative/${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ul>
      <ShowMore list={list} group="Teknologi" locale={props.locale ?? 'sv'} />
    </>
  );
}

describe('showing a large group a page at a time', () => {
  it('shows the first 50 and says how many there are', () => {
    render(<List />);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('Visar 50 av 120 insatser i Teknologi.')).toBeTruthy();
  });

  it('shows the next page on request and moves focus to its first item', () => {
    render(<List />);
    fireEvent.click(screen.getByRole('button', { name: 'Visa 50 till' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(document.activeElement?.textContent).toBe('Insats 51');
    fireEvent.click(screen.getByRole('button', { name: 'Visa 20 till' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
    expect(document.activeElement?.textContent).toBe('Insats 101');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts the whole group while only its start is here, and waits for the rest before showing more', () => {
    const { rerender } = render(<List here={50} total={120} />);
    expect(screen.getByText('Visar 50 av 120 insatser i Teknologi.')).toBeTruthy();
    const waiting = screen.getByRole('button', { name: 'Resten läses in …' });
    expect(waiting.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(waiting);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    rerender(<List total={120} />);
    fireEvent.click(screen.getByRole('button', { name: 'Visa 50 till' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
  });

  it('always shows the item a deep link points at', () => {
    render(<List mustShow={79} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(80);
    expect(screen.getByText('Insats 80')).toBeTruthy();
  });

  it('prints every item, and shows a page again after printing', () => {
    render(<List />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
  });

  it('speaks English when asked', () => {
    render(<List locale="en" />);
    expect(screen.getByText('Showing 50 of 120 initiatives in Teknologi.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show 50 more' })).toBeTruthy();
  });
});
