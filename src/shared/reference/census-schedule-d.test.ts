import { describe, expect, it } from 'vitest';

import { scheduleDRows, scheduleDText } from '../../../tests/support/census-schedule-d';
import { parseScheduleD, producedOn } from './census-schedule-d';
import { bundledPorts } from './ports';

describe('the Census Schedule D list (dist.txt)', () => {
  it('gives the 431 ports of April 2025 with their codes and names as Census writes them', () => {
    const read = parseScheduleD(scheduleDText());
    if (!read.ok) throw new Error(read.reason);
    expect(read.list.producedOn).toBe('2025-04-01');
    expect(read.list.ports).toEqual(bundledPorts.ports.map(({ code, name }) => ({ code, name })));
    expect(read.list.districts).toContainEqual({ code: '10', name: 'NEW YORK CITY, NY' });
  });

  it.each([
    ['Produced APRIL25', '2025-04-01'],
    ['Produced April 2025', '2025-04-01'],
    ['Produced SEPT26', '2026-09-01'],
    ['no date here', null],
  ])('reads "%s" as %s', (text, date) => expect(producedOn(text)).toBe(date));

  it('refuses a file that is not the list, is cut short, or lists a code twice', () => {
    const reason = (text: string) => {
      const read = parseScheduleD(text);
      return read.ok ? null : read.reason;
    };
    expect(reason('HTS Number,Indent,Description\r\n')).toContain('it has no "Schedule D - District/Port List" title');
    expect(reason('Schedule D - District/Port List\r\nPORTLAND, ME | 0101 | Port\r\n')).toContain(
      'no "Name | Code | District/Port" table header',
    );
    const full = scheduleDText();
    expect(reason(full.slice(0, full.indexOf('| Port', 9000) - 3))).toMatch(
      /is not a "Name \| Code \| District\/Port" row|neither a district/,
    );
    expect(reason(scheduleDText(scheduleDRows().slice(0, 150)))).toContain('it lists 106 ports, fewer than the 200');
    const rows = scheduleDRows();
    expect(reason(scheduleDText([...rows, { name: 'PORTLAND AGAIN, ME', code: '0101', kind: 'Port' }]))).toBe(
      'port 0101 appears twice',
    );
  });
});
