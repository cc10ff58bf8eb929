/// <reference types="jest" />
import { render, screen } from '@testing-library/react';
import { ExampleDataNotice } from './ExampleDataNotice.js';

describe('the example-data mark', () => {
  it('says, as a note, that the plan holds example data and what of it is invented', () => {
    render(<ExampleDataNotice plan={{ exampleData: true }} locale="sv" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Exempeldata');
    expect(note.textContent).toContain('Planens egna texter är stadens.');
  });

  it('shows nothing for a plan without example data', () => {
    const { container } = render(<ExampleDataNotice plan={{ exampleData: false }} locale="en" />);
    expect(container.innerHTML).toBe('');
  });
});
