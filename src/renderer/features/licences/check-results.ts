import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { RuleIssue } from '../../../shared/rules/rule';

/** One run of the rules on the form as it was: every finding, and those shown beside their fields. */
export interface CheckRun {
  readonly issues: readonly RuleIssue[];
  readonly shown: readonly RuleIssue[];
  /** The shown findings by field path; a path whose findings did not change keeps the same array. */
  readonly byPath: ReadonlyMap<string, readonly RuleIssue[]>;
}

/**
 * The latest check results, outside React state: the field or line whose findings changed and the
 * summary re-render, not the whole form (a 50-line licence re-rendered on every key is seconds).
 */
export interface CheckResults {
  get(): CheckRun;
  subscribe(listener: () => void): () => void;
  publish(issues: readonly RuleIssue[], shown: readonly RuleIssue[]): void;
}

const none: readonly RuleIssue[] = [];

const sameIssue = (a: RuleIssue, b: RuleIssue) =>
  a.code === b.code &&
  a.severity === b.severity &&
  a.path === b.path &&
  a.message === b.message &&
  a.source === b.source;

const sameList = (a: readonly RuleIssue[], b: readonly RuleIssue[]) =>
  a.length === b.length && a.every((issue, i) => sameIssue(issue, b[i]!));

function groupByPath(shown: readonly RuleIssue[], before: ReadonlyMap<string, readonly RuleIssue[]>) {
  const grouped = new Map<string, RuleIssue[]>();
  for (const issue of shown) {
    const list = grouped.get(issue.path);
    if (list) list.push(issue);
    else grouped.set(issue.path, [issue]);
  }
  const byPath = new Map<string, readonly RuleIssue[]>();
  for (const [path, list] of grouped) {
    const previous = before.get(path);
    byPath.set(path, previous && sameList(previous, list) ? previous : list);
  }
  return byPath;
}

export function createCheckResults(
  issues: readonly RuleIssue[] = none,
  shown: readonly RuleIssue[] = none,
): CheckResults {
  let run: CheckRun = { issues, shown, byPath: groupByPath(shown, new Map()) };
  const listeners = new Set<() => void>();
  return {
    get: () => run,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(nextIssues, nextShown) {
      run = { issues: nextIssues, shown: nextShown, byPath: groupByPath(nextShown, run.byPath) };
      for (const listener of listeners) listener();
    },
  };
}

/** Every run (the summary re-renders on each, which is how a person sees the checks kept up). */
export function useCheckRun(results: CheckResults): CheckRun {
  return useSyncExternalStore(results.subscribe, results.get);
}

/**
 * The findings at several fields (a section of the form); re-renders only when one of them changes.
 * `paths` is the same array on every render (a constant, or cached per line).
 */
export function useIssuesOf<P extends string>(
  results: CheckResults,
  paths: readonly P[],
): (path: P) => readonly RuleIssue[] {
  const last = useRef<readonly (readonly RuleIssue[])[]>([]);
  const snapshot = useCallback(() => {
    const byPath = results.get().byPath;
    const lists = paths.map((path) => byPath.get(path) ?? none);
    if (lists.length !== last.current.length || lists.some((list, i) => list !== last.current[i])) last.current = lists;
    return last.current;
  }, [results, paths]);
  const lists = useSyncExternalStore(results.subscribe, snapshot);
  return (path) => lists[paths.indexOf(path)] ?? none;
}
