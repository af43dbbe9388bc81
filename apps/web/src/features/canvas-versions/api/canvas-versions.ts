import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CanvasVersionPreviewQuery, CanvasVersionQuery, CanvasVersionsQuery, FrameworkDocumentFormat } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const CanvasVersionsDocument = graphql(`
  query CanvasVersions {
    canvasFrameworks {
      id
      version
      title
      lifecycle
      publishedAt
    }
  }
`);

export const CanvasVersionDocument = graphql(`
  query CanvasVersion($id: ID!) {
    canvasFramework(id: $id) {
      id
      version
      title
      status
      lifecycle
      publishedAt
      domains {
        key
        number
        title
        criteria {
          key
          statement
        }
      }
      problems {
        code
        field
        line
        message
      }
      crosswalk {
        title
        publisher
        year
        domains {
          key
          title
          criteria {
            key
            statement
          }
        }
      }
      changesSincePrevious {
        fromVersion
        toVersion
        unchanged
        domainsAdded {
          key
          description
        }
        domainsRenamed {
          key
          description
        }
        domainsRetired {
          key
          description
        }
        criteriaAdded {
          key
          description
        }
        criteriaRenamed {
          key
          description
        }
        criteriaRetired {
          criterionKey
          kind
          description
          replacedBy {
            criterionKey
            statement
            note
          }
        }
        criteriaReworded {
          key
          description
        }
        levelsChanged {
          criterionKey
          description
          levels {
            level
            before
            after
          }
        }
        scaleChanged {
          key
          description
        }
      }
    }
  }
`);

/** The same fields as the printed canvas asks for, so that the preview is that very page's form. */
export const CanvasVersionPreviewDocument = graphql(`
  query CanvasVersionPreview($id: ID!) {
    canvasFramework(id: $id) {
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

export const FrameworkDocumentDocument = graphql(`
  query FrameworkDocument($id: ID!, $format: FrameworkDocumentFormat!) {
    frameworkDocument(id: $id, format: $format)
  }
`);

export const CreateFrameworkDraftDocument = graphql(`
  mutation CreateFrameworkDraft {
    createFrameworkDraft {
      id
      version
    }
  }
`);

export const ImportFrameworkDraftDocument = graphql(`
  mutation ImportFrameworkDraft($document: String!, $format: FrameworkDocumentFormat!) {
    importFrameworkDraft(document: $document, format: $format) {
      id
      version
    }
  }
`);

export const PublishFrameworkDocument = graphql(`
  mutation PublishFramework($id: ID!) {
    publishFramework(id: $id, confirm: true) {
      id
      version
    }
  }
`);

export type CanvasVersionSummary = CanvasVersionsQuery['canvasFrameworks'][number];
export type CanvasVersion = CanvasVersionQuery['canvasFramework'];
export type CanvasVersionPreview = CanvasVersionPreviewQuery['canvasFramework'];
export type FrameworkChanges = NonNullable<CanvasVersion['changesSincePrevious']>;

const ROOT_KEY = ['canvas-versions'] as const;

export const canvasVersionsQueryOptions = () =>
  queryOptions({
    queryKey: [...ROOT_KEY, 'list'],
    queryFn: ({ signal }) => execute(CanvasVersionsDocument, undefined, { signal }).then((data) => data.canvasFrameworks),
  });

export const canvasVersionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...ROOT_KEY, 'one', id],
    queryFn: ({ signal }) => execute(CanvasVersionDocument, { id }, { signal }).then((data) => data.canvasFramework),
  });

export const useCanvasVersions = () => useQuery(canvasVersionsQueryOptions());
export const useCanvasVersion = (id: string) => useQuery(canvasVersionQueryOptions(id));
export const useCanvasVersionPreview = (id: string) =>
  useQuery({
    queryKey: [...ROOT_KEY, 'preview', id],
    queryFn: ({ signal }) => execute(CanvasVersionPreviewDocument, { id }, { signal }).then((data) => data.canvasFramework),
  });

export const fetchFrameworkDocument = (id: string, format: FrameworkDocumentFormat) =>
  execute(FrameworkDocumentDocument, { id, format }).then((data) => data.frameworkDocument);

/** Every change to a version also changes the list, the printed canvas and anything else that reads versions. */
function useInvalidateVersions() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ROOT_KEY }), queryClient.invalidateQueries({ queryKey: ['canvas-frameworks'] })]);
}

export function useCreateFrameworkDraft() {
  const invalidate = useInvalidateVersions();
  return useMutation({
    mutationFn: () => execute(CreateFrameworkDraftDocument).then((data) => data.createFrameworkDraft),
    onSuccess: invalidate,
  });
}

export function useImportFrameworkDraft() {
  const invalidate = useInvalidateVersions();
  return useMutation({
    mutationFn: (input: { document: string; format: FrameworkDocumentFormat }) =>
      execute(ImportFrameworkDraftDocument, input).then((data) => data.importFrameworkDraft),
    onSuccess: invalidate,
  });
}

export function usePublishFramework() {
  const invalidate = useInvalidateVersions();
  return useMutation({
    mutationFn: (id: string) => execute(PublishFrameworkDocument, { id }).then((data) => data.publishFramework),
    onSuccess: invalidate,
  });
}
