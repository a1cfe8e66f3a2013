import { expect, type Locator, type Page } from '@playwright/test';

/** Types into a searchable picker and chooses the option named `option` by keyboard. */
export async function pick(page: Page, label: string | RegExp, text: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill('');
  await box.pressSequentially(text);
  await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
  // Move through the list until the wanted option is the active one, then Enter.
  for (let i = 0; i < 30; i += 1) {
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    if (active && (await page.locator(`[id="${active}"]`).textContent())?.match(option)) break;
  }
  await box.press('Enter');
}

/** Fills a date field segment by segment, as a person types it (month, day, year). */
export async function typeDate(page: Page, label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: label, exact: true });
  await group.getByRole('spinbutton').first().click();
  await page.keyboard.type(`${month}${day}${year}`);
}

export async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label }).first();
  await field.click();
  await field.fill(text);
}

/** Goes to a section through the side navigation. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Presses Tab until `target` has the focus: proves a person can reach it without a mouse. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}
