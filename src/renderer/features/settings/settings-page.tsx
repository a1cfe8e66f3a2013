import { useRpc } from '../../api/client-context';
import { PageHeader } from '../../components/page-header';
import { displayDate } from '../../../shared/dates/iso-date';
import { ProfileForm } from './profile-form';
import { NoticeSettingsCard } from '../notices/notice-settings-card';
import { ProtectionCard } from '../vault/protection-card';
import { RuleSettingsForm } from './rule-settings-form';
import { ReferenceDataCard } from '../reference/reference-data-card';
import { Card } from '../../components/card';

export function SettingsPage() {
  const profile = useRpc('profile.get', {});
  const info = useRpc('app.info', {});
  const reference = useRpc('reference.get', {});
  const settings = useRpc('settings.get', {});
  return (
    <>
      <PageHeader title="Settings" subtitle="Who files, how strictly licences are checked, and where the data lives." />
      <Card titleId="profile-title" title="Filer profile">
        {profile.isLoading ? (
          <p className="muted">Loading…</p>
        ) : (
          <ProfileForm key={profile.dataUpdatedAt} profile={profile.data ?? null} />
        )}
      </Card>
      <Card titleId="rules-title" title="Checks">
        {settings.data ? (
          <RuleSettingsForm key={settings.dataUpdatedAt} settings={settings.data} />
        ) : (
          <p className="muted">Loading…</p>
        )}
      </Card>
      <ReferenceDataCard />
      <NoticeSettingsCard />
      <ProtectionCard />
      <Card titleId="about-title" title="About this installation">
        {info.data ? (
          <dl className="facts">
            <dt>Version</dt>
            <dd>{info.data.appVersion}</dd>
            <dt>Running as</dt>
            <dd>{info.data.host === 'electron' ? 'Desktop app' : 'Browser version (npm run web)'}</dd>
            <dt>Data folder</dt>
            <dd className="cell-mono">{info.data.dataDir}</dd>
            <dt>Database</dt>
            <dd className="cell-mono">
              {info.data.databaseFile} (schema {info.data.schemaVersion})
            </dd>
            <dt>Reference data</dt>
            <dd>{reference.data ? `as of ${displayDate(reference.data.asOf)} (${reference.data.version})` : '…'}</dd>
          </dl>
        ) : null}
      </Card>
    </>
  );
}
