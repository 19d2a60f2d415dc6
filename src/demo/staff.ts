import type { Role } from '../access/model.ts';

export const DEMO_PASSWORD = 'demo-atrama-2026';
/** Pre-enrolled second factor of the demo accounts that need one (never used outside demo data). */
export const DEMO_TOTP_SECRET = 'KRUGS4ZANFZSAYJAMRSW23ZAONSWG4TF';

export type DemoStaff = {
  email: string;
  displayName: string;
  memberships: { organisation: string; role: Role }[];
  totp: 'enrolled' | 'must_enrol' | 'none';
};

// At least one account per role, spread over several organisations. The case worker has two
// memberships, so logging in shows the choice of where to act.
export const DEMO_STAFF: DemoStaff[] = [
  {
    email: 'border.guard@atrama.test',
    displayName: 'Tomas Petrauskas',
    memberships: [{ organisation: 'state-border-guard-service', role: 'first_responder' }],
    totp: 'none',
  },
  {
    email: 'police.officer@atrama.test',
    displayName: 'Rasa Kazlauskienė',
    memberships: [{ organisation: 'lithuanian-police', role: 'first_responder' }],
    totp: 'none',
  },
  {
    email: 'case.worker@atrama.test',
    displayName: 'Eglė Jankauskienė',
    memberships: [
      { organisation: 'caritas-centre-against-human-trafficking-and-exploitation', role: 'case_worker' },
      { organisation: 'caritas-vilnius-archdiocese', role: 'case_worker' },
    ],
    totp: 'none',
  },
  {
    email: 'klaipeda.worker@atrama.test',
    displayName: 'Ieva Stankevičiūtė',
    memberships: [{ organisation: 'klaipeda-social-and-psychological-support-centre', role: 'case_worker' }],
    totp: 'none',
  },
  {
    email: 'manager@atrama.test',
    displayName: 'Jonas Vasiliauskas',
    memberships: [
      {
        organisation: 'caritas-centre-against-human-trafficking-and-exploitation',
        role: 'organisation_manager',
      },
    ],
    totp: 'none',
  },
  {
    email: 'coordinator@atrama.test',
    displayName: 'Aušra Žukauskienė',
    memberships: [{ organisation: 'ministry-of-the-interior', role: 'national_coordinator' }],
    totp: 'enrolled',
  },
  {
    email: 'return.officer@atrama.test',
    displayName: 'Mantas Butkus',
    memberships: [{ organisation: 'iom-vilnius-office', role: 'return_officer' }],
    totp: 'none',
  },
  {
    email: 'consul@atrama.test',
    displayName: 'Vytautas Grigas',
    memberships: [{ organisation: 'ministry-of-foreign-affairs', role: 'consular_officer' }],
    totp: 'none',
  },
  {
    email: 'investigator@atrama.test',
    displayName: 'Darius Paulauskas',
    memberships: [{ organisation: 'lithuanian-police', role: 'investigator' }],
    totp: 'none',
  },
  {
    email: 'compensation@atrama.test',
    displayName: 'Lina Urbonienė',
    memberships: [{ organisation: 'ministry-of-justice', role: 'compensation_officer' }],
    totp: 'none',
  },
  {
    email: 'municipality.officer@atrama.test',
    displayName: 'Simona Kairytė',
    memberships: [{ organisation: 'vilnius-city-municipality', role: 'first_responder' }],
    totp: 'none',
  },
  {
    email: 'statistician@atrama.test',
    displayName: 'Vaida Navickienė',
    memberships: [{ organisation: 'ministry-of-social-security-and-labour', role: 'statistician' }],
    totp: 'none',
  },
  {
    email: 'funding.manager@atrama.test',
    displayName: 'Laura Jasiūnienė',
    memberships: [{ organisation: 'ministry-of-social-security-and-labour', role: 'organisation_manager' }],
    totp: 'none',
  },
  {
    email: 'auditor@atrama.test',
    displayName: 'Paulius Kavaliauskas',
    memberships: [{ organisation: 'ministry-of-the-interior', role: 'auditor' }],
    totp: 'enrolled',
  },
  {
    email: 'admin@atrama.test',
    displayName: 'Andrius Ramanauskas',
    memberships: [{ organisation: 'ministry-of-the-interior', role: 'administrator' }],
    totp: 'must_enrol',
  },
  {
    email: 'dpo@atrama.test',
    displayName: 'Gintarė Balčiūnienė',
    memberships: [{ organisation: 'ministry-of-the-interior', role: 'data_protection_officer' }],
    totp: 'enrolled',
  },
];
