import { label, PRINT_TEXTS } from '../assistance/print/texts/index.ts';
import { createPdf } from '../platform/pdf/document.ts';
import type { Layout } from '../platform/pdf/layout.ts';
import type { CaseExport, SubjectExport } from './model.ts';
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
  // The needs, services and plan statuses the printed plan and leaflet word, in the same four languages.
  const printed = PRINT_TEXTS[language].codes;
  const euros = new Intl.NumberFormat(t.locale, { style: 'currency', currency: 'EUR' });
  const kilobytes = new Intl.NumberFormat(t.locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  return {
    t,
    code,
    when: (iso: string) => dateTime.format(new Date(iso)),
    day: (date: string) => dateOnly.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)),
    /** A calendar date as that day, an instant in Lithuanian time. */
    date: (value: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? dateOnly.format(new Date(`${value}T00:00:00Z`))
        : dateTime.format(new Date(value)),
    need: (need: string) => label(printed.need, need),
    service: (type: string) => label(printed.service, type),
    planStatus: (status: string) => label(printed.planStatus, status),
    euros: (amount: number) => euros.format(amount),
    size: (bytes: number) => kilobytes.format(Math.max(1, Math.round(bytes / 1024))),
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
      // An action this export does not word yet is described in general words, never by its code.
      return t.codes.auditAction.other;
    },
  };
}

type Words = ReturnType<typeof wordsFor>;

