import { municipalityName } from '../../cases/municipalities.ts';
import type { Layout } from '../../platform/pdf/layout.ts';
import type { IdentificationCardInput } from './card-input.ts';
import { printedDate } from './dates.ts';
import { label, PRINT_TEXTS } from './texts/index.ts';
import type { CardTexts } from './texts/types.ts';

/** The card's eight field groups, in the order the card has them. */
export function cardSections(out: Layout, t: CardTexts, input: IdentificationCardInput) {
  const codes = PRINT_TEXTS[input.language].codes;
  const or = (value: string | null) => value ?? t.notRecorded;
  const dateOr = (value: string | null) => (value ? printedDate(value) : t.notRecorded);
  const lines = (values: string[]) => (values.length ? values.join('\n') : t.notRecorded);
  const regions = new Intl.DisplayNames([input.language], { type: 'region', fallback: 'code' });
  const country = (code: string | null) =>
    code && /^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : or(code);

  const { person } = input;
  out.section(t.sections.personal);
  out.field(t.fields.givenName, person.givenName);
  out.field(t.fields.familyName, or(person.familyName));
  out.field(t.fields.birthDate, dateOr(person.birthDate));
  out.field(t.fields.sex, label(t.codes.sex, person.sex));
  out.field(t.fields.citizenship, country(person.citizenship));
  out.field(
    t.fields.documents,
    lines(person.documents.map((d) => `${label(t.codes.documentKind, d.kind)}: ${d.number}`)),
  );

  const c = input.caseDescription;
  out.section(t.sections.case);
  out.field(t.fields.reference, c.reference);
  out.field(t.fields.exploitation, lines(c.exploitationForms.map((f) => label(t.codes.exploitation, f))));
  out.field(t.fields.metOn, printedDate(c.metOn));
  out.field(
    t.fields.municipality,
    c.municipality ? municipalityName(c.municipality, input.language) : t.notRecorded,
  );
  out.field(t.fields.identifiedOn, dateOr(c.identifiedOn));
  out.field(
    t.fields.assistance,
    lines(c.services.map((s) => `${label(codes.service, s.type)} × ${s.count}`)),
  );

  const { health } = input;
  out.section(t.sections.health);
  out.field(
    t.fields.needs,
    lines(health.needs.map((n) => `${label(codes.need, n.domain)}: ${label(t.codes.urgency, n.urgency)}`)),
  );
  out.field(t.fields.healthNote, or(health.healthNote));
  out.field(t.fields.psychologicalNote, or(health.psychologicalNote));

  out.section(t.sections.risk);
  if (input.risk) {
    out.field(t.fields.riskLevel, t.codes.risk[input.risk.level]);
    out.field(t.fields.riskReasons, or(input.risk.reasons));
  } else out.paragraph(t.notAssessed);

  out.section(t.sections.investigation);
  if (input.investigation) {
    out.field(t.fields.institution, label(t.codes.institution, input.investigation.institution));
    out.field(t.fields.caseNumber, or(input.investigation.caseNumber));
    out.field(t.fields.startedOn, dateOr(input.investigation.startedOn));
  } else out.paragraph(t.noInvestigation);

  out.section(t.sections.victimContacts);
  out.rows(input.victimContacts, t.notRecorded, (k) =>
    out.field(label(t.codes.contactKind, k.kind), k.value),
  );

  out.section(t.sections.officer);
  const officer = input.lawEnforcementOfficer;
  if (officer) {
    out.field(t.fields.name, or(officer.name));
    out.field(t.fields.contact, or(officer.contact));
  } else if (input.knownToLawEnforcementBy) {
    out.paragraph(t.knownToLawEnforcementNoOfficer.replace('{by}', input.knownToLawEnforcementBy));
  } else out.paragraph(t.notKnownToLawEnforcement);

  const { ngo } = input;
  out.section(t.sections.ngo);
  out.field(t.fields.organisation, ngo.organisation);
  out.field(t.fields.representative, or(ngo.representative));
  out.field(PRINT_TEXTS[input.language].phone, or(ngo.phone));
  out.field(PRINT_TEXTS[input.language].email, or(ngo.email));
}
