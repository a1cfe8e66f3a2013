import { useState } from 'react';
import type { PackVerification } from '../../../shared/reports/audit-pack-schema';
import { toAppError, useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { FileChooser } from '../../files/file-chooser';
import type { PickedFile } from '../../files/file-transfer';
import { Card } from '../../components/card';

/** Checks a pack someone hands back: every file against its manifest, and whether this app made it. */
export function PackCheck() {
  const verify = useAction('reports.verifyAuditPack');
  const [checked, setChecked] = useState<{ name: string; verdict: PackVerification } | null>(null);
  // A file that could not be read here; the check's own failure is the action's error.
  const [readError, setReadError] = useState<string | null>(null);

  const check = async (file: PickedFile) => {
    setReadError(null);
    verify.reset();
    setChecked(null);
    let contentBase64: string;
    try {
      contentBase64 = await file.base64();
    } catch (e) {
      setReadError(toAppError(e).message);
      return;
    }
    const verdict = await verify.run({ fileName: file.name, contentBase64 });
    if (verdict) setChecked({ name: file.name, verdict });
  };

  return (
    <Card titleId="pack-check-title" title="Check an audit pack">
      <p className="muted">
        Someone hands a pack back, or you want to be sure it is the one you sent: every file is checked against the
        manifest, added files are found, each audit entry is re-hashed, and this app&rsquo;s audit trail says whether it
        made the pack.
      </p>
      <FileChooser
        kind="audit-pack"
        label="Choose a pack to check…"
        onPicked={(picked) => picked.files[0] && void check(picked.files[0])}
      />
      <ErrorBanner message={readError ?? verify.error?.message} />
      {checked ? (
        <div className={`banner ${checked.verdict.ok ? 'banner-info' : 'banner-error'}`} role="status">
          <p>
            <strong>{checked.name}</strong>:{' '}
            {checked.verdict.ok
              ? `intact. All ${checked.verdict.files} files match the manifest (${checked.verdict.licences} licences, made ${checked.verdict.createdAt ?? 'at an unknown time'}).`
              : 'does not match its manifest.'}{' '}
            {checked.verdict.recordedInAuditTrail
              ? 'This app made it: its audit trail records the manifest hash.'
              : 'This app’s audit trail does not record this manifest.'}
          </p>
          {[...checked.verdict.problems, ...checked.verdict.warnings].length > 0 ? (
            <ul>
              {[...checked.verdict.problems, ...checked.verdict.warnings].map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
