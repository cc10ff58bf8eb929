import { render, screen } from '@testing-library/react';
import { TabRoot } from './TabApp.js';

describe('the tab’s theme wrapper', () => {
  it('shows an empty busy box until its theme has loaded, then what it wraps in that theme', async () => {
    const { container } = render(
      <TabRoot theme="dark" locale="sv">
        <p>Planen</p>
      </TabRoot>,
    );
    // Nothing unstyled meanwhile: the box is empty and says it is busy.
    const busy = container.querySelector('[aria-busy="true"]');
    expect(busy?.textContent).toBe('');
    expect(screen.queryByText('Planen')).toBeNull();
    expect(await screen.findByText('Planen')).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    expect(container.querySelector('.fui-FluentProvider')).not.toBeNull();
  });
});
