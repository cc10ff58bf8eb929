/** True when a `{High, Low}` base-permission mask grants permission `kind` (SharePoint's bit rule). */
export function hasPermission(
  mask: { High?: number | string; Low?: number | string } | undefined,
  kind: number,
): boolean {
  if (!mask) return false;
  const low = Number(mask.Low ?? 0);
  const high = Number(mask.High ?? 0);
  return kind <= 32 ? (low & (1 << (kind - 1))) !== 0 : (high & (1 << (kind - 33))) !== 0;
}
