/**
 * England's NHS reference geography: the seven NHS England regions and the 42 Integrated Care Systems (ICSs).
 * Codes are the ones the NHS and the ONS publish, so they can be joined to other data sets.
 */

/** An NHS England region (e.g. "Midlands"). */
export interface Region {
  /** NHS ODS code, e.g. `Y60`. */
  readonly odsCode: string;
  /** ONS GSS code, e.g. `E40000008`. */
  readonly onsCode: string;
  readonly name: string;
}

/** An Integrated Care System, named without the "NHS … Integrated Care Board" wrapper. */
export interface System {
  /** ONS GSS code, e.g. `E54000050`. */
  readonly onsCode: string;
  /** NHS ODS code of its Integrated Care Board, e.g. `QHM`. */
  readonly odsCode: string;
  readonly name: string;
  /** ODS code of the NHS England region it belongs to. */
  readonly regionOdsCode: string;
}

export interface ReferenceData {
  readonly regions: readonly Region[];
  readonly systems: readonly System[];
}

export const CODE_PATTERNS = {
  systemOnsCode: /^E54\d{6}$/,
  systemOdsCode: /^Q[A-Z0-9]{2}$/,
  regionOdsCode: /^Y\d{2}$/,
  regionOnsCode: /^E40\d{6}$/,
} as const;

/** True when `code` has the shape of an NHS England region's ODS code (it may still not exist). */
export function isRegionOdsCode(code: string): boolean {
  return CODE_PATTERNS.regionOdsCode.test(code);
}
