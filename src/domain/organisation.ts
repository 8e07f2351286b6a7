/**
 * Settings that belong to the organisation running the app rather than to a plan. They reach the domain as
 * arguments (the template's texts, the quality check's messages), never as a global: the domain reads no config.
 */
export interface OrganisationSettings {
  /**
   * The name of the authority that sets the safety conditions and is informed when the plan fails, as the region
   * calls it (seed 004 writes "Veilig Thuis of SAVE"; a region may use its own name, for example "Samen Veilig").
   */
  authorityName: string;
}

export const DEFAULT_AUTHORITY_NAME = 'Veilig Thuis';

export const DEFAULT_ORGANISATION: OrganisationSettings = { authorityName: DEFAULT_AUTHORITY_NAME };

/** The settings with a blank name replaced by the default, so a text never reads "wanneer wordt  geïnformeerd". */
export function organisationSettings(authorityName: string | undefined): OrganisationSettings {
  const name = (authorityName ?? '').trim();
  return { authorityName: name.length > 0 ? name : DEFAULT_AUTHORITY_NAME };
}
