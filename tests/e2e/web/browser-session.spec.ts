import { expect, screenshot, test } from './fixtures';

test('an address opens one tab once; the tab keeps its session on reload and can open another tab', async ({
  app: page,
  host,
  context,
}) => {
  // The page took the one-time code out of the address bar and traded it for its session.
  expect(new URL(page.url()).searchParams.has('code')).toBe(false);
  const secret = await page.evaluate(() => window.sessionStorage.getItem('aim-session-secret'));
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const cookies = await context.cookies(host.origin);
  expect(cookies.map((c) => c.name)).toEqual(['aim_static']);
  expect(cookies[0]!.value).not.toBe(secret);
  expect(cookies[0]!.httpOnly).toBe(true);

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  // The same address a second time (another tab, or someone who read it from a process list) opens nothing.
  const url = await host.pageUrl();
  const first = await context.newPage();
  await first.goto(url);
  await expect(first.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('alert')).toContainText('This address has already been used');
  await screenshot(second, 'browser-address-already-used');
  await second.close();
  await first.close();

  // An open tab hands out a fresh address for one more tab.
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open in a new tab' }).click();
  const extra = await opened;
  await expect(extra.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await screenshot(page, 'browser-version-sidebar');
  await extra.close();
});
