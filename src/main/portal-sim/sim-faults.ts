import { z } from 'zod';

import { seededRandom } from './seeded-random';

/**
 * What the simulator can do wrong, on purpose:
 * - latency: answer late (but in time);
 * - drop: close the connection before doing anything;
 * - error500: answer 500 without doing anything;
 * - rate-limit: answer 429 with Retry-After;
 * - timeout-after-commit: do the work, then hold the answer past the client's timeout and drop it;
 * - duplicate: the request is delivered twice (and a change feed page repeats earlier changes);
 * - expire-token: the caller's token expires just before the request.
 */
export const faultKinds = [
  'latency',
  'drop',
  'error500',
  'rate-limit',
  'timeout-after-commit',
  'duplicate',
  'expire-token',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export const faultPlanSchema = z.object({
  /** Share of requests (0 to 1) that get a fault drawn from `kinds`. */
  rate: z.number().min(0).max(1).default(0),
  kinds: z
    .array(z.enum(faultKinds))
    .default(['latency', 'drop', 'error500', 'rate-limit', 'timeout-after-commit', 'duplicate']),
  seed: z.number().int().default(1),
  latencyMs: z.number().int().min(0).max(60_000).default(50),
  /** How long an answer is held before the connection is dropped (longer than the client waits). */
  hangMs: z.number().int().min(0).max(600_000).default(30_000),
  retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
  /** Faults for the next matching requests, in order, before any random draw. */
  next: z.array(z.object({ kind: z.enum(faultKinds), route: z.string().optional() })).default([]),
});
export type FaultPlan = z.infer<typeof faultPlanSchema>;
export type FaultPlanInput = z.input<typeof faultPlanSchema>;

export interface FaultInjector {
  plan(): FaultPlan;
  set(plan: FaultPlanInput): void;
  /** The fault for one request on `route` (e.g. "submit"), or null. Sign-in is never faulted at random. */
  pick(route: string): FaultKind | null;
  readonly injected: Record<FaultKind, number>;
}

export function createFaultInjector(initial: FaultPlanInput = {}): FaultInjector {
  let plan = faultPlanSchema.parse(initial);
  let random = seededRandom(plan.seed);
  const injected = Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>;
  return {
    plan: () => plan,
    set(next) {
      plan = faultPlanSchema.parse(next);
      random = seededRandom(plan.seed);
    },
    pick(route) {
      const forced = plan.next.findIndex((f) => f.route === undefined || f.route === route);
      let kind: FaultKind | null = null;
      if (forced !== -1) {
        kind = plan.next[forced]!.kind;
        plan = { ...plan, next: plan.next.filter((_, i) => i !== forced) };
      } else if (route !== 'session' && plan.rate > 0 && plan.kinds.length > 0 && random() < plan.rate) {
        kind = plan.kinds[Math.floor(random() * plan.kinds.length)] ?? null;
      }
      if (kind) injected[kind] += 1;
      return kind;
    },
    injected,
  };
}
