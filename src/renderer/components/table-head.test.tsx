import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { numeric, TableHead, unseen } from './table-head';

describe('TableHead', () => {
  it('names every column for screen readers, keeps figure columns aligned and hides the actions heading', () => {
    render(
      <table>
        <TableHead columns={['Taken', numeric('Licences'), numeric('Took', 'num'), unseen('Actions')]} />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Taken', 'Licences', 'Took', 'Actions']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.map((h) => h.className)).toEqual(['', 'cell-number', 'num', '']);
    expect(headers[0]?.hasAttribute('class')).toBe(false);
    expect(screen.getByText('Actions').className).toBe('visually-hidden');
  });
});
