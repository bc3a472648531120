import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { endSession } from '../auth/session';
import { signInAs } from '../test/render';
import { Shell } from './shell';

function renderShell(): void {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <Shell>
          <p>inhoud</p>
        </Shell>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function linkNames(): string[] {
  const nav = screen.queryByRole('navigation', { name: 'Hoofdmenu' });
  return nav ? Array.from(nav.querySelectorAll('a')).map((link) => link.textContent ?? '') : [];
}

describe('the navigation', () => {
  it('shows the help desk its screens and not the KPI dashboard', () => {
    signInAs('helpdesk');
    renderShell();
    expect(linkNames()).toEqual(['Werkvoorraad', 'Scholen', 'Subsidierondes']);
  });

  it('shows a monitoring user only the dashboard', () => {
    signInAs('monitoring');
    renderShell();
    expect(linkNames()).toEqual(["KPI's", 'Trechter', 'Gelijke kansen', 'Kwartaalrapportage']);
  });

  it('shows a pillar team of enrolment the schools but not the work queue', () => {
    signInAs('pillar-team:enrolment');
    renderShell();
    expect(linkNames()).toEqual(['Scholen']);
  });

  it('shows nothing to navigate to before signing in', () => {
    endSession();
    renderShell();
    expect(linkNames()).toEqual([]);
    expect(screen.getByRole('main')).toBeTruthy();
  });
});
