import type { SERVICE_TYPES } from '../../assistance/catalogue.ts';
import type { FIRST_CONTACT_KINDS, OTHER_CRIMES } from '../../cases/catalogue.ts';

// The shape of a generated year. The 2023 profile takes its totals from seed 002 (the Ministry of
// Social Security and Labour's figures for support services in 2023); the shares inside them (which
// crime, which city, which service) are Atrama's assumptions, chosen to look like a real year.

export type Profile = {
  year: number;
  /** People registered at support services in the year, and how many accepted the help offered. */
  registered: number;
  accepted: number;
  /** Of those who accepted help: children, women and men (adults by sex). */
  children: number;
  women: number;
  men: number;
  withDisability: number;
  anonymous: number;
  services: number;
  /** The share of people a first-contact institution referred (the rest came to the service themselves). */
  referredShare: number;
  /** The share of trafficking cases among them (seed 002 counts victims of every crime). */
  traffickingShare: number;
  crimes: Partial<Record<(typeof OTHER_CRIMES)[number], number>>;
  firstContact: Partial<Record<(typeof FIRST_CONTACT_KINDS)[number], number>>;
  /** Weights by ISO 3166-2:LT municipality code. */
  municipalities: Record<string, number>;
  serviceTypes: Partial<Record<(typeof SERVICE_TYPES)[number], number>>;
  /** State budget for accredited help that year, shared equally among the support services. */
  budgetEur: number;
};

export const PROFILES: Record<string, Profile> = {
  '2023': {
    year: 2023,
    registered: 2690,
    accepted: 2622,
    children: 88,
    women: 1688,
    men: 846,
    withDisability: 164,
    anonymous: 488,
    services: 15_000,
    budgetEur: 500_000,
    referredShare: 0.3,
    traffickingShare: 0.02,
    crimes: {
      domestic_violence: 45,
      violent_crime: 20,
      fraud: 10,
      sexual_violence: 8,
      robbery_or_theft: 8,
      hate_crime: 2,
      other: 7,
    },
    firstContact: {
      police: 50,
      self_referral: 20,
      prosecutor_or_court: 10,
      municipality: 5,
      social_services: 5,
      health_care: 4,
      school: 3,
      emergency_line_112: 3,
    },
    municipalities: {
      'LT-57': 30, // Vilnius
      'LT-15': 20, // Kaunas
      'LT-20': 12, // Klaipėda
      'LT-43': 7, // Šiauliai
      'LT-32': 6, // Panevėžys
      'LT-02': 4, // Alytus
      'LT-25': 4, // Marijampolė
      'LT-54': 3, // Utena
      'LT-51': 3, // Telšiai
      'LT-50': 3, // Tauragė
      'LT-10': 2, // Jonava
      'LT-26': 2, // Mažeikiai
      'LT-18': 2, // Kėdainiai
      'LT-59': 2, // Visaginas
    },
    serviceTypes: {
      emotional_support: 25,
      social_worker_consultation: 20,
      legal_information: 15,
      psychological_consultation: 12,
      crisis_intervention: 8,
      accompaniment: 6,
      material_help: 4,
      temporary_accommodation: 3,
      food: 3,
      health_care: 2,
      interpreter: 1,
      travel: 1,
    },
  },
};
