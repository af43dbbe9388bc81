/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    criterionKey\n    authorName\n    authorSide\n    body\n    createdAt\n  }\n": typeof types.ReviewCommentFieldsFragmentDoc,
    "\n  mutation EndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId)\n  }\n": typeof types.EndMySessionDocument,
    "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n": typeof types.EndMyOtherSessionsDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      name\n      email\n      hasPassword\n      sessions {\n        id\n        device\n        signedInAt\n        lastUsedAt\n        current\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordResetLinkWorks($token: String!) {\n    passwordResetLinkWorks(token: $token)\n  }\n": typeof types.PasswordResetLinkWorksDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ActionPlan($systemId: ID!) {\n    actionPlan(systemId: $systemId) {\n      id\n      domainKey\n      action\n      owner\n      dueOn\n      status\n      createdAt\n    }\n    systems {\n      id\n      name\n    }\n    actionPlanFramework(systemId: $systemId) {\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": typeof types.ActionPlanDocument,
    "\n  mutation AddAction($systemId: ID!, $input: ActionPlanItemInput!) {\n    addAction(systemId: $systemId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionDocument,
    "\n  mutation UpdateAction($id: ID!, $input: ActionPlanItemInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation RemoveAction($id: ID!) {\n    removeAction(id: $id)\n  }\n": typeof types.RemoveActionDocument,
    "\n  mutation CopyPreviousAnswers($assessmentId: ID!, $expectedVersion: Int!) {\n    copyPreviousAnswers(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {\n      ...AssessmentState\n    }\n  }\n": typeof types.CopyPreviousAnswersDocument,
    "\n  fragment AssessmentState on Assessment {\n    id\n    status\n    version\n    updatedAt\n    canEdit\n    canComment\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    submittedAt\n    availableTransitions\n    previousCycleToCopy\n    responses {\n      ...CriterionResponseFields\n    }\n    quickCheckAnswers {\n      questionKey\n      answer\n    }\n    progress {\n      domainKey\n      answered\n      total\n      status\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": typeof types.AssessmentStateFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentState\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        title\n        version\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation ReplyToReview($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...AssessmentState\n    }\n  }\n": typeof types.ReplyToReviewDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      canEdit\n      recordedOnBehalfBy\n      recordedOnBehalfSince\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      progress {\n        domainKey\n        status\n      }\n    }\n  }\n": typeof types.MyAssessmentsDocument,
    "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      assessmentId\n      status\n      version\n      updatedAt\n      responses {\n        ...CriterionResponseFields\n      }\n      quickCheckAnswers {\n        questionKey\n        answer\n      }\n      progress {\n        domainKey\n        answered\n        total\n        status\n      }\n    }\n  }\n": typeof types.SaveAnswersDocument,
    "\n  mutation TransitionAssessment($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...AssessmentState\n    }\n  }\n": typeof types.TransitionAssessmentDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        occurredAt\n        actorName\n        description\n        subjectKind\n        subjectName\n        systemName\n      }\n      endCursor\n      hasNextPage\n      kinds {\n        action\n        description\n      }\n      people {\n        id\n        name\n      }\n    }\n    systems {\n      id\n      name\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditTrailCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter) {\n      csv\n      rows\n      truncated\n    }\n  }\n": typeof types.AuditTrailCsvDocument,
    "\n  fragment SignedInAccountFields on UserAccount {\n    id\n    name\n    email\n    roleGrants {\n      id\n      role\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n    secondStep {\n      mustEnrolBeforeContinuing\n    }\n  }\n": typeof types.SignedInAccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInAccountFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n": typeof types.SignInMethodsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      singleSignOn\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query MySecondStep {\n    me {\n      id\n      email\n      secondStep {\n        enrolled\n        required\n        available\n        recoveryCodesLeft\n        mustEnrolBeforeContinuing\n      }\n    }\n  }\n": typeof types.MySecondStepDocument,
    "\n  mutation StartSecondStepEnrolment {\n    startSecondStepEnrolment {\n      manualKey\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartSecondStepEnrolmentDocument,
    "\n  mutation ConfirmSecondStepEnrolment($code: String!) {\n    confirmSecondStepEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmSecondStepEnrolmentDocument,
    "\n  mutation TurnOffSecondStep($input: TurnOffSecondStepInput!) {\n    turnOffSecondStep(input: $input) {\n      id\n    }\n  }\n": typeof types.TurnOffSecondStepDocument,
    "\n  mutation CompleteSignInWithSecondStep($code: String!) {\n    completeSignInWithSecondStep(code: $code) {\n      usedRecoveryCode\n      recoveryCodesLeft\n      account {\n        ...SignedInAccountFields\n      }\n    }\n  }\n": typeof types.CompleteSignInWithSecondStepDocument,
    "\n  query PrintableCanvas {\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.PrintableCanvasDocument,
    "\n  query CanvasVersions {\n    canvasFrameworks {\n      id\n      version\n      title\n      lifecycle\n      publishedAt\n    }\n  }\n": typeof types.CanvasVersionsDocument,
    "\n  query CanvasVersion($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      version\n      title\n      status\n      lifecycle\n      publishedAt\n      domains {\n        key\n        number\n        title\n        criteria {\n          key\n          statement\n        }\n      }\n      problems {\n        code\n        field\n        line\n        message\n      }\n      crosswalk {\n        title\n        publisher\n        year\n        domains {\n          key\n          title\n          criteria {\n            key\n            statement\n          }\n        }\n      }\n      changesSincePrevious {\n        fromVersion\n        toVersion\n        unchanged\n        domainsAdded {\n          key\n          description\n        }\n        domainsRenamed {\n          key\n          description\n        }\n        domainsRetired {\n          key\n          description\n        }\n        criteriaAdded {\n          key\n          description\n        }\n        criteriaRenamed {\n          key\n          description\n        }\n        criteriaRetired {\n          criterionKey\n          kind\n          description\n          replacedBy {\n            criterionKey\n            statement\n            note\n          }\n        }\n        criteriaReworded {\n          key\n          description\n        }\n        levelsChanged {\n          criterionKey\n          description\n          levels {\n            level\n            before\n            after\n          }\n        }\n        scaleChanged {\n          key\n          description\n        }\n      }\n    }\n  }\n": typeof types.CanvasVersionDocument,
    "\n  query CanvasVersionPreview($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.CanvasVersionPreviewDocument,
    "\n  query FrameworkDocument($id: ID!, $format: FrameworkDocumentFormat!) {\n    frameworkDocument(id: $id, format: $format)\n  }\n": typeof types.FrameworkDocumentDocument,
    "\n  mutation CreateFrameworkDraft {\n    createFrameworkDraft {\n      id\n      version\n    }\n  }\n": typeof types.CreateFrameworkDraftDocument,
    "\n  mutation ImportFrameworkDraft($document: String!, $format: FrameworkDocumentFormat!) {\n    importFrameworkDraft(document: $document, format: $format) {\n      id\n      version\n    }\n  }\n": typeof types.ImportFrameworkDraftDocument,
    "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id, confirm: true) {\n      id\n      version\n    }\n  }\n": typeof types.PublishFrameworkDocument,
    "\n  query CohortOverview($cohortId: ID!, $cycleId: ID) {\n    cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {\n      cohortId\n      cohortName\n      cycle {\n        id\n        name\n        illustrative\n      }\n      cycles {\n        id\n        name\n      }\n      previousCycle {\n        id\n        name\n      }\n      domains {\n        key\n        number\n        title\n      }\n      members {\n        systemId\n        systemName\n        assessmentId\n        status\n        version\n        submittedAt\n        recordedOnBehalfBy\n        recordedOnBehalfSince\n        canRecordOnBehalf\n        canRead\n        overallScore\n        basis\n        category\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        calibration {\n          meanGapPoints\n          count\n        }\n        previousOverallScore\n      }\n    }\n  }\n": typeof types.CohortOverviewDocument,
    "\n  fragment LearningProgrammeDetails on LearningProgramme {\n    cohortId\n    cohortName\n    cycle {\n      id\n      name\n      frameworkId\n      illustrative\n    }\n    systems {\n      id\n      name\n    }\n    proposal {\n      groupSessions {\n        domainKey\n        meanScore\n        scoredMembers\n        systemIds\n        coachingTopics\n        recommendationIds\n      }\n      individualCoaching {\n        systemId\n        gaps {\n          domainKey\n          score\n          coachingTopics\n          recommendationIds\n          peers {\n            systemId\n            category\n            score\n          }\n        }\n      }\n      unscoredSystemIds\n    }\n    plan {\n      groupSessions {\n        domainKey\n        title\n        systemIds\n        notes\n      }\n      individualCoaching {\n        systemId\n        topics\n        recommendationIds\n        peerSystemIds\n        notes\n      }\n    }\n    version\n    updatedAt\n    updatedByName\n  }\n": typeof types.LearningProgrammeDetailsFragmentDoc,
    "\n  query LearningProgramme($cohortId: ID!, $cycleId: ID!) {\n    learningProgramme(cohortId: $cohortId, cycleId: $cycleId) {\n      ...LearningProgrammeDetails\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": typeof types.LearningProgrammeDocument,
    "\n  query CohortCycles($cohortId: ID!) {\n    cohortOverview(cohortId: $cohortId) {\n      cohortName\n      cycle {\n        id\n      }\n      cycles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortCyclesDocument,
    "\n  mutation RecordAssessmentOnBehalf($input: RecordOnBehalfInput!) {\n    recordAssessmentOnBehalf(input: $input) {\n      id\n      version\n      recordedOnBehalfBy\n    }\n  }\n": typeof types.RecordAssessmentOnBehalfDocument,
    "\n  mutation SaveLearningProgramme($input: SaveLearningProgrammeInput!) {\n    saveLearningProgramme(input: $input) {\n      ...LearningProgrammeDetails\n    }\n  }\n": typeof types.SaveLearningProgrammeDocument,
    "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": typeof types.AddSystemToCohortDocument,
    "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": typeof types.RemoveSystemFromCohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortSystemChoicesDocument,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n    projects {\n      id\n      systemId\n      systemName\n      name\n      pathway\n      description\n    }\n  }\n": typeof types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": typeof types.CohortDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query AdminCycles {\n    assessmentCycles {\n      id\n      name\n      frameworkId\n      opensOn\n      closesOn\n      illustrative\n      phase\n      phaseLabel\n      closedOn\n      closedEarly\n      cohort {\n        id\n        name\n      }\n    }\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.AdminCyclesDocument,
    "\n  query OpenCycleChoices {\n    canvasFrameworks {\n      id\n      title\n      version\n      usableForNewCycle\n    }\n    cohorts {\n      id\n      name\n      systems {\n        id\n      }\n    }\n  }\n": typeof types.OpenCycleChoicesDocument,
    "\n  query CycleProgress($cycleId: ID!) {\n    cycleProgress(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        frameworkId\n        opensOn\n        closesOn\n        illustrative\n        phase\n        phaseLabel\n        closedOn\n        closedEarly\n        cohort {\n          id\n          name\n        }\n        framework {\n          id\n          title\n          version\n          lifecycle\n        }\n      }\n      counts {\n        status\n        label\n        count\n      }\n      rows {\n        systemId\n        systemName\n        regionName\n        status\n        label\n        answeredCount\n        criteriaCount\n        updatedOn\n      }\n      csvHeaders\n    }\n  }\n": typeof types.CycleProgressDocument,
    "\n  mutation OpenAssessmentCycle($input: OpenAssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OpenAssessmentCycleDocument,
    "\n  mutation ChangeCycleClosingDate($cycleId: ID!, $closesOn: String!) {\n    changeCycleClosingDate(cycleId: $cycleId, closesOn: $closesOn) {\n      id\n      closesOn\n    }\n  }\n": typeof types.ChangeCycleClosingDateDocument,
    "\n  mutation CloseAssessmentCycle($cycleId: ID!) {\n    closeAssessmentCycle(cycleId: $cycleId) {\n      id\n      closedOn\n      closedEarly\n    }\n  }\n": typeof types.CloseAssessmentCycleDocument,
    "\n  query Home {\n    home {\n      leads {\n        systemId\n        systemName\n        openActionCount\n        assessment {\n          id\n          status\n          cycleName\n          illustrative\n          closesOn\n          daysLeft\n          canEdit\n          criteriaAnswered\n          criteriaTotal\n          domainsLeft {\n            domainKey\n            number\n            title\n            answered\n            total\n          }\n          returnReason\n          returnedItems {\n            criterionKey\n            criterionStatement\n            domainKey\n            domainNumber\n            domainTitle\n            comment\n            authorName\n          }\n          recordedOnBehalfBy\n        }\n        overdueActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n        nextActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n      }\n      coach {\n        reviewsWaiting {\n          assessmentId\n          systemName\n          cycleName\n          status\n          daysWaiting\n        }\n        cohorts {\n          cohortId\n          cohortName\n          memberCount\n          cycleId\n          cycleName\n          closesOn\n          statusCounts {\n            status\n            count\n          }\n        }\n      }\n      national {\n        latestPublished {\n          cycleId\n          cycleName\n          illustrative\n          methodDescription\n          assessed\n          categoryCounts {\n            category\n            label\n            count\n          }\n        }\n        provisional {\n          ...HomeCycleProgress\n        }\n      }\n      admin {\n        cohortsWithoutCoach {\n          id\n          name\n        }\n        systemsWithoutLead {\n          id\n          name\n        }\n        openCycles {\n          ...HomeCycleProgress\n        }\n        closedUnpublished {\n          ...HomeCycleProgress\n        }\n        reviewsWaiting\n      }\n    }\n  }\n\n  fragment HomeCycleProgress on HomeCycleProgress {\n    cycleId\n    cycleName\n    illustrative\n    opensOn\n    closesOn\n    daysLeft\n    closedOn\n    open\n    closingSoon\n    cohortName\n    participating\n    statusCounts {\n      status\n      count\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query CrosswalkLandscape($cycleId: ID!) {\n    crosswalkLandscape(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      published\n      illustrative\n      citation\n      frameworkVersion\n      mappedFromVersion\n      mappingNote\n      figures {\n        key\n        title\n        count\n        lowerQuartile\n        median\n        upperQuartile\n      }\n      systems {\n        systemId\n        name\n        regionName\n        basis\n        scores {\n          key\n          score\n          incomplete\n        }\n      }\n    }\n  }\n": typeof types.CrosswalkLandscapeDocument,
    "\n  query LandscapeChoices {\n    newestLandscape {\n      cycleId\n    }\n    assessmentCycles {\n      id\n      name\n      illustrative\n      publishedAt\n      frameworkId\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": typeof types.LandscapeChoicesDocument,
    "\n  query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      assessed\n      published\n      illustrative\n      method\n      methodDescription\n      cycle {\n        id\n        name\n        frameworkId\n      }\n      categoryCounts {\n        category\n        count\n        label\n      }\n      regionCounts {\n        regionName\n        withheld\n        namedOnly\n        counts {\n          category\n          count\n        }\n      }\n      chasm {\n        gap\n        lowestEarlyAdopterScore\n        highestEarlyMajorityScore\n        nearest {\n          systemId\n          name\n          score\n          distance\n        }\n      }\n      entries {\n        systemId\n        name\n        onsCode\n        regionName\n        own\n        overallScore\n        basis\n        category\n        rank\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        revision {\n          number\n          note\n        }\n      }\n    }\n  }\n": typeof types.LandscapeDocument,
    "\n  query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    movement(fromCycleId: $fromCycleId, toCycleId: $toCycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      methodDescription\n      movedUp\n      movedDown\n      stayed\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      cells {\n        from\n        to\n        count\n      }\n      moves {\n        systemId\n        name\n        regionName\n        cohortNames\n        fromScore\n        toScore\n        from\n        to\n        direction\n      }\n      acrossVersions {\n        fromVersion\n        toVersion\n        summary\n      }\n    }\n  }\n": typeof types.MovementDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        message\n        assessmentId\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query SystemCrosswalk($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n      }\n      cycles {\n        published\n        cycle {\n          id\n          name\n          illustrative\n        }\n        crosswalk {\n          citation\n          frameworkVersion\n          mappedFromVersion\n          mappingNote\n          domains {\n            key\n            title\n            score\n            incomplete\n            criteria\n            scored\n            basis\n          }\n        }\n      }\n    }\n  }\n": typeof types.SystemCrosswalkDocument,
    "\n  query SystemProfile($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n      calibrationCycleName\n      evidenceCycleName\n      evidence {\n        domainKey\n        criteria\n        withEvidence\n        withLinks\n        notAssessed\n      }\n      calibration {\n        domainKey\n        meanGap\n        count\n      }\n      peerMatches {\n        domainKey\n        score\n        matches {\n          systemId\n          name\n          category\n          score\n        }\n      }\n      cycles {\n        basis\n        category\n        published\n        overallScore\n        cycle {\n          id\n          name\n          illustrative\n          frameworkId\n        }\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        progress {\n          domainKey\n          delta\n        }\n        comparedAcrossVersions {\n          fromVersion\n          toVersion\n          summary\n        }\n        peers {\n          group\n          groupKey\n          groupName\n          figures {\n            domainKey\n            score\n            withheld\n            count\n            lowerQuartile\n            median\n            upperQuartile\n            percentileRank\n          }\n        }\n      }\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": typeof types.SystemProfileDocument,
    "\n  fragment ReviewState on Assessment {\n    id\n    status\n    version\n    canModerate\n    canComment\n    availableTransitions\n    submittedAt\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    responses {\n      ...CriterionResponseFields\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": typeof types.ReviewStateFragmentDoc,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      ...ReviewState\n      cycle {\n        id\n        name\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewAssessmentDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      assessmentId\n      systemName\n      cycleName\n      status\n      submittedAt\n      daysWaiting\n      recordedOnBehalfByName\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewTransition($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...ReviewState\n    }\n  }\n": typeof types.ReviewTransitionDocument,
    "\n  mutation ModerateResponse($input: ModerateResponseInput!) {\n    moderateResponse(input: $input) {\n      ...ReviewState\n    }\n  }\n": typeof types.ModerateResponseDocument,
    "\n  mutation AddReviewComment($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewState\n    }\n  }\n": typeof types.AddReviewCommentDocument,
    "\n  query PeerSharing($systemId: ID!) {\n    peerSharing(systemId: $systemId) {\n      systemId\n      systemName\n      shareNameWithPeers\n      updatedAt\n      canChange\n    }\n  }\n": typeof types.PeerSharingDocument,
    "\n  mutation SetPeerSharing($systemId: ID!, $shareNameWithPeers: Boolean!) {\n    setPeerSharing(systemId: $systemId, shareNameWithPeers: $shareNameWithPeers)\n  }\n": typeof types.SetPeerSharingDocument,
    "\n  query MyProvisionalFigures($cycleId: ID) {\n    myProvisionalFigures(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        illustrative\n      }\n      published\n      systemId\n      systemName\n      hasFigures\n      overallScore\n      category\n      basis\n      domainScores {\n        domainKey\n        name\n        score\n        incomplete\n      }\n      explanation\n      signOff {\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n": typeof types.MyProvisionalFiguresDocument,
    "\n  mutation AnswerSignOff($cycleId: ID!, $systemId: ID!, $answer: SignOffAnswer!, $comment: String) {\n    answerSignOff(cycleId: $cycleId, systemId: $systemId, answer: $answer, comment: $comment) {\n      systemId\n      state\n      label\n      comment\n      answeredOn\n    }\n  }\n": typeof types.AnswerSignOffDocument,
    "\n  query SignOffSummary($cycleId: ID!) {\n    signOffSummary(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        publishedAt\n        illustrative\n      }\n      phase\n      total\n      confirmed\n      queried\n      notAnswered\n      rows {\n        systemId\n        name\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n": typeof types.SignOffSummaryDocument,
    "\n  query OpenSignOffQueries {\n    openSignOffQueries {\n      cycleId\n      cycleName\n      systemId\n      systemName\n      comment\n      answeredOn\n    }\n  }\n": typeof types.OpenSignOffQueriesDocument,
    "\n  query PublishPreview($cycleId: ID!) {\n    publishPreview(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      canPublish\n      reason\n      statements\n      outstandingSystemIds\n    }\n  }\n": typeof types.PublishPreviewDocument,
    "\n  mutation PublishCycle($cycleId: ID!, $confirmed: Boolean!, $outstandingSystemIds: [ID!]!) {\n    publishCycle(cycleId: $cycleId, confirmed: $confirmed, outstandingSystemIds: $outstandingSystemIds) {\n      id\n      publishedAt\n    }\n  }\n": typeof types.PublishCycleDocument,
    "\n  mutation ReviseFigures($cycleId: ID!, $systemId: ID!, $reason: String!, $levels: [LevelCorrectionInput!]!) {\n    reviseFigures(cycleId: $cycleId, systemId: $systemId, reason: $reason, levels: $levels) {\n      number\n      reason\n      revisedOn\n      note\n      changes {\n        criterionKey\n        before\n        after\n      }\n    }\n  }\n": typeof types.ReviseFiguresDocument,
    "\n  query CorrectableFigures($cycleId: ID!, $systemId: ID!) {\n    correctableFigures(cycleId: $cycleId, systemId: $systemId) {\n      cycle {\n        id\n        name\n        publishedAt\n      }\n      systemId\n      systemName\n      published\n      hasFigures\n      basis\n      revisions\n      criteria {\n        criterionKey\n        title\n        domainTitle\n        statement\n        level\n      }\n    }\n  }\n": typeof types.CorrectableFiguresDocument,
    "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n": typeof types.SystemsDocument,
    "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n": typeof types.GrantRoleChoicesDocument,
    "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    deactivatedAt\n    secondStep {\n      enrolled\n      required\n    }\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserDetailsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n": typeof types.UserDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      deactivatedAt\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      name\n      email\n      singleSignOn\n      expiresAt\n      expired\n      sentAt\n      roles {\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResetSecondStep($userId: ID!) {\n    resetSecondStep(userId: $userId) {\n      ...UserDetails\n    }\n  }\n": typeof types.ResetSecondStepDocument,
    "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  fragment CanvasDomainFields on CanvasDomain {\n    key\n    number\n    title\n    summary\n    sources {\n      seed\n      section\n      note\n    }\n    criteria {\n      key\n      statement\n      guidance\n      evidencePrompts\n      sources {\n        seed\n        section\n        note\n      }\n      levels {\n        level\n        descriptor\n      }\n    }\n    quickCheck {\n      key\n      statement\n    }\n  }\n": typeof types.CanvasDomainFieldsFragmentDoc,
    "\n  fragment CriterionResponseFields on CriterionResponse {\n    criterionKey\n    selfLevel\n    notAssessed\n    targetLevel\n    targetDate\n    evidence\n    links\n    confidence\n    moderatedLevel\n    moderatorComment\n  }\n": typeof types.CriterionResponseFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    criterionKey\n    authorName\n    authorSide\n    body\n    createdAt\n  }\n": types.ReviewCommentFieldsFragmentDoc,
    "\n  mutation EndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId)\n  }\n": types.EndMySessionDocument,
    "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n": types.EndMyOtherSessionsDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      name\n      email\n      hasPassword\n      sessions {\n        id\n        device\n        signedInAt\n        lastUsedAt\n        current\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordResetLinkWorks($token: String!) {\n    passwordResetLinkWorks(token: $token)\n  }\n": types.PasswordResetLinkWorksDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query ActionPlan($systemId: ID!) {\n    actionPlan(systemId: $systemId) {\n      id\n      domainKey\n      action\n      owner\n      dueOn\n      status\n      createdAt\n    }\n    systems {\n      id\n      name\n    }\n    actionPlanFramework(systemId: $systemId) {\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": types.ActionPlanDocument,
    "\n  mutation AddAction($systemId: ID!, $input: ActionPlanItemInput!) {\n    addAction(systemId: $systemId, input: $input) {\n      id\n    }\n  }\n": types.AddActionDocument,
    "\n  mutation UpdateAction($id: ID!, $input: ActionPlanItemInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation RemoveAction($id: ID!) {\n    removeAction(id: $id)\n  }\n": types.RemoveActionDocument,
    "\n  mutation CopyPreviousAnswers($assessmentId: ID!, $expectedVersion: Int!) {\n    copyPreviousAnswers(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {\n      ...AssessmentState\n    }\n  }\n": types.CopyPreviousAnswersDocument,
    "\n  fragment AssessmentState on Assessment {\n    id\n    status\n    version\n    updatedAt\n    canEdit\n    canComment\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    submittedAt\n    availableTransitions\n    previousCycleToCopy\n    responses {\n      ...CriterionResponseFields\n    }\n    quickCheckAnswers {\n      questionKey\n      answer\n    }\n    progress {\n      domainKey\n      answered\n      total\n      status\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": types.AssessmentStateFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentState\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        title\n        version\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation ReplyToReview($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...AssessmentState\n    }\n  }\n": types.ReplyToReviewDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      canEdit\n      recordedOnBehalfBy\n      recordedOnBehalfSince\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      progress {\n        domainKey\n        status\n      }\n    }\n  }\n": types.MyAssessmentsDocument,
    "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      assessmentId\n      status\n      version\n      updatedAt\n      responses {\n        ...CriterionResponseFields\n      }\n      quickCheckAnswers {\n        questionKey\n        answer\n      }\n      progress {\n        domainKey\n        answered\n        total\n        status\n      }\n    }\n  }\n": types.SaveAnswersDocument,
    "\n  mutation TransitionAssessment($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...AssessmentState\n    }\n  }\n": types.TransitionAssessmentDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        occurredAt\n        actorName\n        description\n        subjectKind\n        subjectName\n        systemName\n      }\n      endCursor\n      hasNextPage\n      kinds {\n        action\n        description\n      }\n      people {\n        id\n        name\n      }\n    }\n    systems {\n      id\n      name\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditTrailCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter) {\n      csv\n      rows\n      truncated\n    }\n  }\n": types.AuditTrailCsvDocument,
    "\n  fragment SignedInAccountFields on UserAccount {\n    id\n    name\n    email\n    roleGrants {\n      id\n      role\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n    secondStep {\n      mustEnrolBeforeContinuing\n    }\n  }\n": types.SignedInAccountFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SignedInAccountFields\n    }\n  }\n": types.MeDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n": types.SignInMethodsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      singleSignOn\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query MySecondStep {\n    me {\n      id\n      email\n      secondStep {\n        enrolled\n        required\n        available\n        recoveryCodesLeft\n        mustEnrolBeforeContinuing\n      }\n    }\n  }\n": types.MySecondStepDocument,
    "\n  mutation StartSecondStepEnrolment {\n    startSecondStepEnrolment {\n      manualKey\n      qrCodeDataUrl\n    }\n  }\n": types.StartSecondStepEnrolmentDocument,
    "\n  mutation ConfirmSecondStepEnrolment($code: String!) {\n    confirmSecondStepEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmSecondStepEnrolmentDocument,
    "\n  mutation TurnOffSecondStep($input: TurnOffSecondStepInput!) {\n    turnOffSecondStep(input: $input) {\n      id\n    }\n  }\n": types.TurnOffSecondStepDocument,
    "\n  mutation CompleteSignInWithSecondStep($code: String!) {\n    completeSignInWithSecondStep(code: $code) {\n      usedRecoveryCode\n      recoveryCodesLeft\n      account {\n        ...SignedInAccountFields\n      }\n    }\n  }\n": types.CompleteSignInWithSecondStepDocument,
    "\n  query PrintableCanvas {\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n": types.PrintableCanvasDocument,
    "\n  query CanvasVersions {\n    canvasFrameworks {\n      id\n      version\n      title\n      lifecycle\n      publishedAt\n    }\n  }\n": types.CanvasVersionsDocument,
    "\n  query CanvasVersion($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      version\n      title\n      status\n      lifecycle\n      publishedAt\n      domains {\n        key\n        number\n        title\n        criteria {\n          key\n          statement\n        }\n      }\n      problems {\n        code\n        field\n        line\n        message\n      }\n      crosswalk {\n        title\n        publisher\n        year\n        domains {\n          key\n          title\n          criteria {\n            key\n            statement\n          }\n        }\n      }\n      changesSincePrevious {\n        fromVersion\n        toVersion\n        unchanged\n        domainsAdded {\n          key\n          description\n        }\n        domainsRenamed {\n          key\n          description\n        }\n        domainsRetired {\n          key\n          description\n        }\n        criteriaAdded {\n          key\n          description\n        }\n        criteriaRenamed {\n          key\n          description\n        }\n        criteriaRetired {\n          criterionKey\n          kind\n          description\n          replacedBy {\n            criterionKey\n            statement\n            note\n          }\n        }\n        criteriaReworded {\n          key\n          description\n        }\n        levelsChanged {\n          criterionKey\n          description\n          levels {\n            level\n            before\n            after\n          }\n        }\n        scaleChanged {\n          key\n          description\n        }\n      }\n    }\n  }\n": types.CanvasVersionDocument,
    "\n  query CanvasVersionPreview($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n": types.CanvasVersionPreviewDocument,
    "\n  query FrameworkDocument($id: ID!, $format: FrameworkDocumentFormat!) {\n    frameworkDocument(id: $id, format: $format)\n  }\n": types.FrameworkDocumentDocument,
    "\n  mutation CreateFrameworkDraft {\n    createFrameworkDraft {\n      id\n      version\n    }\n  }\n": types.CreateFrameworkDraftDocument,
    "\n  mutation ImportFrameworkDraft($document: String!, $format: FrameworkDocumentFormat!) {\n    importFrameworkDraft(document: $document, format: $format) {\n      id\n      version\n    }\n  }\n": types.ImportFrameworkDraftDocument,
    "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id, confirm: true) {\n      id\n      version\n    }\n  }\n": types.PublishFrameworkDocument,
    "\n  query CohortOverview($cohortId: ID!, $cycleId: ID) {\n    cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {\n      cohortId\n      cohortName\n      cycle {\n        id\n        name\n        illustrative\n      }\n      cycles {\n        id\n        name\n      }\n      previousCycle {\n        id\n        name\n      }\n      domains {\n        key\n        number\n        title\n      }\n      members {\n        systemId\n        systemName\n        assessmentId\n        status\n        version\n        submittedAt\n        recordedOnBehalfBy\n        recordedOnBehalfSince\n        canRecordOnBehalf\n        canRead\n        overallScore\n        basis\n        category\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        calibration {\n          meanGapPoints\n          count\n        }\n        previousOverallScore\n      }\n    }\n  }\n": types.CohortOverviewDocument,
    "\n  fragment LearningProgrammeDetails on LearningProgramme {\n    cohortId\n    cohortName\n    cycle {\n      id\n      name\n      frameworkId\n      illustrative\n    }\n    systems {\n      id\n      name\n    }\n    proposal {\n      groupSessions {\n        domainKey\n        meanScore\n        scoredMembers\n        systemIds\n        coachingTopics\n        recommendationIds\n      }\n      individualCoaching {\n        systemId\n        gaps {\n          domainKey\n          score\n          coachingTopics\n          recommendationIds\n          peers {\n            systemId\n            category\n            score\n          }\n        }\n      }\n      unscoredSystemIds\n    }\n    plan {\n      groupSessions {\n        domainKey\n        title\n        systemIds\n        notes\n      }\n      individualCoaching {\n        systemId\n        topics\n        recommendationIds\n        peerSystemIds\n        notes\n      }\n    }\n    version\n    updatedAt\n    updatedByName\n  }\n": types.LearningProgrammeDetailsFragmentDoc,
    "\n  query LearningProgramme($cohortId: ID!, $cycleId: ID!) {\n    learningProgramme(cohortId: $cohortId, cycleId: $cycleId) {\n      ...LearningProgrammeDetails\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": types.LearningProgrammeDocument,
    "\n  query CohortCycles($cohortId: ID!) {\n    cohortOverview(cohortId: $cohortId) {\n      cohortName\n      cycle {\n        id\n      }\n      cycles {\n        id\n        name\n      }\n    }\n  }\n": types.CohortCyclesDocument,
    "\n  mutation RecordAssessmentOnBehalf($input: RecordOnBehalfInput!) {\n    recordAssessmentOnBehalf(input: $input) {\n      id\n      version\n      recordedOnBehalfBy\n    }\n  }\n": types.RecordAssessmentOnBehalfDocument,
    "\n  mutation SaveLearningProgramme($input: SaveLearningProgrammeInput!) {\n    saveLearningProgramme(input: $input) {\n      ...LearningProgrammeDetails\n    }\n  }\n": types.SaveLearningProgrammeDocument,
    "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": types.AddSystemToCohortDocument,
    "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": types.RemoveSystemFromCohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.CohortSystemChoicesDocument,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n    projects {\n      id\n      systemId\n      systemName\n      name\n      pathway\n      description\n    }\n  }\n": types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": types.CohortDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query AdminCycles {\n    assessmentCycles {\n      id\n      name\n      frameworkId\n      opensOn\n      closesOn\n      illustrative\n      phase\n      phaseLabel\n      closedOn\n      closedEarly\n      cohort {\n        id\n        name\n      }\n    }\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.AdminCyclesDocument,
    "\n  query OpenCycleChoices {\n    canvasFrameworks {\n      id\n      title\n      version\n      usableForNewCycle\n    }\n    cohorts {\n      id\n      name\n      systems {\n        id\n      }\n    }\n  }\n": types.OpenCycleChoicesDocument,
    "\n  query CycleProgress($cycleId: ID!) {\n    cycleProgress(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        frameworkId\n        opensOn\n        closesOn\n        illustrative\n        phase\n        phaseLabel\n        closedOn\n        closedEarly\n        cohort {\n          id\n          name\n        }\n        framework {\n          id\n          title\n          version\n          lifecycle\n        }\n      }\n      counts {\n        status\n        label\n        count\n      }\n      rows {\n        systemId\n        systemName\n        regionName\n        status\n        label\n        answeredCount\n        criteriaCount\n        updatedOn\n      }\n      csvHeaders\n    }\n  }\n": types.CycleProgressDocument,
    "\n  mutation OpenAssessmentCycle($input: OpenAssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n      name\n    }\n  }\n": types.OpenAssessmentCycleDocument,
    "\n  mutation ChangeCycleClosingDate($cycleId: ID!, $closesOn: String!) {\n    changeCycleClosingDate(cycleId: $cycleId, closesOn: $closesOn) {\n      id\n      closesOn\n    }\n  }\n": types.ChangeCycleClosingDateDocument,
    "\n  mutation CloseAssessmentCycle($cycleId: ID!) {\n    closeAssessmentCycle(cycleId: $cycleId) {\n      id\n      closedOn\n      closedEarly\n    }\n  }\n": types.CloseAssessmentCycleDocument,
    "\n  query Home {\n    home {\n      leads {\n        systemId\n        systemName\n        openActionCount\n        assessment {\n          id\n          status\n          cycleName\n          illustrative\n          closesOn\n          daysLeft\n          canEdit\n          criteriaAnswered\n          criteriaTotal\n          domainsLeft {\n            domainKey\n            number\n            title\n            answered\n            total\n          }\n          returnReason\n          returnedItems {\n            criterionKey\n            criterionStatement\n            domainKey\n            domainNumber\n            domainTitle\n            comment\n            authorName\n          }\n          recordedOnBehalfBy\n        }\n        overdueActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n        nextActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n      }\n      coach {\n        reviewsWaiting {\n          assessmentId\n          systemName\n          cycleName\n          status\n          daysWaiting\n        }\n        cohorts {\n          cohortId\n          cohortName\n          memberCount\n          cycleId\n          cycleName\n          closesOn\n          statusCounts {\n            status\n            count\n          }\n        }\n      }\n      national {\n        latestPublished {\n          cycleId\n          cycleName\n          illustrative\n          methodDescription\n          assessed\n          categoryCounts {\n            category\n            label\n            count\n          }\n        }\n        provisional {\n          ...HomeCycleProgress\n        }\n      }\n      admin {\n        cohortsWithoutCoach {\n          id\n          name\n        }\n        systemsWithoutLead {\n          id\n          name\n        }\n        openCycles {\n          ...HomeCycleProgress\n        }\n        closedUnpublished {\n          ...HomeCycleProgress\n        }\n        reviewsWaiting\n      }\n    }\n  }\n\n  fragment HomeCycleProgress on HomeCycleProgress {\n    cycleId\n    cycleName\n    illustrative\n    opensOn\n    closesOn\n    daysLeft\n    closedOn\n    open\n    closingSoon\n    cohortName\n    participating\n    statusCounts {\n      status\n      count\n    }\n  }\n": types.HomeDocument,
    "\n  query CrosswalkLandscape($cycleId: ID!) {\n    crosswalkLandscape(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      published\n      illustrative\n      citation\n      frameworkVersion\n      mappedFromVersion\n      mappingNote\n      figures {\n        key\n        title\n        count\n        lowerQuartile\n        median\n        upperQuartile\n      }\n      systems {\n        systemId\n        name\n        regionName\n        basis\n        scores {\n          key\n          score\n          incomplete\n        }\n      }\n    }\n  }\n": types.CrosswalkLandscapeDocument,
    "\n  query LandscapeChoices {\n    newestLandscape {\n      cycleId\n    }\n    assessmentCycles {\n      id\n      name\n      illustrative\n      publishedAt\n      frameworkId\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": types.LandscapeChoicesDocument,
    "\n  query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      assessed\n      published\n      illustrative\n      method\n      methodDescription\n      cycle {\n        id\n        name\n        frameworkId\n      }\n      categoryCounts {\n        category\n        count\n        label\n      }\n      regionCounts {\n        regionName\n        withheld\n        namedOnly\n        counts {\n          category\n          count\n        }\n      }\n      chasm {\n        gap\n        lowestEarlyAdopterScore\n        highestEarlyMajorityScore\n        nearest {\n          systemId\n          name\n          score\n          distance\n        }\n      }\n      entries {\n        systemId\n        name\n        onsCode\n        regionName\n        own\n        overallScore\n        basis\n        category\n        rank\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        revision {\n          number\n          note\n        }\n      }\n    }\n  }\n": types.LandscapeDocument,
    "\n  query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    movement(fromCycleId: $fromCycleId, toCycleId: $toCycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      methodDescription\n      movedUp\n      movedDown\n      stayed\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      cells {\n        from\n        to\n        count\n      }\n      moves {\n        systemId\n        name\n        regionName\n        cohortNames\n        fromScore\n        toScore\n        from\n        to\n        direction\n      }\n      acrossVersions {\n        fromVersion\n        toVersion\n        summary\n      }\n    }\n  }\n": types.MovementDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        message\n        assessmentId\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query SystemCrosswalk($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n      }\n      cycles {\n        published\n        cycle {\n          id\n          name\n          illustrative\n        }\n        crosswalk {\n          citation\n          frameworkVersion\n          mappedFromVersion\n          mappingNote\n          domains {\n            key\n            title\n            score\n            incomplete\n            criteria\n            scored\n            basis\n          }\n        }\n      }\n    }\n  }\n": types.SystemCrosswalkDocument,
    "\n  query SystemProfile($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n      calibrationCycleName\n      evidenceCycleName\n      evidence {\n        domainKey\n        criteria\n        withEvidence\n        withLinks\n        notAssessed\n      }\n      calibration {\n        domainKey\n        meanGap\n        count\n      }\n      peerMatches {\n        domainKey\n        score\n        matches {\n          systemId\n          name\n          category\n          score\n        }\n      }\n      cycles {\n        basis\n        category\n        published\n        overallScore\n        cycle {\n          id\n          name\n          illustrative\n          frameworkId\n        }\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        progress {\n          domainKey\n          delta\n        }\n        comparedAcrossVersions {\n          fromVersion\n          toVersion\n          summary\n        }\n        peers {\n          group\n          groupKey\n          groupName\n          figures {\n            domainKey\n            score\n            withheld\n            count\n            lowerQuartile\n            median\n            upperQuartile\n            percentileRank\n          }\n        }\n      }\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n": types.SystemProfileDocument,
    "\n  fragment ReviewState on Assessment {\n    id\n    status\n    version\n    canModerate\n    canComment\n    availableTransitions\n    submittedAt\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    responses {\n      ...CriterionResponseFields\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      reason\n      actorName\n      occurredAt\n    }\n  }\n": types.ReviewStateFragmentDoc,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      ...ReviewState\n      cycle {\n        id\n        name\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n": types.ReviewAssessmentDocument,
    "\n  query ReviewQueue {\n    reviewQueue {\n      assessmentId\n      systemName\n      cycleName\n      status\n      submittedAt\n      daysWaiting\n      recordedOnBehalfByName\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewTransition($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...ReviewState\n    }\n  }\n": types.ReviewTransitionDocument,
    "\n  mutation ModerateResponse($input: ModerateResponseInput!) {\n    moderateResponse(input: $input) {\n      ...ReviewState\n    }\n  }\n": types.ModerateResponseDocument,
    "\n  mutation AddReviewComment($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewState\n    }\n  }\n": types.AddReviewCommentDocument,
    "\n  query PeerSharing($systemId: ID!) {\n    peerSharing(systemId: $systemId) {\n      systemId\n      systemName\n      shareNameWithPeers\n      updatedAt\n      canChange\n    }\n  }\n": types.PeerSharingDocument,
    "\n  mutation SetPeerSharing($systemId: ID!, $shareNameWithPeers: Boolean!) {\n    setPeerSharing(systemId: $systemId, shareNameWithPeers: $shareNameWithPeers)\n  }\n": types.SetPeerSharingDocument,
    "\n  query MyProvisionalFigures($cycleId: ID) {\n    myProvisionalFigures(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        illustrative\n      }\n      published\n      systemId\n      systemName\n      hasFigures\n      overallScore\n      category\n      basis\n      domainScores {\n        domainKey\n        name\n        score\n        incomplete\n      }\n      explanation\n      signOff {\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n": types.MyProvisionalFiguresDocument,
    "\n  mutation AnswerSignOff($cycleId: ID!, $systemId: ID!, $answer: SignOffAnswer!, $comment: String) {\n    answerSignOff(cycleId: $cycleId, systemId: $systemId, answer: $answer, comment: $comment) {\n      systemId\n      state\n      label\n      comment\n      answeredOn\n    }\n  }\n": types.AnswerSignOffDocument,
    "\n  query SignOffSummary($cycleId: ID!) {\n    signOffSummary(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        publishedAt\n        illustrative\n      }\n      phase\n      total\n      confirmed\n      queried\n      notAnswered\n      rows {\n        systemId\n        name\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n": types.SignOffSummaryDocument,
    "\n  query OpenSignOffQueries {\n    openSignOffQueries {\n      cycleId\n      cycleName\n      systemId\n      systemName\n      comment\n      answeredOn\n    }\n  }\n": types.OpenSignOffQueriesDocument,
    "\n  query PublishPreview($cycleId: ID!) {\n    publishPreview(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      canPublish\n      reason\n      statements\n      outstandingSystemIds\n    }\n  }\n": types.PublishPreviewDocument,
    "\n  mutation PublishCycle($cycleId: ID!, $confirmed: Boolean!, $outstandingSystemIds: [ID!]!) {\n    publishCycle(cycleId: $cycleId, confirmed: $confirmed, outstandingSystemIds: $outstandingSystemIds) {\n      id\n      publishedAt\n    }\n  }\n": types.PublishCycleDocument,
    "\n  mutation ReviseFigures($cycleId: ID!, $systemId: ID!, $reason: String!, $levels: [LevelCorrectionInput!]!) {\n    reviseFigures(cycleId: $cycleId, systemId: $systemId, reason: $reason, levels: $levels) {\n      number\n      reason\n      revisedOn\n      note\n      changes {\n        criterionKey\n        before\n        after\n      }\n    }\n  }\n": types.ReviseFiguresDocument,
    "\n  query CorrectableFigures($cycleId: ID!, $systemId: ID!) {\n    correctableFigures(cycleId: $cycleId, systemId: $systemId) {\n      cycle {\n        id\n        name\n        publishedAt\n      }\n      systemId\n      systemName\n      published\n      hasFigures\n      basis\n      revisions\n      criteria {\n        criterionKey\n        title\n        domainTitle\n        statement\n        level\n      }\n    }\n  }\n": types.CorrectableFiguresDocument,
    "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n": types.SystemsDocument,
    "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n": types.GrantRoleChoicesDocument,
    "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    deactivatedAt\n    secondStep {\n      enrolled\n      required\n    }\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": types.UserDetailsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n": types.UserDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      deactivatedAt\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n": types.GrantRoleDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      name\n      email\n      singleSignOn\n      expiresAt\n      expired\n      sentAt\n      roles {\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResetSecondStep($userId: ID!) {\n    resetSecondStep(userId: $userId) {\n      ...UserDetails\n    }\n  }\n": types.ResetSecondStepDocument,
    "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  fragment CanvasDomainFields on CanvasDomain {\n    key\n    number\n    title\n    summary\n    sources {\n      seed\n      section\n      note\n    }\n    criteria {\n      key\n      statement\n      guidance\n      evidencePrompts\n      sources {\n        seed\n        section\n        note\n      }\n      levels {\n        level\n        descriptor\n      }\n    }\n    quickCheck {\n      key\n      statement\n    }\n  }\n": types.CanvasDomainFieldsFragmentDoc,
    "\n  fragment CriterionResponseFields on CriterionResponse {\n    criterionKey\n    selfLevel\n    notAssessed\n    targetLevel\n    targetDate\n    evidence\n    links\n    confidence\n    moderatedLevel\n    moderatorComment\n  }\n": types.CriterionResponseFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    criterionKey\n    authorName\n    authorSide\n    body\n    createdAt\n  }\n"): typeof import('./graphql').ReviewCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId)\n  }\n"): typeof import('./graphql').EndMySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n"): typeof import('./graphql').EndMyOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      id\n      name\n      email\n      hasPassword\n      sessions {\n        id\n        device\n        signedInAt\n        lastUsedAt\n        current\n      }\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetLinkWorks($token: String!) {\n    passwordResetLinkWorks(token: $token)\n  }\n"): typeof import('./graphql').PasswordResetLinkWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlan($systemId: ID!) {\n    actionPlan(systemId: $systemId) {\n      id\n      domainKey\n      action\n      owner\n      dueOn\n      status\n      createdAt\n    }\n    systems {\n      id\n      name\n    }\n    actionPlanFramework(systemId: $systemId) {\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ActionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAction($systemId: ID!, $input: ActionPlanItemInput!) {\n    addAction(systemId: $systemId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($id: ID!, $input: ActionPlanItemInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAction($id: ID!) {\n    removeAction(id: $id)\n  }\n"): typeof import('./graphql').RemoveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyPreviousAnswers($assessmentId: ID!, $expectedVersion: Int!) {\n    copyPreviousAnswers(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {\n      ...AssessmentState\n    }\n  }\n"): typeof import('./graphql').CopyPreviousAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentState on Assessment {\n    id\n    status\n    version\n    updatedAt\n    canEdit\n    canComment\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    submittedAt\n    availableTransitions\n    previousCycleToCopy\n    responses {\n      ...CriterionResponseFields\n    }\n    quickCheckAnswers {\n      questionKey\n      answer\n    }\n    progress {\n      domainKey\n      answered\n      total\n      status\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      fromStatus\n      toStatus\n      reason\n      actorName\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').AssessmentStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentState\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        title\n        version\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToReview($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...AssessmentState\n    }\n  }\n"): typeof import('./graphql').ReplyToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      canEdit\n      recordedOnBehalfBy\n      recordedOnBehalfSince\n      cycle {\n        id\n        name\n        closesOn\n      }\n      system {\n        id\n        name\n      }\n      progress {\n        domainKey\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      assessmentId\n      status\n      version\n      updatedAt\n      responses {\n        ...CriterionResponseFields\n      }\n      quickCheckAnswers {\n        questionKey\n        answer\n      }\n      progress {\n        domainKey\n        answered\n        total\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SaveAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionAssessment($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...AssessmentState\n    }\n  }\n"): typeof import('./graphql').TransitionAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        occurredAt\n        actorName\n        description\n        subjectKind\n        subjectName\n        systemName\n      }\n      endCursor\n      hasNextPage\n      kinds {\n        action\n        description\n      }\n      people {\n        id\n        name\n      }\n    }\n    systems {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter) {\n      csv\n      rows\n      truncated\n    }\n  }\n"): typeof import('./graphql').AuditTrailCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInAccountFields on UserAccount {\n    id\n    name\n    email\n    roleGrants {\n      id\n      role\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n    secondStep {\n      mustEnrolBeforeContinuing\n    }\n  }\n"): typeof import('./graphql').SignedInAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInAccountFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').SignInMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      singleSignOn\n    }\n  }\n"): typeof import('./graphql').InvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SignedInAccountFields\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondStep {\n    me {\n      id\n      email\n      secondStep {\n        enrolled\n        required\n        available\n        recoveryCodesLeft\n        mustEnrolBeforeContinuing\n      }\n    }\n  }\n"): typeof import('./graphql').MySecondStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSecondStepEnrolment {\n    startSecondStepEnrolment {\n      manualKey\n      qrCodeDataUrl\n    }\n  }\n"): typeof import('./graphql').StartSecondStepEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondStepEnrolment($code: String!) {\n    confirmSecondStepEnrolment(code: $code) {\n      codes\n    }\n  }\n"): typeof import('./graphql').ConfirmSecondStepEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnOffSecondStep($input: TurnOffSecondStepInput!) {\n    turnOffSecondStep(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TurnOffSecondStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignInWithSecondStep($code: String!) {\n    completeSignInWithSecondStep(code: $code) {\n      usedRecoveryCode\n      recoveryCodesLeft\n      account {\n        ...SignedInAccountFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteSignInWithSecondStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintableCanvas {\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PrintableCanvasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasVersions {\n    canvasFrameworks {\n      id\n      version\n      title\n      lifecycle\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').CanvasVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasVersion($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      version\n      title\n      status\n      lifecycle\n      publishedAt\n      domains {\n        key\n        number\n        title\n        criteria {\n          key\n          statement\n        }\n      }\n      problems {\n        code\n        field\n        line\n        message\n      }\n      crosswalk {\n        title\n        publisher\n        year\n        domains {\n          key\n          title\n          criteria {\n            key\n            statement\n          }\n        }\n      }\n      changesSincePrevious {\n        fromVersion\n        toVersion\n        unchanged\n        domainsAdded {\n          key\n          description\n        }\n        domainsRenamed {\n          key\n          description\n        }\n        domainsRetired {\n          key\n          description\n        }\n        criteriaAdded {\n          key\n          description\n        }\n        criteriaRenamed {\n          key\n          description\n        }\n        criteriaRetired {\n          criterionKey\n          kind\n          description\n          replacedBy {\n            criterionKey\n            statement\n            note\n          }\n        }\n        criteriaReworded {\n          key\n          description\n        }\n        levelsChanged {\n          criterionKey\n          description\n          levels {\n            level\n            before\n            after\n          }\n        }\n        scaleChanged {\n          key\n          description\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CanvasVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasVersionPreview($id: ID!) {\n    canvasFramework(id: $id) {\n      id\n      title\n      version\n      status\n      scale {\n        level\n        label\n        meaning\n      }\n      domains {\n        ...CanvasDomainFields\n        criteria {\n          levels {\n            label\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CanvasVersionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkDocument($id: ID!, $format: FrameworkDocumentFormat!) {\n    frameworkDocument(id: $id, format: $format)\n  }\n"): typeof import('./graphql').FrameworkDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFrameworkDraft {\n    createFrameworkDraft {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').CreateFrameworkDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFrameworkDraft($document: String!, $format: FrameworkDocumentFormat!) {\n    importFrameworkDraft(document: $document, format: $format) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ImportFrameworkDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFramework($id: ID!) {\n    publishFramework(id: $id, confirm: true) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PublishFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortOverview($cohortId: ID!, $cycleId: ID) {\n    cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {\n      cohortId\n      cohortName\n      cycle {\n        id\n        name\n        illustrative\n      }\n      cycles {\n        id\n        name\n      }\n      previousCycle {\n        id\n        name\n      }\n      domains {\n        key\n        number\n        title\n      }\n      members {\n        systemId\n        systemName\n        assessmentId\n        status\n        version\n        submittedAt\n        recordedOnBehalfBy\n        recordedOnBehalfSince\n        canRecordOnBehalf\n        canRead\n        overallScore\n        basis\n        category\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        calibration {\n          meanGapPoints\n          count\n        }\n        previousOverallScore\n      }\n    }\n  }\n"): typeof import('./graphql').CohortOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningProgrammeDetails on LearningProgramme {\n    cohortId\n    cohortName\n    cycle {\n      id\n      name\n      frameworkId\n      illustrative\n    }\n    systems {\n      id\n      name\n    }\n    proposal {\n      groupSessions {\n        domainKey\n        meanScore\n        scoredMembers\n        systemIds\n        coachingTopics\n        recommendationIds\n      }\n      individualCoaching {\n        systemId\n        gaps {\n          domainKey\n          score\n          coachingTopics\n          recommendationIds\n          peers {\n            systemId\n            category\n            score\n          }\n        }\n      }\n      unscoredSystemIds\n    }\n    plan {\n      groupSessions {\n        domainKey\n        title\n        systemIds\n        notes\n      }\n      individualCoaching {\n        systemId\n        topics\n        recommendationIds\n        peerSystemIds\n        notes\n      }\n    }\n    version\n    updatedAt\n    updatedByName\n  }\n"): typeof import('./graphql').LearningProgrammeDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningProgramme($cohortId: ID!, $cycleId: ID!) {\n    learningProgramme(cohortId: $cohortId, cycleId: $cycleId) {\n      ...LearningProgrammeDetails\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').LearningProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCycles($cohortId: ID!) {\n    cohortOverview(cohortId: $cohortId) {\n      cohortName\n      cycle {\n        id\n      }\n      cycles {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessmentOnBehalf($input: RecordOnBehalfInput!) {\n    recordAssessmentOnBehalf(input: $input) {\n      id\n      version\n      recordedOnBehalfBy\n    }\n  }\n"): typeof import('./graphql').RecordAssessmentOnBehalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLearningProgramme($input: SaveLearningProgrammeInput!) {\n    saveLearningProgramme(input: $input) {\n      ...LearningProgrammeDetails\n    }\n  }\n"): typeof import('./graphql').SaveLearningProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').AddSystemToCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').RemoveSystemFromCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortSystemChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n    projects {\n      id\n      systemId\n      systemName\n      name\n      pathway\n      description\n    }\n  }\n"): typeof import('./graphql').CohortDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').CohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCycles {\n    assessmentCycles {\n      id\n      name\n      frameworkId\n      opensOn\n      closesOn\n      illustrative\n      phase\n      phaseLabel\n      closedOn\n      closedEarly\n      cohort {\n        id\n        name\n      }\n    }\n    canvasFrameworks {\n      id\n      title\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').AdminCyclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCycleChoices {\n    canvasFrameworks {\n      id\n      title\n      version\n      usableForNewCycle\n    }\n    cohorts {\n      id\n      name\n      systems {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').OpenCycleChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleProgress($cycleId: ID!) {\n    cycleProgress(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        frameworkId\n        opensOn\n        closesOn\n        illustrative\n        phase\n        phaseLabel\n        closedOn\n        closedEarly\n        cohort {\n          id\n          name\n        }\n        framework {\n          id\n          title\n          version\n          lifecycle\n        }\n      }\n      counts {\n        status\n        label\n        count\n      }\n      rows {\n        systemId\n        systemName\n        regionName\n        status\n        label\n        answeredCount\n        criteriaCount\n        updatedOn\n      }\n      csvHeaders\n    }\n  }\n"): typeof import('./graphql').CycleProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAssessmentCycle($input: OpenAssessmentCycleInput!) {\n    openAssessmentCycle(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OpenAssessmentCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCycleClosingDate($cycleId: ID!, $closesOn: String!) {\n    changeCycleClosingDate(cycleId: $cycleId, closesOn: $closesOn) {\n      id\n      closesOn\n    }\n  }\n"): typeof import('./graphql').ChangeCycleClosingDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAssessmentCycle($cycleId: ID!) {\n    closeAssessmentCycle(cycleId: $cycleId) {\n      id\n      closedOn\n      closedEarly\n    }\n  }\n"): typeof import('./graphql').CloseAssessmentCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    home {\n      leads {\n        systemId\n        systemName\n        openActionCount\n        assessment {\n          id\n          status\n          cycleName\n          illustrative\n          closesOn\n          daysLeft\n          canEdit\n          criteriaAnswered\n          criteriaTotal\n          domainsLeft {\n            domainKey\n            number\n            title\n            answered\n            total\n          }\n          returnReason\n          returnedItems {\n            criterionKey\n            criterionStatement\n            domainKey\n            domainNumber\n            domainTitle\n            comment\n            authorName\n          }\n          recordedOnBehalfBy\n        }\n        overdueActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n        nextActions {\n          id\n          action\n          owner\n          dueOn\n          status\n        }\n      }\n      coach {\n        reviewsWaiting {\n          assessmentId\n          systemName\n          cycleName\n          status\n          daysWaiting\n        }\n        cohorts {\n          cohortId\n          cohortName\n          memberCount\n          cycleId\n          cycleName\n          closesOn\n          statusCounts {\n            status\n            count\n          }\n        }\n      }\n      national {\n        latestPublished {\n          cycleId\n          cycleName\n          illustrative\n          methodDescription\n          assessed\n          categoryCounts {\n            category\n            label\n            count\n          }\n        }\n        provisional {\n          ...HomeCycleProgress\n        }\n      }\n      admin {\n        cohortsWithoutCoach {\n          id\n          name\n        }\n        systemsWithoutLead {\n          id\n          name\n        }\n        openCycles {\n          ...HomeCycleProgress\n        }\n        closedUnpublished {\n          ...HomeCycleProgress\n        }\n        reviewsWaiting\n      }\n    }\n  }\n\n  fragment HomeCycleProgress on HomeCycleProgress {\n    cycleId\n    cycleName\n    illustrative\n    opensOn\n    closesOn\n    daysLeft\n    closedOn\n    open\n    closingSoon\n    cohortName\n    participating\n    statusCounts {\n      status\n      count\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosswalkLandscape($cycleId: ID!) {\n    crosswalkLandscape(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      published\n      illustrative\n      citation\n      frameworkVersion\n      mappedFromVersion\n      mappingNote\n      figures {\n        key\n        title\n        count\n        lowerQuartile\n        median\n        upperQuartile\n      }\n      systems {\n        systemId\n        name\n        regionName\n        basis\n        scores {\n          key\n          score\n          incomplete\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CrosswalkLandscapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandscapeChoices {\n    newestLandscape {\n      cycleId\n    }\n    assessmentCycles {\n      id\n      name\n      illustrative\n      publishedAt\n      frameworkId\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').LandscapeChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      assessed\n      published\n      illustrative\n      method\n      methodDescription\n      cycle {\n        id\n        name\n        frameworkId\n      }\n      categoryCounts {\n        category\n        count\n        label\n      }\n      regionCounts {\n        regionName\n        withheld\n        namedOnly\n        counts {\n          category\n          count\n        }\n      }\n      chasm {\n        gap\n        lowestEarlyAdopterScore\n        highestEarlyMajorityScore\n        nearest {\n          systemId\n          name\n          score\n          distance\n        }\n      }\n      entries {\n        systemId\n        name\n        onsCode\n        regionName\n        own\n        overallScore\n        basis\n        category\n        rank\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        revision {\n          number\n          note\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LandscapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {\n    movement(fromCycleId: $fromCycleId, toCycleId: $toCycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {\n      methodDescription\n      movedUp\n      movedDown\n      stayed\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      cells {\n        from\n        to\n        count\n      }\n      moves {\n        systemId\n        name\n        regionName\n        cohortNames\n        fromScore\n        toScore\n        from\n        to\n        direction\n      }\n      acrossVersions {\n        fromVersion\n        toVersion\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').MovementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        message\n        assessmentId\n        createdAt\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemCrosswalk($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n      }\n      cycles {\n        published\n        cycle {\n          id\n          name\n          illustrative\n        }\n        crosswalk {\n          citation\n          frameworkVersion\n          mappedFromVersion\n          mappingNote\n          domains {\n            key\n            title\n            score\n            incomplete\n            criteria\n            scored\n            basis\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SystemCrosswalkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemProfile($systemId: ID!) {\n    systemProfile(systemId: $systemId) {\n      system {\n        id\n        name\n        region {\n          id\n          name\n        }\n      }\n      calibrationCycleName\n      evidenceCycleName\n      evidence {\n        domainKey\n        criteria\n        withEvidence\n        withLinks\n        notAssessed\n      }\n      calibration {\n        domainKey\n        meanGap\n        count\n      }\n      peerMatches {\n        domainKey\n        score\n        matches {\n          systemId\n          name\n          category\n          score\n        }\n      }\n      cycles {\n        basis\n        category\n        published\n        overallScore\n        cycle {\n          id\n          name\n          illustrative\n          frameworkId\n        }\n        domainScores {\n          domainKey\n          score\n          incomplete\n        }\n        progress {\n          domainKey\n          delta\n        }\n        comparedAcrossVersions {\n          fromVersion\n          toVersion\n          summary\n        }\n        peers {\n          group\n          groupKey\n          groupName\n          figures {\n            domainKey\n            score\n            withheld\n            count\n            lowerQuartile\n            median\n            upperQuartile\n            percentileRank\n          }\n        }\n      }\n    }\n    canvasFrameworks {\n      id\n      domains {\n        key\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').SystemProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewState on Assessment {\n    id\n    status\n    version\n    canModerate\n    canComment\n    availableTransitions\n    submittedAt\n    recordedOnBehalfBy\n    recordedOnBehalfSince\n    responses {\n      ...CriterionResponseFields\n    }\n    reviewComments {\n      ...ReviewCommentFields\n    }\n    history {\n      transition\n      reason\n      actorName\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').ReviewStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      ...ReviewState\n      cycle {\n        id\n        name\n      }\n      system {\n        id\n        name\n      }\n      framework {\n        id\n        domains {\n          ...CanvasDomainFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      assessmentId\n      systemName\n      cycleName\n      status\n      submittedAt\n      daysWaiting\n      recordedOnBehalfByName\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTransition($input: TransitionAssessmentInput!) {\n    transitionAssessment(input: $input) {\n      ...ReviewState\n    }\n  }\n"): typeof import('./graphql').ReviewTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateResponse($input: ModerateResponseInput!) {\n    moderateResponse(input: $input) {\n      ...ReviewState\n    }\n  }\n"): typeof import('./graphql').ModerateResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewComment($input: AddReviewCommentInput!) {\n    addReviewComment(input: $input) {\n      ...ReviewState\n    }\n  }\n"): typeof import('./graphql').AddReviewCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerSharing($systemId: ID!) {\n    peerSharing(systemId: $systemId) {\n      systemId\n      systemName\n      shareNameWithPeers\n      updatedAt\n      canChange\n    }\n  }\n"): typeof import('./graphql').PeerSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPeerSharing($systemId: ID!, $shareNameWithPeers: Boolean!) {\n    setPeerSharing(systemId: $systemId, shareNameWithPeers: $shareNameWithPeers)\n  }\n"): typeof import('./graphql').SetPeerSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProvisionalFigures($cycleId: ID) {\n    myProvisionalFigures(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        illustrative\n      }\n      published\n      systemId\n      systemName\n      hasFigures\n      overallScore\n      category\n      basis\n      domainScores {\n        domainKey\n        name\n        score\n        incomplete\n      }\n      explanation\n      signOff {\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n"): typeof import('./graphql').MyProvisionalFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSignOff($cycleId: ID!, $systemId: ID!, $answer: SignOffAnswer!, $comment: String) {\n    answerSignOff(cycleId: $cycleId, systemId: $systemId, answer: $answer, comment: $comment) {\n      systemId\n      state\n      label\n      comment\n      answeredOn\n    }\n  }\n"): typeof import('./graphql').AnswerSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffSummary($cycleId: ID!) {\n    signOffSummary(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n        publishedAt\n        illustrative\n      }\n      phase\n      total\n      confirmed\n      queried\n      notAnswered\n      rows {\n        systemId\n        name\n        state\n        label\n        comment\n        answeredOn\n      }\n    }\n  }\n"): typeof import('./graphql').SignOffSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignOffQueries {\n    openSignOffQueries {\n      cycleId\n      cycleName\n      systemId\n      systemName\n      comment\n      answeredOn\n    }\n  }\n"): typeof import('./graphql').OpenSignOffQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishPreview($cycleId: ID!) {\n    publishPreview(cycleId: $cycleId) {\n      cycle {\n        id\n        name\n      }\n      canPublish\n      reason\n      statements\n      outstandingSystemIds\n    }\n  }\n"): typeof import('./graphql').PublishPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCycle($cycleId: ID!, $confirmed: Boolean!, $outstandingSystemIds: [ID!]!) {\n    publishCycle(cycleId: $cycleId, confirmed: $confirmed, outstandingSystemIds: $outstandingSystemIds) {\n      id\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseFigures($cycleId: ID!, $systemId: ID!, $reason: String!, $levels: [LevelCorrectionInput!]!) {\n    reviseFigures(cycleId: $cycleId, systemId: $systemId, reason: $reason, levels: $levels) {\n      number\n      reason\n      revisedOn\n      note\n      changes {\n        criterionKey\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').ReviseFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectableFigures($cycleId: ID!, $systemId: ID!) {\n    correctableFigures(cycleId: $cycleId, systemId: $systemId) {\n      cycle {\n        id\n        name\n        publishedAt\n      }\n      systemId\n      systemName\n      published\n      hasFigures\n      basis\n      revisions\n      criteria {\n        criterionKey\n        title\n        domainTitle\n        statement\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectableFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SystemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GrantRoleChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    deactivatedAt\n    secondStep {\n      enrolled\n      required\n    }\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      name\n      email\n      deactivatedAt\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      name\n      email\n      singleSignOn\n      expiresAt\n      expired\n      sentAt\n      roles {\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondStep($userId: ID!) {\n    resetSecondStep(userId: $userId) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').ResetSecondStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasDomainFields on CanvasDomain {\n    key\n    number\n    title\n    summary\n    sources {\n      seed\n      section\n      note\n    }\n    criteria {\n      key\n      statement\n      guidance\n      evidencePrompts\n      sources {\n        seed\n        section\n        note\n      }\n      levels {\n        level\n        descriptor\n      }\n    }\n    quickCheck {\n      key\n      statement\n    }\n  }\n"): typeof import('./graphql').CanvasDomainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionResponseFields on CriterionResponse {\n    criterionKey\n    selfLevel\n    notAssessed\n    targetLevel\n    targetDate\n    evidence\n    links\n    confidence\n    moderatedLevel\n    moderatorComment\n  }\n"): typeof import('./graphql').CriterionResponseFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
