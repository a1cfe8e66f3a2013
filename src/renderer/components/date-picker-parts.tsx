import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Popover,
} from 'react-aria-components';

/** The typed date (segments) and the button that opens the calendar; goes inside a DatePicker. */
export function DateSegmentsInput({ label }: { label: string }) {
  return (
    <Group className="field-group field-date">
      <DateInput className="date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
      <Button className="icon-button" aria-label={`Open calendar for ${label}`}>
        ▾
      </Button>
    </Group>
  );
}

/** The month calendar a DatePicker opens, named after its field for screen readers. */
export function CalendarPopover({ label }: { label: string }) {
  return (
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
  );
}
