import { useRpc } from '../../api/client-context';
import { PageHeader } from '../../components/page-header';
import { displayDate } from '../../../shared/dates/iso-date';
import { ProfileForm } from './profile-form';
import { NoticeSettingsCard } from '../notices/notice-settings-card';
import { ProtectionCard } from '../vault/protection-card';
import { RuleSettingsForm } from './rule-settings-form';
import { ReferenceDataCard } from '../reference/reference-data-card';

export function SettingsPage() {
  const profile = useRpc('profile.get', {});
  const info = useRpc('app.info', {});
  const reference = useRpc('reference.get', {});
  const settings = useRpc('settings.get', {});
  return (
    <>
      <PageHeader title="Settings" subtitle="Who files, how strictly licences are checked, and where the data lives." />
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="card-title">
          Filer profile
        </h2>
        {profile.isLoading ? (
          <p className="muted">Loading…</p>
        ) : (
          <ProfileForm key={profile.dataUpdatedAt} profile={profile.data ?? null} />
        )}
      </section>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title" className="card-title">
          Checks
        </h2>
        {settings.data ? (
          <RuleSettingsForm key={settings.dataUpdatedAt} settings={settings.data} />
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
      <ReferenceDataCard />
      <NoticeSettingsCard />
      <ProtectionCard />
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" className="card-title">
          About this installation
        </h2>
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
      </section>
    </>
  );
}
