import type { NeedDomain, ServiceType } from '../../assistance/model.ts';
import { shiftDay } from '../../assistance/rules.ts';
import type { Profile } from './profile.ts';
import type { Random } from './random.ts';

// The people of a generated year, planned before anything is written: who they are, what happened
// to them, and every service they will get, with the profile's totals met exactly.

export type PlannedService = {
  type: ServiceType;
  givenOn: string;
  minutes?: number;
  amountEur?: number;
  mode: 'in_person' | 'remote';
};

export type PlannedPerson = {
  accepted: boolean;
  child: boolean;
  sex: 'female' | 'male';
  age: number;
  disability: boolean;
  anonymous: boolean;
  kind: 'trafficking' | 'other_crime';
  otherCrime: string | null;
  exploitationForms: string[];
  firstContactKind: string;
  referred: boolean;
  municipality: string;
  metOn: string;
  risk: 'low' | 'medium' | 'high';
  services: PlannedService[];
};

const NEED_OF: Record<ServiceType, NeedDomain> = {
  crisis_intervention: 'safety',
  emotional_support: 'psychological',
  psychological_consultation: 'psychological',
  social_worker_consultation: 'family',
  legal_information: 'legal',
  accompaniment: 'legal',
  temporary_accommodation: 'accommodation',
  food: 'financial',
  material_help: 'financial',
  health_care: 'health',
  interpreter: 'interpreter',
  travel: 'documents',
  return_assistance: 'documents',
  reintegration: 'employment',
  employment_help: 'employment',
  other: 'safety',
};
export const needOf = (type: ServiceType) => NEED_OF[type];

const TIMED = new Set<ServiceType>([
  'crisis_intervention',
  'emotional_support',
  'psychological_consultation',
  'social_worker_consultation',
  'legal_information',
  'accompaniment',
  'interpreter',
]);
const PAID = new Set<ServiceType>(['food', 'material_help', 'travel']);

/** n flags, exactly `count` of them true, in random places. */
function exactly(random: Random, n: number, count: number) {
  return random.shuffle(Array.from({ length: n }, (_, i) => i < count));
}

/** Every accepted person gets one service, the rest are shared out unevenly, as in life. */
function serviceCounts(random: Random, people: number, total: number) {
  const weights = Array.from({ length: people }, () => 0.15 + random.next() ** 2 * 3);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => 1 + Math.floor(((total - people) * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    counts[random.int(0, people - 1)]! += 1;
    left -= 1;
  }
  return counts;
}

export function planYear(profile: Profile, random: Random): PlannedPerson[] {
  const declined = profile.registered - profile.accepted;
  const groups = [
    ...Array<'child'>(profile.children).fill('child'),
    ...Array<'woman'>(profile.women).fill('woman'),
    ...Array<'man'>(profile.men).fill('man'),
  ];
  // Those who declined help look like those who accepted it: a child, a woman or a man in proportion.
  const declinedGroups = Array.from(
    { length: declined },
    (_, i) => groups[Math.floor((i * groups.length) / declined)]!,
  );
  const disability = exactly(random, profile.accepted, profile.withDisability);
  const anonymous = exactly(random, profile.accepted, profile.anonymous);
  const counts = serviceCounts(random, profile.accepted, profile.services);
  const first = `${profile.year}-01-02`;
  const people: PlannedPerson[] = [];
  [...random.shuffle(groups), ...declinedGroups].forEach((group, i) => {
    const accepted = i < profile.accepted;
    const metOn = shiftDay(first, random.int(0, 300));
    const referred = random.next() < profile.referredShare;
    const trafficking = random.next() < profile.traffickingShare;
    const services = accepted
      ? Array.from({ length: counts[i]! }, () => {
          const type = random.weighted(profile.serviceTypes) as ServiceType;
          return {
            type,
            givenOn: shiftDay(metOn, random.int(0, 60)),
            ...(TIMED.has(type) ? { minutes: random.pick([30, 45, 60, 60, 90, 120]) } : {}),
            ...(PAID.has(type) ? { amountEur: random.int(10, 150) } : {}),
            mode: TIMED.has(type) && random.next() < 0.2 ? ('remote' as const) : ('in_person' as const),
          };
        })
      : [];
    const { firstContact } = profile;
    people.push({
      accepted,
      child: group === 'child',
      sex: group === 'woman' ? 'female' : group === 'man' ? 'male' : random.pick(['female', 'male'] as const),
      age: group === 'child' ? random.int(3, 17) : random.int(18, 84),
      disability: accepted ? disability[i]! : random.next() < 0.05,
      anonymous: accepted ? anonymous[i]! : random.next() < 0.2,
      kind: trafficking ? 'trafficking' : 'other_crime',
      otherCrime: trafficking ? null : random.weighted(profile.crimes),
      exploitationForms: trafficking
        ? [random.pick(['ForcedLabour', 'SexualExploitation', 'ForcedCriminality'])]
        : [],
      firstContactKind: referred ? 'police' : random.weighted({ ...firstContact, police: 0 }),
      referred,
      municipality: random.weighted(profile.municipalities),
      metOn,
      risk: random.weighted({ low: 50, medium: 35, high: 15 }),
      services: services.sort((a, b) => a.givenOn.localeCompare(b.givenOn)),
    });
  });
  return people;
}
