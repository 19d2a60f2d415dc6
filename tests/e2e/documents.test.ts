import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, recordNamedPerson, SHOTS, serverAndBrowser, staffSteps } from './support.ts';

// Documents on a case page: the border guard who recorded the person attaches her signed consent and a
// photo of her passport from a phone, a wrong file is refused with the reason, the file comes back as a
// download; another organisation does not reach it, and after the person is erased it is gone.

const CONSENT = Buffer.from('%PDF-1.7\n% Signed consent of the person\n%%EOF\n', 'latin1');
const PASSPORT = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('documents of a case in Chromium', () => {
  const running = serverAndBrowser();
  const { newPage, logIn, checkBoth } = staffSteps(running);

  /** A page in the given language, logged in and on the case. */
  async function onCase(email: string, caseId: string, language: 'lt' | 'en') {
    const page = await newPage('desktop');
    await page.context().addInitScript((lang) => window.localStorage.setItem('atrama.lang', lang), language);
    await logIn(page, email);
    await page.goto(`${running.server.base}/staff/cases/${caseId}`);
    return page;
  }

  /** The Documents panel alone, at both sizes, to look at closely (the whole page is checked as well). */
  async function shootPanel(page: Page, name: string) {
    const panel = page.locator('[aria-labelledby="case-documents-heading"]');
    await panel.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot({ path: path.join(SHOTS, `${name}-phone.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  async function attach(page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    await page.getByTestId('document-kind').selectOption(kind);
    await page.getByTestId('document-file').setInputFiles(file);
    await page.getByTestId('document-add').locator('button[type="submit"]').click();
  }

  it('is attached on the case page, downloaded by the team, refused to another organisation, gone after erasure', async () => {
    const guardApi = await apiAs(running.server.base, 'border.guard@atrama.test');
    const { caseId, reference } = await recordNamedPerson(guardApi);

    // The border guard, in English on a desktop: the signed consent goes in; a picture called .pdf does not.
    const page = await onCase('border.guard@atrama.test', caseId, 'en');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    await attach(page, 'consent', {
      name: 'Sutikimas (pasirašytas).pdf',
      mimeType: 'application/pdf',
      buffer: CONSENT,
    });
    await page.getByTestId('case-documents').getByText('Sutikimas (pasirašytas).pdf').waitFor();
    await page.getByTestId('case-timeline').getByText('Document attached: Signed consent').waitFor();
    await attach(page, 'other', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: PNG });
    await page.getByText('The file’s content is not what its name says').waitFor();
    expect(await page.getByTestId('case-documents').getByRole('listitem').count()).toBe(1);
    await checkBoth(page, 'documents-en');
    await shootPanel(page, 'documents-panel-en');

    // A team member downloads it: the same bytes, under its name, as a file and not a page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-download').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sutikimas (pasirašytas).pdf');
    expect(Buffer.compare(await readFile((await download.path())!), CONSENT)).toBe(0);
    const href = (await page.getByTestId('document-download').first().getAttribute('href'))!;

    // In Lithuanian on a phone: a photo of the passport, as a phone's camera gives it.
    const phone = await onCase('border.guard@atrama.test', caseId, 'lt');
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.getByRole('heading', { name: 'Dokumentai' }).waitFor();
    await attach(phone, 'identity_document', {
      name: 'IMG_0042.JPG',
      mimeType: 'image/jpeg',
      buffer: PASSPORT,
    });
    await phone.getByTestId('case-documents').getByText('IMG_0042.JPG').waitFor();
    await phone.setViewportSize({ width: 1280, height: 800 });
    await checkBoth(phone, 'documents-lt');
    await shootPanel(phone, 'documents-panel-lt');

    // Klaipėda's support centre is not on the team: no case page, and the download answers "not found".
    const other = await onCase('klaipeda.worker@atrama.test', caseId, 'en');
    await other.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await other.getByTestId('case-documents').count()).toBe(0);
    expect((await other.context().request.get(`${running.server.base}${href}`)).status()).toBe(404);

    // The data protection officer erases the person: the files are deleted.
    const dpo = await apiAs(running.server.base, 'dpo@atrama.test', true);
    const subject = (await (await dpo('GET', `/api/people/lookup?case=${reference}`)).json()) as {
      person: { id: string };
    };
    expect((await dpo('POST', `/api/people/${subject.person.id}/erase`, {})).status).toBe(204);
    await page.reload();
    await page.getByText('The person’s data was erased: the documents of this case were deleted.').waitFor();
    expect(await page.getByTestId('case-documents').count()).toBe(0);
    expect((await page.context().request.get(`${running.server.base}${href}`)).status()).toBe(404);
    await checkBoth(page, 'documents-erased-en');
    await shootPanel(page, 'documents-panel-erased-en');
  });
});
