/// <reference types="jest" />
import { render, screen } from '@testing-library/react';
import { LocaleProvider } from './i18n.js';
import { SignInPicker } from './SignInPicker.js';

describe('the local sign-in picker', () => {
  it('names each demo person’s part as the start page does', () => {
    const users = [
      { key: 'staff', name: 'Sara Lindqvist', role: 'member' },
      { key: 'approver', name: 'Karin Nilsson', role: 'member' },
      { key: 'deputy', name: 'Erik Johansson', role: 'member' },
      { key: 'reader', name: 'Lars Persson', role: 'visitor' },
      { key: 'admin', name: 'Maria Ek', role: 'owner' },
      { key: 'guest', name: 'Gäst Gästsson', role: 'visitor' },
    ];
    render(
      <LocaleProvider locale="sv">
        <SignInPicker users={users} onPick={() => undefined} />
      </LocaleProvider>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sara Lindqvist – skriver uppföljningar',
      'Karin Nilsson – godkänner uppföljningar',
      'Erik Johansson – ersättare för Karin Nilsson',
      'Lars Persson – läser intranätet',
      'Maria Ek – planadministratör',
      'Gäst Gästsson – läsare',
    ]);
  });
});
