import { existsSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { SubjectExport } from './model.ts';
import { type ExportLanguage, fill, TEXTS } from './texts/index.ts';
import { AUDIT_ACTIONS, type AuditActionLabel, type ExportTexts } from './texts/types.ts';

// The export as a document the person can read, in their language. Lithuanian and Cyrillic letters
// need a TrueType font with those glyphs embedded: DejaVu Sans by default (Debian: fonts-dejavu-core).

export const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export class FontMissingError extends Error {
  constructor(readonly fontPath: string) {
    super(
      `The font for PDF exports is missing: ${fontPath}. Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) or set ATRAMA_PDF_FONT to a TrueType font with Lithuanian and Cyrillic letters.`,
    );
  }
}

/** The regular font, and its bold face beside it when there is one ("DejaVuSans-Bold.ttf"). */
export function pdfFonts(fontPath: string) {
  if (!existsSync(fontPath)) throw new FontMissingError(fontPath);
  const ext = path.extname(fontPath);
  const bold = `${fontPath.slice(0, -ext.length)}-Bold${ext}`;
  return { regular: fontPath, bold: existsSync(bold) ? bold : fontPath };
}

const MARGIN = 50;
const LABEL_WIDTH = 150;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b0b0b0';

type Organisation = { id: string; name: { lt: string; en: string } } | null;

/** Words for one language: dates in Lithuanian time, names of countries and languages from Intl. */
function wordsFor(language: ExportLanguage) {
  const t: ExportTexts = TEXTS[language];
  const dateTime = new Intl.DateTimeFormat(t.locale, {
    timeZone: 'Europe/Vilnius',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const dateOnly = new Intl.DateTimeFormat(t.locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const regions = new Intl.DisplayNames([t.locale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([t.locale], { type: 'language', fallback: 'code' });
  const code = <K extends keyof ExportTexts['codes']>(list: K, value: unknown): string => {
    const labels = t.codes[list] as Record<string, string>;
    return typeof value === 'string' ? (labels[value] ?? value) : t.none;
  };
  return {
    t,
    code,
    when: (iso: string) => dateTime.format(new Date(iso)),
    day: (date: string) => dateOnly.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)),
    org: (o: Organisation) => (o ? (language === 'lt' ? o.name.lt : o.name.en) : t.none),
    country: (c: unknown) => (typeof c === 'string' && /^[A-Z]{2}$/.test(c) ? (regions.of(c) ?? c) : t.none),
    language: (l: string) => {
      try {
        return languages.of(l) ?? l;
      } catch {
        return l;
      }
    },
    yesNo: (v: unknown) => (v === true ? t.yes : v === false ? t.no : t.none),
    audit: (action: string) => {
      if ((AUDIT_ACTIONS as readonly string[]).includes(action))
        return t.codes.auditAction[action as AuditActionLabel];
      if (action.startsWith('case.transition.')) {
        const transition = action.slice('case.transition.'.length);
        return `${t.codes.auditAction['case.transition']}: ${code('transition', transition)}`;
      }
      return `${t.codes.auditAction.other} (${action})`;
    },
  };
}

/** A small layout on top of pdfkit: headings, label-and-value rows, paragraphs, page numbers. */
class Layout {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly width: number,
  ) {}

  private ensure(height: number) {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }

  title(text: string) {
    this.doc.font('bold').fontSize(18).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
  }

  section(text: string) {
    this.ensure(60);
    this.doc.moveDown(0.8);
    this.doc.font('bold').fontSize(14).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    this.doc.y = y + 6;
  }

  subsection(text: string) {
    this.ensure(40);
    this.doc.moveDown(0.4);
    this.doc.font('bold').fontSize(11).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  paragraph(text: string, options: { muted?: boolean; size?: number } = {}) {
    this.doc
      .font('body')
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? MUTED : INK);
    this.ensure(this.doc.heightOfString(text, { width: this.width }) + 4);
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  /** A label on the left and its value beside it; a long value wraps in its column. */
  field(label: string, value: string) {
    const valueWidth = this.width - LABEL_WIDTH;
    this.doc.font('body').fontSize(10);
    const valueHeight = this.doc.heightOfString(value, { width: valueWidth });
    this.doc.font('bold').fontSize(9);
    const labelHeight = this.doc.heightOfString(label, { width: LABEL_WIDTH - 8 });
    this.ensure(Math.min(Math.max(valueHeight, labelHeight), 200) + 4);
    const top = this.doc.y;
    this.doc.fillColor(MUTED).text(label, MARGIN, top, { width: LABEL_WIDTH - 8 });
    const afterLabel = this.doc.y;
    const labelPage = this.doc.bufferedPageRange().count;
    this.doc
      .font('body')
      .fontSize(10)
      .fillColor(INK)
      .text(value, MARGIN + LABEL_WIDTH, top, { width: valueWidth });
    // A value that ran onto the next page leaves the cursor there; otherwise below the taller column.
    const samePage = this.doc.bufferedPageRange().count === labelPage;
    this.doc.y = (samePage ? Math.max(afterLabel, this.doc.y) : this.doc.y) + 3;
    this.doc.x = MARGIN;
  }

  /** Rows, or one muted line when there are none. */
  rows<T>(items: readonly T[], empty: string, each: (item: T) => void) {
    if (items.length === 0) this.paragraph(empty, { muted: true });
    else for (const item of items) each(item);
  }

  /** "Page 1 of 3" at the foot of every page, written once all pages exist. */
  pageNumbers(template: string) {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font('body')
        .fontSize(8)
        .fillColor(MUTED)
        .text(fill(template, { page: i + 1, pages: count }), MARGIN, this.doc.page.height - 35, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Render the export as a PDF in the person's language. */
export function renderPdf(data: SubjectExport, fontPath: string): Promise<Buffer> {
  const fonts = pdfFonts(fontPath);
  const w = wordsFor(data.language);
  const { t } = w;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: data.language,
    displayTitle: true,
    info: { Title: t.title, Author: 'Atrama', Creator: 'Atrama', CreationDate: new Date(data.exportedAt) },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const out = new Layout(doc, doc.page.width - 2 * MARGIN);
  out.title(t.title);
  out.paragraph(
    fill(t.intro, { date: w.when(data.exportedAt), organisation: w.org(data.exportedBy.organisation) }),
  );
  out.paragraph(t.staffNote, { muted: true, size: 9 });

  // About the person: the identity, then the facts kept for statistics.
  const { person } = data;
  out.section(t.sections.identity);
  if (person.identity) {
    const id = person.identity;
    out.field(t.identity.givenName, id.givenName);
    if (id.familyName) out.field(t.identity.familyName, id.familyName);
    if (id.birthDate) out.field(t.identity.birthDate, w.day(id.birthDate));
    if (id.documents?.length)
      out.field(
        t.identity.documents,
        id.documents.map((d) => `${w.code('documentKind', d.kind)}: ${d.number}`).join('\n'),
      );
    if (id.contacts?.length)
      out.field(
        t.identity.contacts,
        id.contacts.map((c) => `${w.code('contactKind', c.kind)}: ${c.value}`).join('\n'),
      );
    if (id.address) out.field(t.identity.address, id.address);
    if (id.notes) out.field(t.identity.notes, id.notes);
  } else if (person.identityState === 'erased') {
    out.paragraph(fill(t.identity.erased, { date: person.erasedAt ? w.when(person.erasedAt) : t.none }));
  } else {
    out.paragraph(t.identity.none);
  }

  out.section(t.sections.person);
  out.field(t.person.sex, w.code('sex', person.sex));
  out.field(t.person.ageBand, w.code('ageBand', person.ageBand));
  out.field(t.person.citizenshipPathway, w.code('pathway', person.citizenshipPathway));
  out.field(t.person.disability, w.yesNo(person.disability));
  out.field(t.person.recordedBy, w.org(person.holder));
  out.field(t.person.recordedOn, w.when(person.createdAt));

  out.section(t.sections.restriction);
  const { restriction } = data;
  if (restriction.restricted && restriction.since) {
    out.paragraph(fill(t.restriction.active, { date: w.when(restriction.since) }));
  } else {
    out.paragraph(t.restriction.none);
  }
  for (const h of [...restriction.history].reverse()) {
    out.field(
      fill(h.restricted ? t.restriction.restrictedOn : t.restriction.liftedOn, { date: w.when(h.at) }),
      h.reason ? `${t.restriction.reason}: ${h.reason}` : '—',
    );
  }

  out.section(t.sections.cases);
  if (data.cases.length === 0) out.paragraph(t.person.noCases, { muted: true });
  for (const c of data.cases) {
    out.subsection(fill(t.sections.case, { reference: c.reference }));
    out.field(t.caseFields.kind, w.code('kind', c.kind));
    out.field(t.caseFields.state, w.code('state', c.state));
    out.field(t.caseFields.openedOn, w.when(c.openedAt));
    if (c.closedAt) out.field(t.caseFields.closedOn, w.when(c.closedAt));
    out.field(t.caseFields.recordedBy, w.org(c.origin));
    out.field(t.caseFields.child, w.yesNo(c.child));

    out.subsection(t.sections.facts);
    const f = c.facts;
    if (str(f.metAt)) out.field(t.caseFields.metAt, w.when(f.metAt as string));
    if (str(f.municipality)) out.field(t.caseFields.municipality, f.municipality as string);
    if (str(f.placeNote)) out.field(t.caseFields.placeNote, f.placeNote as string);
    if (str(f.firstContactKind))
      out.field(t.caseFields.firstContact, w.code('firstContact', f.firstContactKind));
    if (list(f.exploitationForms).length)
      out.field(
        t.caseFields.exploitation,
        list(f.exploitationForms)
          .map((x) => w.code('exploitation', x))
          .join('\n'),
      );
    if (str(f.otherCrime)) out.field(t.caseFields.otherCrime, w.code('otherCrime', f.otherCrime));
    if (list(f.indicators).length)
      out.field(
        t.caseFields.indicators,
        list(f.indicators)
          .map((x) => w.code('indicator', x))
          .join('\n'),
      );
    if (typeof f.age === 'number') out.field(t.caseFields.age, String(f.age));
    if (str(f.citizenship)) out.field(t.caseFields.citizenship, w.country(f.citizenship));
    if (list(f.languages).length)
      out.field(t.caseFields.languages, list(f.languages).map(w.language).join(', '));
    if (typeof f.interpreterNeeded === 'boolean')
      out.field(t.caseFields.interpreterNeeded, w.yesNo(f.interpreterNeeded));
    if (list(f.urgentNeeds).length)
      out.field(
        t.caseFields.urgentNeeds,
        list(f.urgentNeeds)
          .map((x) => w.code('urgentNeed', x))
          .join('\n'),
      );

    out.subsection(t.sections.consents);
    out.rows(c.consents, t.consent.none, (k) => {
      const parts = [
        fill(t.consent.given, { date: w.when(k.givenAt), method: w.code('consentMethod', k.method) }),
      ];
      if (k.organisation)
        parts.push(fill(t.consent.forOrganisation, { organisation: w.org(k.organisation) }));
      if (k.withdrawnAt) parts.push(fill(t.consent.withdrawn, { date: w.when(k.withdrawnAt) }));
      out.field(w.code('consentScope', k.scope), parts.join('; '));
    });

    out.subsection(t.sections.team);
    out.rows(c.team, t.team.none, (m) => {
      const period = m.leftAt
        ? fill(t.team.between, { from: w.when(m.joinedAt), to: w.when(m.leftAt) })
        : fill(t.team.since, { date: w.when(m.joinedAt) });
      out.field(w.code('teamRole', m.role), `${w.org(m.organisation)}\n${period}`);
    });

    out.subsection(t.sections.referrals);
    out.rows(c.referrals, t.referral.none, (r) => {
      const lines = [
        fill(t.referral.route, { from: w.org(r.from), to: w.org(r.to) }),
        `${t.referral.status}: ${w.code('referralStatus', r.status)}`,
        fill(t.referral.sent, { date: w.when(r.sentAt) }) +
          (r.respondedAt ? `, ${fill(t.referral.answered, { date: w.when(r.respondedAt) })}` : ''),
        `${t.referral.sharesIdentity}: ${w.yesNo(r.sharesIdentity)}`,
      ];
      if (r.note) lines.push(`${t.referral.note}: ${r.note}`);
      if (r.reason) lines.push(`${t.referral.reason}: ${r.reason}`);
      out.field(w.code('purpose', r.purpose), lines.join('\n'));
    });

    const d = c.decisions;
    out.subsection(t.sections.decisions);
    if (!d.identification && !d.cooperation && !d.reflection && !d.residencePermit)
      out.paragraph(t.decision.none, { muted: true });
    if (d.identification) {
      const lines = [
        w.code('identification', d.identification.outcome),
        `${t.decision.decidedOn}: ${w.day(d.identification.decidedOn)}`,
      ];
      if (d.identification.reasons) lines.push(`${t.decision.reasons}: ${d.identification.reasons}`);
      out.field(t.decision.identification, lines.join('\n'));
    }
    if (d.cooperation) {
      const lines = [
        w.code('cooperation', d.cooperation.outcome),
        `${t.decision.decidedOn}: ${w.day(d.cooperation.decidedOn)}`,
      ];
      if (d.cooperation.note) lines.push(`${t.decision.note}: ${d.cooperation.note}`);
      out.field(t.decision.cooperation, lines.join('\n'));
    }
    if (d.reflection)
      out.field(
        t.decision.reflection,
        fill(t.decision.reflectionPeriod, {
          from: w.day(d.reflection.startsOn),
          to: w.day(d.reflection.endsOn),
          days: d.reflection.days,
        }),
      );
    if (d.residencePermit)
      out.field(t.decision.residencePermit, w.code('residencePermit', d.residencePermit));

    out.subsection(t.sections.notes);
    out.rows(c.notes, t.notes.none, (n) => {
      const head = `${w.org(n.organisation)} · ${t.notes.visibility}: ${w.code('visibility', n.visibility)}`;
      out.field(w.when(n.at), `${head}\n${n.text ?? t.identity.erasedText}`);
    });

    out.subsection(t.sections.timeline);
    out.rows(c.timeline, t.timeline.none, (e) => {
      let what = w.code('event', e.type);
      if (e.type === 'state_changed' && str(e.detail.to))
        what += `: ${w.code('state', e.detail.from)} → ${w.code('state', e.detail.to)}`;
      if (e.type === 'consent_given' || e.type === 'consent_withdrawn')
        what += `: ${w.code('consentScope', e.detail.scope)}`;
      if (e.type === 'team_joined' && str(e.detail.role)) what += `: ${w.code('teamRole', e.detail.role)}`;
      const lines = [what];
      if (e.organisation) lines.push(w.org(e.organisation));
      if (e.reason) lines.push(`${t.timeline.reason}: ${e.reason}`);
      out.field(w.when(e.at), lines.join('\n'));
    });
  }

  out.section(t.sections.audit);
  out.paragraph(t.audit.intro, { muted: true, size: 9 });
  out.rows(data.audit, t.audit.none, (a) => {
    const who = [a.organisation ? w.org(a.organisation) : null, a.role ? w.code('role', a.role) : null]
      .filter(Boolean)
      .join(', ');
    const lines = [w.audit(a.action)];
    if (who) lines.push(who);
    if (a.outcome !== 'success') lines.push(`${t.audit.outcome}: ${w.code('outcome', a.outcome)}`);
    out.field(w.when(a.at), lines.join('\n'));
  });

  out.pageNumbers(t.page);
  doc.end();
  return done;
}
