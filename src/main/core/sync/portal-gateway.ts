import type {
  ChangesPage,
  LookupResult,
  PortalLicenceContent,
  PortalLicenceRecord,
  PortalReason,
  SignInResponse,
  SubmissionItem,
  SubmitItemResult,
} from '#shared/sync/portal-protocol';
import type { SyncErrorCode } from '#shared/sync/sync-model';

/**
 * The way out to the portal. The engine knows only this interface: the HTTP gateway speaks the
 * documented JSON protocol (to the real portal's gateway or to the simulator), and a test may
 * put anything else behind it.
 */
export interface PortalGateway {
  signIn(username: string, password: string): Promise<SignInResponse>;
  signOut(token: string): Promise<void>;
  submit(token: string, items: readonly SubmissionItem[]): Promise<SubmitItemResult[]>;
  lookup(token: string, keys: readonly string[], fence: boolean): Promise<LookupResult[]>;
  changes(token: string, cursor: string, limit: number): Promise<ChangesPage>;
  cancel(
    token: string,
    key: string,
    portalId: string,
    baseVersion: number,
    reason: string,
  ): Promise<PortalLicenceRecord>;
  correct(
    token: string,
    key: string,
    portalId: string,
    baseVersion: number,
    licence: PortalLicenceContent,
  ): Promise<PortalLicenceRecord>;
}

/** How a failed call is treated: retried later, retried without counting, or final. */
export type FailureClass = 'transient' | 'offline' | 'auth' | 'permanent';

const classOf: Record<SyncErrorCode, FailureClass> = {
  OFFLINE: 'offline',
  NETWORK: 'transient',
  TIMEOUT: 'transient',
  SERVER_ERROR: 'transient',
  RATE_LIMITED: 'transient',
  PROTOCOL: 'transient',
  AUTH_REQUIRED: 'auth',
  REJECTED: 'permanent',
  CONFLICT: 'permanent',
  NOT_FOUND: 'permanent',
  FENCED: 'permanent',
};

/** A call that did not give an answer the engine can use, classified by a stable sync code. */
export class GatewayError extends Error {
  readonly code: SyncErrorCode;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
  readonly reasons: readonly PortalReason[];
  /** The portal's current copy, with a version conflict. */
  readonly current: PortalLicenceRecord | null;

  constructor(
    code: SyncErrorCode,
    message: string,
    extra: {
      httpStatus?: number | null;
      retryAfterMs?: number | null;
      reasons?: readonly PortalReason[];
      current?: PortalLicenceRecord | null;
    } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.httpStatus = extra.httpStatus ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
    this.reasons = extra.reasons ?? [];
    this.current = extra.current ?? null;
  }

  get failureClass(): FailureClass {
    return classOf[this.code];
  }
}

export const isGatewayError = (error: unknown): error is GatewayError => error instanceof GatewayError;
