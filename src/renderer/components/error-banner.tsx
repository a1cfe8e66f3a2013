/** A problem the person must see (read out by screen readers); nothing at all when there is none. */
export function ErrorBanner({ message, testId }: { message: string | null | undefined; testId?: string }) {
  return message ? (
    <p className="banner banner-error" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}
