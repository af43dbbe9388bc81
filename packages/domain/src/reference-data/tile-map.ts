/**
 * A tile map of England's 42 ICSs: each ICS is one equal tile at (column, row), row 0 at the top, placed to keep
 * neighbours next to each other, roughly as on a map. Equal tiles let a small ICS count as much as a large one,
 * which is the point when colouring by adopter category. Keyed by ONS code.
 */
export interface Tile {
  readonly column: number;
  readonly row: number;
  /** A short label that fits on a tile. */
  readonly abbreviation: string;
  /** The ICS's name, as in the reference data (a test checks): what the abbreviation stands for. */
  readonly name: string;
}

export const ICS_TILES: Readonly<Record<string, Tile>> = {
  E54000050: { column: 5, row: 0, abbreviation: 'NENC', name: 'North East and North Cumbria' },
  E54000048: { column: 3, row: 1, abbreviation: 'LSC', name: 'Lancashire and South Cumbria' },
  E54000051: { column: 5, row: 1, abbreviation: 'HNY', name: 'Humber and North Yorkshire' },
  E54000008: { column: 2, row: 2, abbreviation: 'C&M', name: 'Cheshire and Merseyside' },
  E54000057: { column: 3, row: 2, abbreviation: 'GM', name: 'Greater Manchester' },
  E54000054: { column: 4, row: 2, abbreviation: 'WY', name: 'West Yorkshire' },
  E54000061: { column: 5, row: 2, abbreviation: 'SY', name: 'South Yorkshire' },
  E54000011: { column: 2, row: 3, abbreviation: 'STW', name: 'Shropshire, Telford and Wrekin' },
  E54000010: { column: 3, row: 3, abbreviation: 'SSOT', name: 'Staffordshire and Stoke-on-Trent' },
  E54000058: { column: 4, row: 3, abbreviation: 'DDER', name: 'Derby and Derbyshire' },
  E54000060: { column: 5, row: 3, abbreviation: 'NOTT', name: 'Nottingham and Nottinghamshire' },
  E54000013: { column: 6, row: 3, abbreviation: 'LINC', name: 'Lincolnshire' },
  E54000019: { column: 2, row: 4, abbreviation: 'H&W', name: 'Herefordshire and Worcestershire' },
  E54000062: { column: 3, row: 4, abbreviation: 'BC', name: 'Black Country' },
  E54000055: { column: 4, row: 4, abbreviation: 'BSOL', name: 'Birmingham and Solihull' },
  E54000015: { column: 5, row: 4, abbreviation: 'LLR', name: 'Leicester, Leicestershire and Rutland' },
  E54000056: { column: 6, row: 4, abbreviation: 'C&P', name: 'Cambridgeshire and Peterborough' },
  E54000022: { column: 7, row: 4, abbreviation: 'N&W', name: 'Norfolk and Waveney' },
  E54000043: { column: 2, row: 5, abbreviation: 'GLOS', name: 'Gloucestershire' },
  E54000018: { column: 3, row: 5, abbreviation: 'C&W', name: 'Coventry and Warwickshire' },
  E54000059: { column: 4, row: 5, abbreviation: 'NHNT', name: 'Northamptonshire' },
  E54000024: { column: 5, row: 5, abbreviation: 'BLMK', name: 'Bedfordshire, Luton and Milton Keynes' },
  E54000025: { column: 6, row: 5, abbreviation: 'HWE', name: 'Hertfordshire and West Essex' },
  E54000023: { column: 7, row: 5, abbreviation: 'SNEE', name: 'Suffolk and North East Essex' },
  E54000039: { column: 1, row: 6, abbreviation: 'BNSSG', name: 'Bristol, North Somerset and South Gloucestershire' },
  E54000040: { column: 2, row: 6, abbreviation: 'BSW', name: 'Bath and North East Somerset, Swindon and Wiltshire' },
  E54000044: { column: 3, row: 6, abbreviation: 'BOB', name: 'Buckinghamshire, Oxfordshire and Berkshire West' },
  E54000027: { column: 4, row: 6, abbreviation: 'NWL', name: 'North West London' },
  E54000028: { column: 5, row: 6, abbreviation: 'NCL', name: 'North Central London' },
  E54000029: { column: 6, row: 6, abbreviation: 'NEL', name: 'North East London' },
  E54000026: { column: 7, row: 6, abbreviation: 'MSE', name: 'Mid and South Essex' },
  E54000038: { column: 1, row: 7, abbreviation: 'SOM', name: 'Somerset' },
  E54000041: { column: 2, row: 7, abbreviation: 'DOR', name: 'Dorset' },
  E54000042: { column: 3, row: 7, abbreviation: 'HIOW', name: 'Hampshire and Isle of Wight' },
  E54000034: { column: 4, row: 7, abbreviation: 'FRIM', name: 'Frimley' },
  E54000031: { column: 5, row: 7, abbreviation: 'SWL', name: 'South West London' },
  E54000030: { column: 6, row: 7, abbreviation: 'SEL', name: 'South East London' },
  E54000032: { column: 6, row: 8, abbreviation: 'K&M', name: 'Kent and Medway' },
  E54000036: { column: 0, row: 8, abbreviation: 'CIOS', name: 'Cornwall and the Isles of Scilly' },
  E54000037: { column: 1, row: 8, abbreviation: 'DEV', name: 'Devon' },
  E54000063: { column: 4, row: 8, abbreviation: 'SH', name: 'Surrey Heartlands' },
  E54000064: { column: 5, row: 8, abbreviation: 'SUS', name: 'Sussex' },
};
