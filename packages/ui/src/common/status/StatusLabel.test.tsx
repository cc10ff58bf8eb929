/// <reference types="jest" />
import { render, screen } from '@testing-library/react';
import { ACTIVITY_STATUSES, FOLLOW_UP_STATUSES, INITIATIVE_STATUSES } from '@devplan/core/domain';
import { AnyStatusLabel, FollowUpStatusLabel, InitiativeStatusLabel, type StatusOf } from './StatusLabel.js';
import { ProgressMeter } from './ProgressMeter.js';

describe('status labels', () => {
  it('give every follow-up status its own icon beside its text', () => {
    const icons = FOLLOW_UP_STATUSES.map((status) => {
      const { container, unmount } = render(<FollowUpStatusLabel status={status} locale="sv" />);
      const icon = container.querySelector('svg')!.getAttribute('data-icon');
      expect(container.textContent!.trim().length).toBeGreaterThan(0);
      unmount();
      return icon;
    });
    expect(new Set(icons).size).toBe(FOLLOW_UP_STATUSES.length);
  });

  it('give every initiative status its own icon beside its text', () => {
    const icons = INITIATIVE_STATUSES.map((status) => {
      const { container, unmount } = render(<InitiativeStatusLabel status={status} locale="en" />);
      const icon = container.querySelector('svg')!.getAttribute('data-icon');
      unmount();
      return icon;
    });
    expect(new Set(icons).size).toBe(INITIATIVE_STATUSES.length);
  });

  it('hide the icon from screen readers and read the status with its prefix', () => {
    render(<FollowUpStatusLabel status="offTrack" locale="en" srPrefix="Status" />);
    expect(screen.getByText('Off track').parentElement!.textContent).toBe('Status: Off track');
    expect(document.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('every kind of status', () => {
  const iconsOf = (statuses: StatusOf[]) =>
    statuses.map((status) => {
      const { container, unmount } = render(<AnyStatusLabel status={status} locale="sv" />);
      const icon = container.querySelector('svg')!.getAttribute('data-icon');
      expect(container.textContent!.trim().length).toBeGreaterThan(0);
      unmount();
      return icon;
    });

  it('gives each approval state of a follow-up its own icon beside its text', () => {
    const states = (['draft', 'submitted', 'approved', 'sentBack'] as const).map((value): StatusOf => ({
      kind: 'followUpState',
      value,
    }));
    expect(new Set(iconsOf(states)).size).toBe(states.length);
  });

  it('gives each activity status its own icon beside its text', () => {
    const statuses = ACTIVITY_STATUSES.map((value): StatusOf => ({ kind: 'activityStatus', value }));
    expect(new Set(iconsOf(statuses)).size).toBe(statuses.length);
  });

  it('writes the status in the language asked for', () => {
    render(<AnyStatusLabel status={{ kind: 'followUpState', value: 'sentBack' }} locale="en" />);
    expect(screen.getByText('Sent back')).toBeTruthy();
  });
});

describe('ProgressMeter', () => {
  it('is a named progress bar that writes its value and keeps it within 0–100', () => {
    render(<ProgressMeter value={140} label="Progress" valueText="140 %" />);
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText('140 %')).toBeTruthy();
  });
});
