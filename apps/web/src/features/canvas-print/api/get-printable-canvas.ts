import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { PrintableCanvasQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const PrintableCanvasDocument = graphql(`
  query PrintableCanvas {
    canvasFrameworks {
      id
      title
      version
      status
      scale {
        level
        label
        meaning
      }
      domains {
        ...CanvasDomainFields
        criteria {
          levels {
            label
          }
        }
      }
    }
  }
`);

export type PrintableFramework = PrintableCanvasQuery['canvasFrameworks'][number];

export const printableCanvasQueryOptions = () =>
  queryOptions({
    queryKey: ['canvas-frameworks', 'printable'],
    queryFn: ({ signal }) => execute(PrintableCanvasDocument, undefined, { signal }).then((data) => data.canvasFrameworks),
  });

/** Every canvas version, in full; the page prints the newest published one. */
export const usePrintableCanvas = () => useQuery(printableCanvasQueryOptions());
