/**
 * The NHS England regions and the 42 ICSs (July 2022 boundaries, April 2023 ONS codes) exactly as
 * `ReferenceData1763780000000` loaded them when it was released: `packages/domain/data/ics-2022.csv` read by
 * `parseReferenceCsv` at commit 2d82ecd, in the file's order. Frozen here so that the released migration never reads
 * live code or files (docs/decisions/0021). Never edit: a change to the list is a new migration.
 */

export interface FrozenRegion {
  readonly odsCode: string;
  readonly onsCode: string;
  readonly name: string;
}

export interface FrozenSystem {
  readonly onsCode: string;
  readonly odsCode: string;
  readonly name: string;
  readonly regionOdsCode: string;
}

export const REGIONS_2022: readonly FrozenRegion[] = [
  { odsCode: 'Y63', onsCode: 'E40000012', name: 'North East and Yorkshire' },
  { odsCode: 'Y62', onsCode: 'E40000010', name: 'North West' },
  { odsCode: 'Y60', onsCode: 'E40000011', name: 'Midlands' },
  { odsCode: 'Y61', onsCode: 'E40000007', name: 'East of England' },
  { odsCode: 'Y56', onsCode: 'E40000003', name: 'London' },
  { odsCode: 'Y59', onsCode: 'E40000005', name: 'South East' },
  { odsCode: 'Y58', onsCode: 'E40000006', name: 'South West' },
];

export const SYSTEMS_2022: readonly FrozenSystem[] = [
  { onsCode: 'E54000050', odsCode: 'QHM', name: 'North East and North Cumbria', regionOdsCode: 'Y63' },
  { onsCode: 'E54000051', odsCode: 'QOQ', name: 'Humber and North Yorkshire', regionOdsCode: 'Y63' },
  { onsCode: 'E54000054', odsCode: 'QWO', name: 'West Yorkshire', regionOdsCode: 'Y63' },
  { onsCode: 'E54000061', odsCode: 'QF7', name: 'South Yorkshire', regionOdsCode: 'Y63' },
  { onsCode: 'E54000008', odsCode: 'QYG', name: 'Cheshire and Merseyside', regionOdsCode: 'Y62' },
  { onsCode: 'E54000048', odsCode: 'QE1', name: 'Lancashire and South Cumbria', regionOdsCode: 'Y62' },
  { onsCode: 'E54000057', odsCode: 'QOP', name: 'Greater Manchester', regionOdsCode: 'Y62' },
  { onsCode: 'E54000010', odsCode: 'QNC', name: 'Staffordshire and Stoke-on-Trent', regionOdsCode: 'Y60' },
  { onsCode: 'E54000011', odsCode: 'QOC', name: 'Shropshire, Telford and Wrekin', regionOdsCode: 'Y60' },
  { onsCode: 'E54000013', odsCode: 'QJM', name: 'Lincolnshire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000015', odsCode: 'QK1', name: 'Leicester, Leicestershire and Rutland', regionOdsCode: 'Y60' },
  { onsCode: 'E54000018', odsCode: 'QWU', name: 'Coventry and Warwickshire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000019', odsCode: 'QGH', name: 'Herefordshire and Worcestershire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000055', odsCode: 'QHL', name: 'Birmingham and Solihull', regionOdsCode: 'Y60' },
  { onsCode: 'E54000058', odsCode: 'QJ2', name: 'Derby and Derbyshire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000059', odsCode: 'QPM', name: 'Northamptonshire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000060', odsCode: 'QT1', name: 'Nottingham and Nottinghamshire', regionOdsCode: 'Y60' },
  { onsCode: 'E54000062', odsCode: 'QUA', name: 'Black Country', regionOdsCode: 'Y60' },
  { onsCode: 'E54000022', odsCode: 'QMM', name: 'Norfolk and Waveney', regionOdsCode: 'Y61' },
  { onsCode: 'E54000023', odsCode: 'QJG', name: 'Suffolk and North East Essex', regionOdsCode: 'Y61' },
  { onsCode: 'E54000024', odsCode: 'QHG', name: 'Bedfordshire, Luton and Milton Keynes', regionOdsCode: 'Y61' },
  { onsCode: 'E54000025', odsCode: 'QM7', name: 'Hertfordshire and West Essex', regionOdsCode: 'Y61' },
  { onsCode: 'E54000026', odsCode: 'QH8', name: 'Mid and South Essex', regionOdsCode: 'Y61' },
  { onsCode: 'E54000056', odsCode: 'QUE', name: 'Cambridgeshire and Peterborough', regionOdsCode: 'Y61' },
  { onsCode: 'E54000027', odsCode: 'QRV', name: 'North West London', regionOdsCode: 'Y56' },
  { onsCode: 'E54000028', odsCode: 'QMJ', name: 'North Central London', regionOdsCode: 'Y56' },
  { onsCode: 'E54000029', odsCode: 'QMF', name: 'North East London', regionOdsCode: 'Y56' },
  { onsCode: 'E54000030', odsCode: 'QKK', name: 'South East London', regionOdsCode: 'Y56' },
  { onsCode: 'E54000031', odsCode: 'QWE', name: 'South West London', regionOdsCode: 'Y56' },
  { onsCode: 'E54000032', odsCode: 'QKS', name: 'Kent and Medway', regionOdsCode: 'Y59' },
  { onsCode: 'E54000034', odsCode: 'QNQ', name: 'Frimley', regionOdsCode: 'Y59' },
  { onsCode: 'E54000042', odsCode: 'QRL', name: 'Hampshire and Isle of Wight', regionOdsCode: 'Y59' },
  { onsCode: 'E54000044', odsCode: 'QU9', name: 'Buckinghamshire, Oxfordshire and Berkshire West', regionOdsCode: 'Y59' },
  { onsCode: 'E54000063', odsCode: 'QXU', name: 'Surrey Heartlands', regionOdsCode: 'Y59' },
  { onsCode: 'E54000064', odsCode: 'QNX', name: 'Sussex', regionOdsCode: 'Y59' },
  { onsCode: 'E54000036', odsCode: 'QT6', name: 'Cornwall and the Isles of Scilly', regionOdsCode: 'Y58' },
  { onsCode: 'E54000037', odsCode: 'QJK', name: 'Devon', regionOdsCode: 'Y58' },
  { onsCode: 'E54000038', odsCode: 'QSL', name: 'Somerset', regionOdsCode: 'Y58' },
  { onsCode: 'E54000039', odsCode: 'QUY', name: 'Bristol, North Somerset and South Gloucestershire', regionOdsCode: 'Y58' },
  { onsCode: 'E54000040', odsCode: 'QOX', name: 'Bath and North East Somerset, Swindon and Wiltshire', regionOdsCode: 'Y58' },
  { onsCode: 'E54000041', odsCode: 'QVV', name: 'Dorset', regionOdsCode: 'Y58' },
  { onsCode: 'E54000043', odsCode: 'QR1', name: 'Gloucestershire', regionOdsCode: 'Y58' },
];
