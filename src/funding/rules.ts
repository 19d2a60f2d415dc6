/** Money per unit delivered, to the cent; none when nothing was delivered. */
export const costPer = (amountEur: number, count: number) =>
  count === 0 ? null : Math.round((amountEur / count) * 100) / 100;

/** A service counts under an allocation of its own organisation and of the year it was given in. */
export const fitsAllocation = (
  service: { organisationId: string; givenOn: string },
  allocation: { organisationId: string; year: number },
) =>
  service.organisationId === allocation.organisationId &&
  Number(service.givenOn.slice(0, 4)) === allocation.year;
