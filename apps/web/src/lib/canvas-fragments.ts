import { graphql } from '../gql';

/*
 * The parts of an assessment that more than one page asks for, asked the same way everywhere: the canvas's domains
 * (criteria, what each level looks like, quick checks) and an ICS's answer to a criterion. A document uses them by
 * name (`...CanvasDomainFields`); codegen adds the fragment to it, so nothing needs importing at run time.
 */

/** One domain of the canvas, as the assessment, the review and the printable canvas show it. */
export const CanvasDomainFieldsFragmentDocument = graphql(`
  fragment CanvasDomainFields on CanvasDomain {
    key
    number
    title
    summary
    sources {
      seed
      section
      note
    }
    criteria {
      key
      statement
      guidance
      evidencePrompts
      sources {
        seed
        section
        note
      }
      levels {
        level
        descriptor
      }
    }
    quickCheck {
      key
      statement
    }
  }
`);

/** An ICS's answer to one criterion, with the coach's moderated level beside it once given. */
export const CriterionResponseFieldsFragmentDocument = graphql(`
  fragment CriterionResponseFields on CriterionResponse {
    criterionKey
    selfLevel
    notAssessed
    targetLevel
    targetDate
    evidence
    links
    confidence
    moderatedLevel
    moderatorComment
  }
`);
