/** A problem the person must see (read out by screen readers); nothing at all when there is none. */
export function ErrorBanner({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="banner banner-error" role="alert">
      {message}
    </p>
  ) : null;
}
