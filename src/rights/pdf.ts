import { createPdf } from '../platform/pdf/document.ts';
import type { SubjectExport } from './model.ts';
import { type ExportLanguage, fill, TEXTS } from './texts/index.ts';
import { AUDIT_ACTIONS, type AuditActionLabel, type ExportTexts } from './texts/types.ts';

// The export as a document the person can read, in their language.

// Re-exported for the export verb, which checks the font before it starts.
export { DEFAULT_PDF_FONT, FontMissingError, pdfFonts } from '../platform/pdf/layout.ts';

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

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Render the export as a PDF in the person's language. */
export function renderPdf(data: SubjectExport, fontPath: string): Promise<Buffer> {
  const w = wordsFor(data.language);
  const { t } = w;
  const { layout: out, finish } = createPdf({
    fontPath,
    language: data.language,
    title: t.title,
    createdAt: new Date(data.exportedAt),
  });
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

  out.pageNumbers((page, pages) => fill(t.page, { page, pages }));
  return finish();
}
