import { groupByRegion } from '@idt/domain';
import { Button, Table } from 'nhsuk-react-components';
import { PageHeading } from '../../../components/PageHeading';
import { useSystems } from '../api/get-systems';

const PAGE_TITLE = 'Integrated Care Systems';

/** England's 42 ICSs, region by region: the reference list every assessment hangs from. */
export function SystemsPage() {
  const systems = useSystems();

  if (systems.isPending) {
    return (
      <>
        <PageHeading>{PAGE_TITLE}</PageHeading>
        <p role="status">Loading the Integrated Care Systems…</p>
      </>
    );
  }

  if (systems.isError) {
    return (
      <>
        <PageHeading>{PAGE_TITLE}</PageHeading>
        <div className="nhsuk-warning-callout" role="alert">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              We could not load the list
            </span>
          </h2>
          <p>{systems.error.message}</p>
          <Button type="button" secondary onClick={() => void systems.refetch()}>
            Try again
          </Button>
        </div>
      </>
    );
  }

  const regions = groupByRegion(systems.data, (system) => system.region.name);
  return (
    <>
      <PageHeading>{PAGE_TITLE}</PageHeading>
      <p className="nhsuk-lede-text">
        There are {systems.data.length} Integrated Care Systems (ICSs) in England, in {regions.length} NHS England
        regions.
      </p>
      <nav aria-label="Regions">
        <ul className="nhsuk-list">
          {regions.map((region) => (
            <li key={region.regionName}>
              <a href={`#${regionAnchor(region.regionName)}`}>
                {region.regionName} ({region.members.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {regions.map((region) => (
        <section key={region.regionName} aria-labelledby={regionAnchor(region.regionName)}>
          <h2 id={regionAnchor(region.regionName)}>{region.regionName}</h2>
          <Table
            responsive
            caption={
              <span className="nhsuk-u-visually-hidden">
                {`Integrated Care Systems in ${region.regionName}: ${region.members.length}`}
              </span>
            }
          >
            <Table.Head>
              <Table.Row>
                <Table.Cell>Name</Table.Cell>
                <Table.Cell>ONS code</Table.Cell>
                <Table.Cell>ODS code</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {region.members.map((system) => (
                <Table.Row key={system.id} data-testid="system-row">
                  <Table.Cell>{system.name}</Table.Cell>
                  <Table.Cell>{system.onsCode}</Table.Cell>
                  <Table.Cell>{system.odsCode}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      ))}
    </>
  );
}

function regionAnchor(regionName: string): string {
  return `region-${regionName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