/** Rights given, assessments, the plan, services, return, legal steps, long-term help and cards. */
function renderAssistance(out: Layout, w: Words, a: CaseExport['assistance']) {
  const { t } = w;
  const x = t.assistance;
  const by = (o: Organisation) => `${x.by}: ${w.org(o)}`;

  out.subsection(t.sections.rightsGiven);
  out.rows(a.rights, x.rightsNone, (r) => {
    const how = fill(x.rightsGiven, { form: w.code('rightsForm', r.form), language: w.language(r.language) });
    out.field(w.day(r.givenOn), `${how}\n${by(r.organisation)}`);
  });

  out.subsection(t.sections.assessments);
  out.rows(a.assessments, x.assessmentsNone, (s) => {
    const lines = [
      s.current ? x.current : x.earlier,
      by(s.organisation),
      `${x.needs}:`,
      ...s.needs.map(
        (n) =>
          `• ${fill(x.need, { need: w.need(n.domain), urgency: w.code('urgency', n.urgency) })}` +
          (n.note ? ` — ${n.note}` : ''),
      ),
      `${x.risk}: ${w.code('risk', s.risk.level)}`,
    ];
    if (s.risk.reasons) lines.push(`${x.riskReasons}: ${s.risk.reasons}`);
    if (s.changeReason) lines.push(`${x.changeReason}: ${s.changeReason}`);
    out.field(`${x.assessedOn} ${w.day(s.assessedOn)}`, lines.join('\n'));
  });

  out.subsection(t.sections.plan);
  out.rows(a.plan.items, x.planNone, (i) => {
    const line = fill(x.planItem, {
      need: w.need(i.need),
      measure: w.service(i.measure),
      organisation: w.org(i.organisation),
      date: w.day(i.dueOn),
      status: w.planStatus(i.status),
    });
    out.field(w.day(i.createdOn), i.note ? `${line}\n${x.note}: ${i.note}` : line);
  });
  if (a.plan.agreements.length === 0) out.paragraph(x.notAgreed, { muted: true });
  for (const g of a.plan.agreements) {
    const lines = [fill(x.agreedOn, { date: w.day(g.agreedOn) }), by(g.organisation)];
    if (g.victimWords) lines.push(`${x.victimWords}: ${g.victimWords}`);
    lines.push(`${x.reviewOn}: ${w.day(g.reviewOn)}`);
    out.field(x.agreement, lines.join('\n'));
  }
  if (a.plan.reviewOn && a.plan.agreements.length === 0) out.field(x.reviewOn, w.day(a.plan.reviewOn));

  out.subsection(t.sections.services);
  out.rows(a.services, x.servicesNone, (s) => {
    const lines = [
      fill(x.service, {
        type: w.service(s.type),
        date: w.day(s.givenOn),
        mode: w.code('serviceMode', s.mode),
      }),
    ];
    if (s.minutes !== null) lines.push(fill(x.minutes, { minutes: s.minutes }));
    if (s.amountEur !== null) lines.push(`${x.amount}: ${w.euros(s.amountEur)}`);
    lines.push(by(s.organisation));
    out.field(w.service(s.type), lines.join('\n'));
  });
  for (const c of a.serviceCorrections) {
    const line = (f: { type: string; givenOn: string; mode: string }) =>
      fill(x.service, {
        type: w.service(f.type),
        date: w.day(f.givenOn),
        mode: w.code('serviceMode', f.mode),
      });
    const lines = [`${x.serviceWas}: ${line(c.before)}`];
    if (c.after) lines.push(`${x.serviceNow}: ${line(c.after)}`);
    if (c.reason) lines.push(`${x.changeWhy}: ${c.reason}`);
    lines.push(by(c.organisation));
    out.field(
      fill(c.kind === 'removed' ? x.serviceRemoved : x.serviceCorrected, { date: w.date(c.at) }),
      lines.join('\n'),
    );
  }

  out.subsection(t.sections.return);
  out.field(x.returnPathway, w.code('pathway', a.returnPathway.pathway));
  if (a.returnPathway.partners.length)
    out.field(x.returnPartners, a.returnPathway.partners.map((p) => w.code('returnPartner', p)).join('\n'));
  const r = a.return;
  if (!r) out.paragraph(x.returnNone, { muted: true });
  else {
    out.field(x.destination, w.country(r.destinationCountry));
    out.field(x.returnStatus, w.code('returnStatus', r.status));
    if (r.travelOn) out.field(x.travelOn, w.day(r.travelOn));
    if (r.receivingOrganisation) out.field(x.receivingOrganisation, r.receivingOrganisation);
    if (r.checklist.length)
      out.field(
        x.returnHelp,
        r.checklist
          .map(
            (c) =>
              `${w.code('returnHelp', c.kind)}: ${w.code('returnHelpStatus', c.status)}` +
              (c.costEur !== null ? `, ${x.cost.toLowerCase()} ${w.euros(c.costEur)}` : ''),
          )
          .join('\n'),
      );
    out.field(x.totalCost, w.euros(r.totalCostEur));
    if (r.reintegrationNote) out.field(x.reintegration, r.reintegrationNote);
    out.field(x.organisation, w.org(r.organisation));
  }

  out.subsection(t.sections.legal);
  const { investigation: inv, steps, compensation: comp } = a.legal;
  if (!inv) out.paragraph(x.investigationNone, { muted: true });
  else {
    out.ensure(60);
    out.paragraph(x.investigation);
    out.field(x.institution, w.code('institution', inv.institution));
    if (inv.caseNumber) out.field(x.caseNumber, inv.caseNumber);
    if (inv.startedOn) out.field(x.startedOn, w.day(inv.startedOn));
    if (inv.officerName) out.field(x.officer, inv.officerName);
    if (inv.officerContact) out.field(x.officerContact, inv.officerContact);
  }
  if (steps.length === 0) out.paragraph(x.legalStepsNone, { muted: true });
  else {
    out.ensure(60);
    out.paragraph(x.legalSteps);
  }
  for (const s of steps) {
    const lines = [
      fill(x.legalStep, {
        kind: w.code('legalStepKind', s.kind),
        status: w.code('legalStepStatus', s.status),
        date: w.day(s.on),
      }),
    ];
    if (s.measure) lines.push(`${x.measure}: ${w.code('protection', s.measure)}`);
    if (s.note) lines.push(`${x.note}: ${s.note}`);
    lines.push(by(s.organisation));
    out.field(w.code('legalStepKind', s.kind), lines.join('\n'));
  }
  if (!comp) out.paragraph(x.compensationNone, { muted: true });
  else {
    out.ensure(60);
    out.paragraph(x.compensation);
    out.field(x.crime, w.code('compensationCrime', comp.crime));
    out.field(x.crimeOn, w.day(comp.crimeOn));
    out.field(x.compensationStatus, w.code('compensationStatus', comp.status));
    if (comp.filedOn) out.field(x.filedOn, w.day(comp.filedOn));
    if (comp.amountEur !== null) out.field(x.amount, w.euros(comp.amountEur));
    out.field(x.lawfullyResidentInEu, w.yesNo(comp.lawfullyResidentInEu));
    if (comp.eligibility.eligible) out.paragraph(x.eligible);
    else
      out.paragraph(
        [
          x.notEligible,
          ...comp.eligibility.reasons.map((reason) => `• ${w.code('eligibility', reason)}`),
        ].join('\n'),
      );
  }

  out.subsection(t.sections.longTerm);
  const l = a.longTerm;
  if (!l) out.paragraph(x.longTermNone, { muted: true });
  else {
    out.field(x.municipality, w.org(l.municipality));
    out.field(x.handedOverOn, w.date(l.handedOverOn));
    if (l.contactName || l.contactPhone)
      out.field(x.contact, [l.contactName, l.contactPhone].filter(Boolean).join('\n'));
    if (l.note) out.field(x.note, l.note);
  }
  if (a.followUpOn) out.field(x.followUpOn, w.day(a.followUpOn));

  out.subsection(t.sections.cards);
  out.rows(a.cards, x.cardsNone, (c) => {
    const lines = [
      fill(x.card, { number: c.number }),
      `${x.cardIssuedOn}: ${w.date(c.issuedAt)}`,
      `${x.cardValidUntil}: ${w.date(c.validUntil)}`,
    ];
    if (c.revokedAt) lines.push(`${x.cardRevokedOn}: ${w.date(c.revokedAt)}`);
    lines.push(by(c.issuedBy.organisation));
    out.field(`${x.cardStatus}: ${w.code('cardStatus', c.status)}`, lines.join('\n'));
  });
}

