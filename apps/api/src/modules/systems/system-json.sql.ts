/**
 * SQL that builds an ICS, with its region, as JSON in the shape of `SystemRecord`. Being retired: other modules now
 * take ICSs from `SystemsRepository.findSystemsByIds` (users and cohorts do); the assessment page's query is the last
 * user, and this file goes when it converts.
 */
export function systemJson(system: string, region: string): string {
  return `json_build_object(
    'id', ${system}.id, 'onsCode', ${system}.ons_code, 'odsCode', ${system}.ods_code, 'name', ${system}.name,
    'region', json_build_object('id', ${region}.id, 'odsCode', ${region}.ods_code, 'onsCode', ${region}.ons_code, 'name', ${region}.name)
  )`;
}
