import {
  type EvidenceStrength,
  evidenceStrengthHelp,
  evidenceStrengthLabels,
  strengthRank,
} from '#shared/suppliers/evidence-strength';

/** How far a line's (or product's) countries are proven: direct, declaration, mass-balance only, none. */
export function EvidenceStrengthBadge({ strength, testId }: { strength: EvidenceStrength; testId?: string }) {
  return (
    <span
      className={`strength-badge strength-${strength}`}
      title={evidenceStrengthHelp[strength]}
      data-strength={strength}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      <span className="strength-meter" aria-hidden="true">
        {[1, 2, 3].map((level) => (
          <span key={level} className={`strength-bar ${strengthRank(strength) >= level ? 'is-on' : ''}`} />
        ))}
      </span>
      {evidenceStrengthLabels[strength]}
    </span>
  );
}
