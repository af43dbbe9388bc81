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
}

export const ICS_TILES: Readonly<Record<string, Tile>> = {
  E54000050: { column: 5, row: 0, abbreviation: 'NENC' }, // North East and North Cumbria
  E54000048: { column: 3, row: 1, abbreviation: 'LSC' }, // Lancashire and South Cumbria
  E54000051: { column: 5, row: 1, abbreviation: 'HNY' }, // Humber and North Yorkshire
  E54000008: { column: 2, row: 2, abbreviation: 'C&M' }, // Cheshire and Merseyside
  E54000057: { column: 3, row: 2, abbreviation: 'GM' }, // Greater Manchester
  E54000054: { column: 4, row: 2, abbreviation: 'WY' }, // West Yorkshire
  E54000061: { column: 5, row: 2, abbreviation: 'SY' }, // South Yorkshire
  E54000011: { column: 2, row: 3, abbreviation: 'STW' }, // Shropshire, Telford and Wrekin
  E54000010: { column: 3, row: 3, abbreviation: 'SSOT' }, // Staffordshire and Stoke-on-Trent
  E54000058: { column: 4, row: 3, abbreviation: 'DDER' }, // Derby and Derbyshire
  E54000060: { column: 5, row: 3, abbreviation: 'NOTT' }, // Nottingham and Nottinghamshire
  E54000013: { column: 6, row: 3, abbreviation: 'LINC' }, // Lincolnshire
  E54000019: { column: 2, row: 4, abbreviation: 'H&W' }, // Herefordshire and Worcestershire
  E54000062: { column: 3, row: 4, abbreviation: 'BC' }, // Black Country
  E54000055: { column: 4, row: 4, abbreviation: 'BSOL' }, // Birmingham and Solihull
  E54000015: { column: 5, row: 4, abbreviation: 'LLR' }, // Leicester, Leicestershire and Rutland
  E54000056: { column: 6, row: 4, abbreviation: 'C&P' }, // Cambridgeshire and Peterborough
  E54000022: { column: 7, row: 4, abbreviation: 'N&W' }, // Norfolk and Waveney
  E54000043: { column: 2, row: 5, abbreviation: 'GLOS' }, // Gloucestershire
  E54000018: { column: 3, row: 5, abbreviation: 'C&W' }, // Coventry and Warwickshire
  E54000059: { column: 4, row: 5, abbreviation: 'NHNT' }, // Northamptonshire
  E54000024: { column: 5, row: 5, abbreviation: 'BLMK' }, // Bedfordshire, Luton and Milton Keynes
  E54000025: { column: 6, row: 5, abbreviation: 'HWE' }, // Hertfordshire and West Essex
  E54000023: { column: 7, row: 5, abbreviation: 'SNEE' }, // Suffolk and North East Essex
  E54000039: { column: 1, row: 6, abbreviation: 'BNSSG' }, // Bristol, North Somerset and South Gloucestershire
  E54000040: { column: 2, row: 6, abbreviation: 'BSW' }, // Bath and North East Somerset, Swindon and Wiltshire
  E54000044: { column: 3, row: 6, abbreviation: 'BOB' }, // Buckinghamshire, Oxfordshire and Berkshire West
  E54000027: { column: 4, row: 6, abbreviation: 'NWL' }, // North West London
  E54000028: { column: 5, row: 6, abbreviation: 'NCL' }, // North Central London
  E54000029: { column: 6, row: 6, abbreviation: 'NEL' }, // North East London
  E54000026: { column: 7, row: 6, abbreviation: 'MSE' }, // Mid and South Essex
  E54000038: { column: 1, row: 7, abbreviation: 'SOM' }, // Somerset
  E54000041: { column: 2, row: 7, abbreviation: 'DOR' }, // Dorset
  E54000042: { column: 3, row: 7, abbreviation: 'HIOW' }, // Hampshire and Isle of Wight
  E54000034: { column: 4, row: 7, abbreviation: 'FRIM' }, // Frimley
  E54000031: { column: 5, row: 7, abbreviation: 'SWL' }, // South West London
  E54000030: { column: 6, row: 7, abbreviation: 'SEL' }, // South East London
  E54000032: { column: 6, row: 8, abbreviation: 'K&M' }, // Kent and Medway
  E54000036: { column: 0, row: 8, abbreviation: 'CIOS' }, // Cornwall and the Isles of Scilly
  E54000037: { column: 1, row: 8, abbreviation: 'DEV' }, // Devon
  E54000063: { column: 4, row: 8, abbreviation: 'SH' }, // Surrey Heartlands
  E54000064: { column: 5, row: 8, abbreviation: 'SUS' }, // Sussex
};
