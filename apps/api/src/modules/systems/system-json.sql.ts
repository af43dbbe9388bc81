/**
 * SQL that builds an ICS, with its region, as JSON in the shape of `SystemRecord`: lets other modules return ICSs
 * nested in their own rows from one statement instead of one query per ICS.
 */
export function systemJson(system: string, region: string): string {
  return `json_build_object(
    'id', ${system}.id, 'onsCode', ${system}.ons_code, 'odsCode', ${system}.ods_code, 'name', ${system}.name,
    'region', json_build_object('id', ${region}.id, 'odsCode', ${region}.ods_code, 'onsCode', ${region}.ons_code, 'name', ${region}.name)
  )`;
}
