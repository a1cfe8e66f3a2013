import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { noticeKindLabels, noticeKinds, type NoticeSettings } from '../../../shared/notices/notice-schema';
import { useClient, useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';
import { Card } from '../../components/card';

/** Which kinds of reminder the app gives (the desktop app's OS notifications and the list in the app). */
export function NoticeSettingsCard() {
  const client = useClient();
  const stored = useRpc('notices.getSettings', {});
  return (
    <Card titleId="notice-settings-title" title="Reminders">
      <p className="muted">
        {client.host === 'electron'
          ? 'At start and every morning the app tells you, as system notifications, about:'
          : 'The Reminders list (bottom left) tells you about:'}
      </p>
      {stored.data ? <NoticeSettingsForm key={stored.dataUpdatedAt} initial={stored.data} /> : null}
    </Card>
  );
}

function NoticeSettingsForm({ initial }: { initial: NoticeSettings }) {
  const [value, setValue] = useState(initial);
  const save = useAction('notices.saveSettings');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(value).then((saved) => saved && notify({ tone: 'success', title: 'Reminders saved' }));
      }}
    >
      <div className="notice-settings">
        {noticeKinds.map((kind) => (
          <Checkbox
            key={kind}
            className="checkbox"
            isSelected={value[kind]}
            onChange={(on) => setValue((v) => ({ ...v, [kind]: on }))}
          >
            <span className="checkbox-box" aria-hidden="true">
              ✓
            </span>
            {noticeKindLabels[kind]}
          </Checkbox>
        ))}
      </div>
      <SubmitRow label="Save reminders" disabled={save.busy} error={save.error?.message} />
    </form>
  );
}
