import { parseDate } from '@internationalized/date';
import { Button, Calendar, CalendarCell, CalendarGrid, DateInput, DatePicker, DateSegment, Dialog, Group, Heading, Label, Popover } from 'react-aria-components';

/** A date picker outside a form library, holding a YYYY-MM-DD string (same look as the form's date fields). */
export function DateValueField({ label, value, onChange, className }: { label: string; value: string; onChange: (iso: string) => void; className?: string }) {
  let parsed = null;
  try {
    parsed = value ? parseDate(value) : null;
  } catch {
    parsed = null;
  }
  return (
    <DatePicker className={`field ${className ?? ''}`} value={parsed} onChange={(next) => onChange(next ? next.toString() : '')} shouldForceLeadingZeros>
      <Label className="field-label">{label}</Label>
      <Group className="field-group field-date">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <Button className="icon-button" aria-label={`Open calendar for ${label}`}>
          ▾
        </Button>
      </Group>
      <Popover className="popover">
        <Dialog className="calendar-dialog" aria-label={`${label} calendar`}>
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="icon-button" aria-label="Previous month">
                ‹
              </Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="icon-button" aria-label="Next month">
                ›
              </Button>
            </header>
            <CalendarGrid>{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