/** What an assistance event of the history recorded, in words (ids are left out). */
function assistanceDetail(w: Words, type: string, d: Record<string, unknown>): string {
  const { t } = w;
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (type) {
    case 'card_issued':
    case 'card_revoked':
      // The number on a line of its own, so that it is never broken at a hyphen.
      return str(d.number) ? `\n${fill(t.assistance.card, { number: s(d.number) })}` : '';
    case 'plan_item_added':
      return str(d.measure) ? `: ${w.service(s(d.measure))}` : '';
    case 'service_corrected':
    case 'service_removed':
      return str(d.type) ? `: ${w.service(s(d.type))}` : '';
    case 'plan_item_changed':
      return str(d.from) && str(d.to) ? `: ${w.planStatus(s(d.from))} → ${w.planStatus(s(d.to))}` : '';
    case 'rights_given':
      return str(d.form) ? `: ${w.code('rightsForm', d.form)}` : '';
    case 'needs_assessed':
      return str(d.risk) ? `: ${w.code('risk', d.risk)}` : '';
    case 'legal_step_added':
      return str(d.kind)
        ? `: ${w.code('legalStepKind', d.kind)}${str(d.status) ? `, ${w.code('legalStepStatus', d.status)}` : ''}`
        : '';
    case 'legal_step_changed':
      return str(d.status) ? `: ${w.code('legalStepStatus', d.status)}` : '';
    case 'investigation_linked':
      return str(d.institution) ? `: ${w.code('institution', d.institution)}` : '';
    case 'compensation_updated':
      return str(d.status) ? `: ${w.code('compensationStatus', d.status)}` : '';
    default:
      return '';
  }
}

/** What an audit entry's detail adds, in words: a reason given, whether the identity was shown. */
function auditDetail(w: Words, action: string, d: Record<string, unknown>): string[] {
  const { t } = w;
  const lines: string[] = [];
  if (action === 'person.export' && typeof d.format === 'string')
    lines.push(
      fill(t.audit.copy, {
        format: d.format.toUpperCase(),
        language: typeof d.language === 'string' ? w.language(d.language) : t.none,
      }),
    );
  if (typeof d.scope === 'string') lines.push(w.code('consentScope', d.scope));
  if (d.identity === 'shown') lines.push(t.audit.identityShown);
  if (d.outsideTeam === true) lines.push(t.audit.outsideTeam);
  if (typeof d.reason === 'string' && d.reason.trim() !== '') lines.push(`${t.timeline.reason}: ${d.reason}`);
  return lines;
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
    if (str(f.destinationCountry))
      out.field(t.caseFields.destinationCountry, w.country(f.destinationCountry));
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

    if (list(f.consentsRefused).length)
      out.field(
        t.caseFields.consentsRefused,
        list(f.consentsRefused)
          .map((x) => w.code('consentScope', x))
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

    out.subsection(t.attachments.section);
    out.rows(c.documents, t.attachments.none, (d) => {
      const type = d.mediaType.slice(d.mediaType.indexOf('/') + 1).toUpperCase();
      const about = `${t.attachments.kind[d.kind]} · ${type}, ${w.size(d.size)}`;
      out.field(d.name, `${about}\n${w.org(d.organisation)} · ${w.when(d.uploadedAt)}`);
    });
    if (c.documents.length > 0) out.paragraph(t.attachments.inCopy, { muted: true, size: 9 });

    out.subsection(t.sections.timeline);
    out.rows(c.timeline, t.timeline.none, (e) => {
      let what = w.code('event', e.type);
      if (e.type === 'state_changed' && str(e.detail.to))
        what += `: ${w.code('state', e.detail.from)} → ${w.code('state', e.detail.to)}`;
      if (e.type === 'consent_given' || e.type === 'consent_withdrawn')
        what += `: ${w.code('consentScope', e.detail.scope)}`;
      if (e.type === 'team_joined' && str(e.detail.role)) what += `: ${w.code('teamRole', e.detail.role)}`;
      what += assistanceDetail(w, e.type, e.detail);
      const lines = [what];
      if (e.organisation) lines.push(w.org(e.organisation));
      if (e.reason) lines.push(`${t.timeline.reason}: ${e.reason}`);
      out.field(w.when(e.at), lines.join('\n'));
    });

    renderAssistance(out, w, c.assistance);
  }

  out.section(t.sections.audit);
  out.paragraph(t.audit.intro, { muted: true, size: 9 });
  out.rows(data.audit, t.audit.none, (a) => {
    const who = [a.organisation ? w.org(a.organisation) : null, a.role ? w.code('role', a.role) : null]
      .filter(Boolean)
      .join(', ');
    const lines = [w.audit(a.action)];
    // A refused attempt is described in words, as docs/data-protection.md decides: who tried, and
    // that nothing was shown or changed.
    if (a.outcome === 'denied') lines.push(who ? fill(t.audit.denied, { who }) : t.audit.deniedUnknown);
    else {
      if (who) lines.push(who);
      if (a.outcome === 'failure') lines.push(t.audit.failed);
      lines.push(...auditDetail(w, a.action, a.detail ?? {}));
    }
    out.field(w.when(a.at), lines.join('\n'));
  });

  out.pageNumbers((page, pages) => fill(t.page, { page, pages }));
  return finish();
}
