/** What the systems repository hands back: plain records, never TypeORM entities. */
export interface RegionRecord {
  readonly id: string;
  readonly odsCode: string;
  readonly onsCode: string;
  readonly name: string;
}

export interface SystemRecord {
  readonly id: string;
  readonly onsCode: string;
  readonly odsCode: string;
  readonly name: string;
  readonly region: RegionRecord;
}
