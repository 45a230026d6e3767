/**
 * A client counts as a public-sector body (EVB-IT applies, the `publicSectorClient` fact) when
 * its industry or a tag says so: the client record has no field of its own for it.
 */
const PUBLIC_SECTOR =
  /öffentlich|behörde|verwaltung|kommun|gemeinde|landesamt|bundesamt|ministerium|public sector|government|municipal|authority/i;

/** Whether the client is a public-sector body, read from its industry and tags. */
export function isPublicSectorClient(client: {
  industry: string;
  tags: readonly string[];
}): boolean {
  return [client.industry, ...client.tags].some((text) => PUBLIC_SECTOR.test(text));
}
