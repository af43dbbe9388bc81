import { FrozenCanvas } from './canvas-document';

/**
 * The canvas v1 document with its corrected wording, as `CanvasV1Wording1763900000000` stored it when it was released
 * (commit 1ab5cd2): the same meaning as the published one, the team's words ("seed 003", "KLOEs") replaced.
 * Never edit: generated from the domain package at that commit (`CANVAS_V1`, serialised with JSON.stringify), so
 * that the released migration stores the same document whatever the live domain package says (docs/decisions/0021).
 */
export const CANVAS_V1_CORRECTED_WORDING: FrozenCanvas = {
  "key": "idt-canvas",
  "version": 1,
  "title": "Inclusive Digital Transformation Canvas",
  "scale": [
    {
      "level": 1,
      "label": "Not started",
      "meaning": "Nothing is in place yet, or there are only intentions."
    },
    {
      "level": 2,
      "label": "Emerging",
      "meaning": "First steps in a few places, usually led by committed individuals, not yet planned or joined up."
    },
    {
      "level": 3,
      "label": "Developing",
      "meaning": "Planned work is under way in parts of the system and is starting to show results."
    },
    {
      "level": 4,
      "label": "Established",
      "meaning": "Consistent practice across most of the system, owned by leaders and partners."
    },
    {
      "level": 5,
      "label": "Embedded",
      "meaning": "It is how things are done here: sustained, reviewed and improved, and shared with others."
    }
  ],
  "domains": [
    {
      "key": "local-needs",
      "number": 1,
      "title": "Understanding local needs, assets and gaps",
      "summary": "Knowing who is digitally excluded locally and why, what support already exists and where the gaps are: the base for every other decision. The 2022 discovery report, Adopting inclusive digital transformation in mental health, found that only about a third of ICSs had carried out a needs analysis, and that most struggled to identify who is digitally excluded in their area.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.2"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-1 and ICS-9"
        },
        {
          "seed": "000",
          "section": "Key achievements",
          "note": "the needs map: exclusion by small area, where support is, where the gaps are"
        },
        {
          "seed": "001",
          "section": "Definitions",
          "note": "the factors and barriers behind digital exclusion"
        }
      ],
      "recommendations": [
        "ICS-1",
        "ICS-2",
        "ICS-9",
        "NAT-6"
      ],
      "coachingTopics": [
        "Needs analysis and asset mapping",
        "Data collection and analysis",
        "Understanding barriers and testing assumptions"
      ],
      "criteria": [
        {
          "key": "local-needs.needs-analysis",
          "statement": "We have a local needs analysis of digital exclusion that covers people who use services, staff and the voluntary organisations that deliver services, and we keep it up to date.",
          "guidance": "National figures on digital exclusion are well established, but they do not show who is excluded in your area, or why. A local, granular analysis (for example by small area, group and pathway) challenges assumptions about barriers. Needs change across time, geography and community, so the analysis should be repeated, not done once. Needs gathered only through online surveys miss the people who matter most here.",
          "evidencePrompts": [
            "When was your needs analysis last done or updated, and which groups, places and pathways does it cover?",
            "Which local data did you use, and how did you hear from people who are offline?",
            "Where has the analysis changed a plan or a decision?"
          ],
          "levels": {
            "1": "No local needs analysis has been done; we do not know who is digitally excluded in our area.",
            "2": "We rely on national figures or a one-off estimate; a local needs analysis is planned or has just started.",
            "3": "A local needs analysis covers some groups, places or pathways, using local data and some outreach to people who are offline.",
            "4": "A needs analysis covers people who use services, staff and voluntary organisations across the ICS, uses granular local data, and informs plans.",
            "5": "Needs are reassessed on a regular cycle as they change over time, place and community, and partners share and use the analysis."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-1"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "only 35% had carried out a needs analysis"
            }
          ]
        },
        {
          "key": "local-needs.assets-and-gaps",
          "statement": "We know what digital inclusion support already exists across the system (such as training, devices, data and places to get help) and where the gaps are.",
          "guidance": "Without a shared picture of what is on offer, work is duplicated and people are not signposted to support that already exists. Mapping assets as well as needs lets you value existing strengths, start where the energy is and target the gaps. The needs map from Thrive by Design’s Inclusive Digital Transformation programme combines local and national data to predict exclusion by small area, shows the nearest place offering support, and shows where support offers have gaps.",
          "evidencePrompts": [
            "Do you have a map or directory of local digital inclusion support, and who keeps it up to date?",
            "Which gaps in support have you found, and what is being done about them?",
            "Can staff and partners use it to signpost people?"
          ],
          "levels": {
            "1": "We have no picture of the digital inclusion support available locally.",
            "2": "Some partners know about some local support, but it is not written down or shared.",
            "3": "A list or map of local support exists for part of the system, and some gaps have been identified.",
            "4": "A shared map of needs and support covers the whole ICS, shows the gaps, and staff and partners use it to signpost people.",
            "5": "The map is kept up to date with partners, gaps found in it lead to action, and it is used to plan and commission services."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.2",
              "note": "lack of awareness of what is happening leads to duplication and missed signposting"
            },
            {
              "seed": "000",
              "section": "Key achievements",
              "note": "the interactive needs map"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-2: value existing strengths and assets"
            }
          ]
        },
        {
          "key": "local-needs.barriers-understood",
          "statement": "We understand the range of barriers and factors behind digital exclusion in our area, and we test our assumptions about who is excluded and why.",
          "guidance": "Digital exclusion is a complex system issue, not an individual problem. Barriers include life context (income, age, health conditions, precarious circumstances), access, skills, confidence and motivation, trust and concerns about security and privacy, and system-side issues such as staff skills and poor infrastructure. Some barriers are specific to a condition or its treatment. Untested assumptions, for example that digital does not suit people living with dementia, or that young people are always online, are common and often wrong.",
          "evidencePrompts": [
            "Which barriers have you found for the groups most at risk in your area, and how did you find them?",
            "Which assumptions did you test, and what did you learn?",
            "How has this understanding shaped a service or pathway?"
          ],
          "levels": {
            "1": "Digital exclusion is seen as a matter of individual skills or access, and barriers have not been explored.",
            "2": "A few barriers are recognised, mainly from national research; assumptions about who is excluded are not tested.",
            "3": "Barriers, including life context and trust, have been explored with some local groups, and some assumptions have been challenged.",
            "4": "Barriers are understood for the main groups at risk across the ICS, including system-side barriers, and this shapes service design.",
            "5": "Understanding of barriers is refreshed with people with living experience, and assumptions are tested before any digital change."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-9"
            },
            {
              "seed": "001",
              "section": "Definitions"
            },
            {
              "seed": "003",
              "section": "§3.1.2",
              "note": "barriers and risk factors; misconceptions"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "a staff self-audit that unpicked assumptions"
            }
          ]
        }
      ],
      "quickCheck": []
    },
    {
      "key": "co-design",
      "number": 2,
      "title": "Co-design with people at risk of exclusion",
      "summary": "Co-designing inclusion into digital change as far upstream as possible, with people at risk of digital exclusion and other stakeholders, to the six co-design principles. In the 2022 discovery report, Adopting inclusive digital transformation in mental health, ICSs' own answers to its key lines of enquiry (KLOEs) suggested that 95% of ICSs co-design in a structured way, while only 23% reported co-designing digital services with people who are digitally excluded.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.4",
          "note": "the six co-design principles"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-3"
        },
        {
          "seed": "001",
          "section": "Definitions",
          "note": "co-designing inclusion into digital transformation as far upstream as possible"
        },
        {
          "seed": "003",
          "section": "Glossary",
          "note": "co-design and co-production"
        }
      ],
      "recommendations": [
        "ICS-3",
        "ICS-10"
      ],
      "coachingTopics": [
        "Co-design methods and the six principles",
        "Involving people whose voices are seldom heard",
        "Moving from consultation to shared decisions"
      ],
      "criteria": [
        {
          "key": "co-design.upstream-involvement",
          "statement": "People at risk of digital exclusion are involved from the start of digital change, as far upstream as possible, not only asked about a finished service.",
          "guidance": "Co-design means working with people who have a stake in the service or the problem: people who need services (including people more often excluded), their families, clinicians and commissioners. The earlier they are involved, the more they can shape. Surveys and mystery shopping after launch are useful, but they are not co-design. About a third of people surveyed for the 2022 discovery report said people who use services were not involved in developing digital services, or did not know whether they were.",
          "evidencePrompts": [
            "Which digital changes in the last year involved people at risk of exclusion, and at what stage?",
            "Who took part (people who need services, families, clinicians, commissioners), and how?",
            "How were people who are offline included?",
            "What changed because of what they said?"
          ],
          "levels": {
            "1": "Digital services are designed without the people who will use them, or they are asked only after launch.",
            "2": "People who use services are consulted on some projects, usually late, and people at risk of exclusion are seldom among them.",
            "3": "Some projects co-design with people who use services, including some at risk of exclusion, from the early stages.",
            "4": "Across the ICS, digital change usually starts with co-design involving people at risk of exclusion, their families, clinicians and commissioners.",
            "5": "People at risk of exclusion help set priorities and decide what is built, share ownership of the result and champion it with their peers."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-3"
            },
            {
              "seed": "001",
              "section": "Definitions"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "about a third said people were not involved, or did not know"
            }
          ]
        },
        {
          "key": "co-design.principles-applied",
          "statement": "Our co-design follows the six principles: design with people, not for them; go where the people are; relationships not transactions; work in the open; understand underlying behaviour; do it now.",
          "guidance": "The principles guard against co-design becoming a tick-box exercise or a label for any engagement. Go to community spaces where people feel comfortable and safe rather than asking them into formal buildings; take account of each person's relationships with professionals, peers and digital tools; share your learning and design decisions, including what did not work; look beyond immediate causes to the personal, social, cultural and economic factors behind behaviour, and check your own assumptions; and try things early to see what works.",
          "evidencePrompts": [
            "Pick a recent co-design project: how did it apply each of the six principles?",
            "Where did sessions take place, and who chose the place?",
            "What did you share openly about what worked and what did not?"
          ],
          "levels": {
            "1": "There is no shared understanding of co-design; the term is used for any kind of engagement.",
            "2": "A few people know the principles; practice varies and co-design can become a tick-box exercise.",
            "3": "Some principles are applied in some projects (for example, sessions held in community spaces), but not consistently.",
            "4": "All six principles are applied in most co-design work, and teams can show how they applied each one.",
            "5": "The principles are built into how projects are commissioned and reviewed, and teams openly share how well they met them."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.4",
              "note": "the six co-design principles"
            }
          ]
        },
        {
          "key": "co-design.power-and-resources",
          "statement": "Co-design has its own time and money, addresses power imbalances, and is set up so that people can take part safely and on their own terms.",
          "guidance": "Authentic co-design needs funding and direct investment, alongside the right culture, skills and way of engaging, and a willingness to share power. People may want to take part alongside someone they trust, such as a family member or peer; where the work happens, how, and in what language all matter. Long commitments can be hard, and people can over-volunteer at a cost to their wellbeing, so taking part should fit their lives.",
          "evidencePrompts": [
            "Is there a budget for co-design or co-production, and who holds it?",
            "How do you make taking part possible: someone they trust, the place, the time, the language?",
            "Where have people with living experience changed a decision?"
          ],
          "levels": {
            "1": "No time or money is set aside for co-design, and decisions stay with professionals.",
            "2": "Co-design relies on goodwill and spare time in individual projects; people taking part have little say in decisions.",
            "3": "Some projects have funding for co-design, make it easier for people to take part, and share some decisions.",
            "4": "Co-design is funded as part of digital programmes; people take part on their own terms and share decisions with professionals.",
            "5": "Co-design has dedicated, recurrent funding, and people with living experience share power throughout, including over what is worked on."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.4",
              "note": "funding, cultural change and direct investment for co-production"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "funding and direct investment, the right culture, skillset and engagement approach"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "how people are involved, and over-volunteering"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-3: address power imbalances"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "co-design.user-centred-pathway-redesign",
          "statement": "The redesign of our care pathways adopts a user-centred (clinician and service user led) and digitally inclusive approach.",
          "sources": [
            {
              "seed": "003",
              "section": "§2.2 Documentary analysis",
              "note": "one of its key lines of enquiry (KLOEs), asked there of mental health pathways"
            },
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "50% of ICSs agreed and 45% partially agreed"
            }
          ]
        },
        {
          "key": "co-design.people-on-steering-groups",
          "statement": "People who use or need services are represented on the steering groups for our digital work.",
          "sources": [
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "steering groups, some with representation from people who use/need services"
            }
          ]
        }
      ]
    },
    {
      "key": "partnership",
      "number": 3,
      "title": "Cross-sector partnership and trusted touchpoints",
      "summary": "Working across sectors, and through trusted touchpoints such as VCSE and grassroots organisations rooted in communities, to reach people whose voices are seldom heard, with VCSE partners funded as partners.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.2",
          "note": "trusted touchpoints; working with councils and VCSE partners"
        },
        {
          "seed": "003",
          "section": "§4.4",
          "note": "working with clinical and community groups"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-10 and ICS-11"
        },
        {
          "seed": "001",
          "section": "Definitions",
          "note": "cross-sector and collaborative leadership"
        }
      ],
      "recommendations": [
        "ICS-10",
        "ICS-11"
      ],
      "coachingTopics": [
        "Finding and working with trusted touchpoints",
        "Funding and commissioning VCSE partners",
        "Building a cross-sector partnership"
      ],
      "criteria": [
        {
          "key": "partnership.cross-sector",
          "statement": "Digital inclusion is planned and delivered through a cross-sector partnership (the NHS, local authorities, the VCSE sector, Healthwatch and others) with shared goals.",
          "guidance": "Local, cross-sector solutions are more likely to work, because local context, relationships and partnership working matter. Some ICSs work with local authorities, Healthwatch and citizen panels to identify needs; in Cheshire and Merseyside 13 agencies across the voluntary sector, the NHS and schools agreed to co-design a centralised referral system. A partnership shares goals and plans, not only information.",
          "evidencePrompts": [
            "Which organisations are in your digital inclusion partnership, and how does it work?",
            "What goals and plans do the partners share?",
            "What has the partnership delivered that no single organisation could?"
          ],
          "levels": {
            "1": "Digital inclusion is left to individual NHS organisations, with no joint work with other sectors.",
            "2": "Some NHS organisations work with a local authority or VCSE partner on single projects.",
            "3": "A cross-sector partnership exists for part of the ICS or for some programmes, with some shared goals.",
            "4": "A cross-sector partnership covers the whole ICS, with shared goals and a joint plan that partners deliver together.",
            "5": "Partners plan, fund and review digital inclusion together as a matter of course, and the partnership outlasts individual projects and people."
          },
          "sources": [
            {
              "seed": "001",
              "section": "Definitions"
            },
            {
              "seed": "003",
              "section": "§3.1.2",
              "note": "local, cross-sector solutions are more likely to be effective"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "working with local authorities, Healthwatch and citizen panels"
            },
            {
              "seed": "003",
              "section": "§4.4",
              "note": "the Cheshire and Merseyside example"
            }
          ]
        },
        {
          "key": "partnership.trusted-touchpoints",
          "statement": "We work with trusted touchpoints (community organisations where trust has already been built) to reach and hear people whose voices are seldom heard.",
          "guidance": "Community organisations that people already go to and trust may be the only realistic way to work with some excluded groups, such as people who are homeless, refugees and asylum seekers, and Gypsy and Traveller communities. They help raise awareness, gather feedback on design and offer support in people's own surroundings, from people they know. 'Seldom heard', not 'hard to reach', puts the responsibility on the system to reach out.",
          "evidencePrompts": [
            "Which trusted touchpoints do you work with, and which groups do they reach?",
            "How did their insight change a service or a plan?",
            "Which seldom heard groups are you not yet reaching?"
          ],
          "levels": {
            "1": "We do not work with community organisations to reach people who are excluded.",
            "2": "A few services have informal links with community organisations, mainly to pass on information.",
            "3": "We work with some trusted touchpoints to reach some seldom heard groups, and they feed into some projects.",
            "4": "Trusted touchpoints that reach the main groups at risk are regular partners in design, feedback and support across the ICS.",
            "5": "Trusted touchpoints help shape priorities and services, and gaps in who they reach are reviewed and filled."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-10"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "community organisations where trust has already been built"
            },
            {
              "seed": "003",
              "section": "Glossary",
              "note": "'seldom heard', not 'hard to reach'"
            }
          ]
        },
        {
          "key": "partnership.vcse-funded",
          "statement": "VCSE partners are funded as partners for their digital inclusion work, not expected to do it unpaid.",
          "guidance": "The community and voluntary sector needs to be funded to play its key role in engaging people and providing wraparound support. The 2022 discovery report asks ICSs to work together to identify funding for partnership with, and digital inclusion delivery by, the trusted touchpoints in the VCSE. Examples include a trust giving small grants to 12 community organisations, and an ICS funding VCSE and public sector partnerships for digital inclusion, some focused on particular groups.",
          "evidencePrompts": [
            "What funding went to VCSE partners for digital inclusion in the last year, and for how long?",
            "How are VCSE partners involved in deciding how the money is spent?",
            "Is the funding tied to short pilots, or agreed for several years?"
          ],
          "levels": {
            "1": "VCSE organisations receive no funding for the digital inclusion work they do with the NHS.",
            "2": "Occasional one-off or small grants go to a few VCSE organisations.",
            "3": "Some VCSE partners are funded for digital inclusion delivery, usually for a year or less.",
            "4": "The ICS funds VCSE partners for digital inclusion through agreed arrangements, and involves them in setting priorities.",
            "5": "VCSE partners have fair, multi-year funding identified jointly across the ICS, and help decide how it is spent."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-10 and ICS-11"
            },
            {
              "seed": "003",
              "section": "§4.8",
              "note": "funding VCSE partnerships; small grants to community organisations"
            },
            {
              "seed": "003",
              "section": "Executive summary",
              "note": "the community and voluntary sector need to be funded"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "partnership.cross-discipline-collaboration",
          "statement": "The redesign of our care pathways involves ongoing cross-discipline collaboration, including engagement with digital, clinical, service user and change management expertise, and joint working across health and social care.",
          "sources": [
            {
              "seed": "003",
              "section": "§2.2 Documentary analysis",
              "note": "one of its key lines of enquiry (KLOEs), asked there of mental health pathways"
            },
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "55% of ICSs agreed and 40% partially agreed"
            }
          ]
        }
      ]
    },
    {
      "key": "leadership",
      "number": 4,
      "title": "Leadership, strategy and governance",
      "summary": "Leaders who champion inclusive digital transformation, a shared strategy with clear ownership, and IDT framed within the health inequalities agenda. The 2022 discovery report, Adopting inclusive digital transformation in mental health, found that progress depends on ICS leadership, and that without leaders' buy-in IDT was not on anyone's 'to do list'.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.5"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-7 and ICS-8"
        },
        {
          "seed": "001",
          "section": "Definitions",
          "note": "a shared strategy based on an understanding of local needs and assets"
        },
        {
          "seed": "003",
          "section": "§3.2.3",
          "note": "progress depends on ICS leadership"
        }
      ],
      "recommendations": [
        "ICS-7",
        "ICS-8",
        "NAT-2",
        "NAT-4"
      ],
      "coachingTopics": [
        "Strategy for inclusive digital transformation",
        "Making the case to boards and senior leaders",
        "Framing IDT within health inequalities"
      ],
      "criteria": [
        {
          "key": "leadership.senior-buy-in",
          "statement": "Senior leaders across the ICS and its partners champion inclusive digital transformation, and give people permission, time and resources to work on it.",
          "guidance": "Where leaders had bought in, IDT moved; where they had not, it depended on passionate individuals and was not on anyone's list. Buy-in secures permission to dedicate time and resources, and makes wider, longer-term change more likely. Clinical leaders who champion IDT, such as Chief Clinical Information Officers (CCIOs), were linked to more mature systems.",
          "evidencePrompts": [
            "Who at executive level champions inclusive digital transformation, and how?",
            "What time and resources have leaders committed?",
            "How often, and how, does the board discuss digital inclusion?"
          ],
          "levels": {
            "1": "Digital inclusion is not a priority for senior leaders and is not discussed at board level.",
            "2": "Individual champions push the agenda without visible support from senior leaders.",
            "3": "Some senior leaders support IDT and it has reached the board agenda, but commitment varies across partners.",
            "4": "Executive and clinical leaders across the ICS champion IDT, it is regularly on board agendas, and time and resources are committed.",
            "5": "Leaders across partners sustain IDT over time and hold each other to account for it; commitment survives changes of leaders and priorities."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.5"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-8"
            }
          ]
        },
        {
          "key": "leadership.shared-strategy",
          "statement": "There is one shared, cross-sector strategy for inclusive digital transformation, based on an understanding of local needs and assets, with shared goals.",
          "guidance": "IDT involves cross-sector and collaborative leadership developing a shared strategy based on an understanding of local needs and assets. Without one, good work stays scattered: \"There is no single place where we articulate our strategy … we need to join the dots.\" A strategy can start small, but it should set shared goals and say how digital change will be made inclusive.",
          "evidencePrompts": [
            "Where is your strategy for inclusive digital transformation written down, and who agreed it?",
            "Which needs and assets is it based on?",
            "How do other strategies (digital, health inequalities, workforce) refer to it?"
          ],
          "levels": {
            "1": "There is no strategy for inclusive digital transformation.",
            "2": "Digital inclusion is mentioned in other strategies, or one organisation is drafting a strategy.",
            "3": "A strategy exists for part of the system or for some programmes, informed by some evidence of local needs.",
            "4": "A shared, cross-sector strategy, based on local needs and assets and with shared goals, has been agreed across the ICS.",
            "5": "The strategy is reviewed with partners and people with living experience, and other strategies and plans build on it."
          },
          "sources": [
            {
              "seed": "001",
              "section": "Definitions"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "\"no single place where we articulate our strategy\""
            },
            {
              "seed": "003",
              "section": "§4.5"
            }
          ]
        },
        {
          "key": "leadership.governance",
          "statement": "Inclusive digital transformation has clear governance: a named lead, a workstream or steering group, and reporting to the ICS board.",
          "guidance": "ICSs referred to focused workstreams, nominated leads (such as Health Inequalities Executive leads) and keeping IDT on the board agenda. Governance makes IDT somebody's responsibility, tracks progress, and guards against what was gained during the pandemic being lost once business as usual resumes.",
          "evidencePrompts": [
            "Who is the named lead, and to whom do they report?",
            "Which group oversees the work, who sits on it, and does it include people who use services?",
            "How is progress reported to the board?"
          ],
          "levels": {
            "1": "No one is responsible for inclusive digital transformation, and no group oversees it.",
            "2": "A lead or group exists in one organisation or project, with no route to the ICS board.",
            "3": "A named lead and a workstream or steering group are in place, with occasional reports to the board.",
            "4": "A named executive lead and a steering group of partners and people who use services oversee the work and report to the board regularly.",
            "5": "Governance checks every digital programme for inclusion, and progress is tracked, published and acted on."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.5",
              "note": "work streams, board agendas and executive leads"
            },
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "digital workstreams, steering groups and dedicated staff"
            }
          ]
        },
        {
          "key": "leadership.health-inequalities-framing",
          "statement": "Inclusive digital transformation is framed within the ICS's health inequalities agenda, and digital plans are checked for their effect on inequalities.",
          "guidance": "There is a direct relationship between digital exclusion and health inequalities, and health inequalities are a high priority for ICSs. Making the connection puts IDT where decisions and resources already are, and guards against digital change that widens the divide between people who are online and people who are excluded.",
          "evidencePrompts": [
            "Where does your health inequalities strategy or plan address digital exclusion?",
            "How are new digital services checked for their effect on health inequalities?",
            "Who connects the health inequalities and digital teams?"
          ],
          "levels": {
            "1": "Digital change and health inequalities are treated as separate agendas.",
            "2": "The link between digital exclusion and health inequalities is recognised, but not reflected in plans.",
            "3": "The health inequalities plan covers digital exclusion, and some digital projects consider their effect on inequalities.",
            "4": "IDT is part of the health inequalities agenda across the ICS, and new digital services are checked for their effect on inequalities.",
            "5": "Digital and health inequalities work is planned, funded and reviewed together, and the checks lead to changes in digital services."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-7"
            },
            {
              "seed": "000",
              "section": "Description",
              "note": "rapid digital transformation compounding existing health inequalities"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "leadership.digital-inclusion-workstream",
          "statement": "Our ICS has a dedicated workstream or steering group for digital inclusion.",
          "sources": [
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "ICSs reported digital workstreams and steering groups"
            }
          ]
        }
      ]
    },
    {
      "key": "workforce",
      "number": 5,
      "title": "A digitally confident workforce",
      "summary": "Staff with the skills, confidence and motivation to use digital and to support people who use services, built through peer-led, informal and personalised learning, with inclusive digital transformation written into roles and objectives.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.6"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-4 and ICS-5"
        },
        {
          "seed": "001",
          "section": "Definitions",
          "note": "system-side issues: staff access, skills, confidence and motivation"
        },
        {
          "seed": "000",
          "section": "Key achievements",
          "note": "the co-designed digital skills guide for the mental health workforce"
        },
        {
          "seed": "004",
          "section": "§4.4",
          "note": "individualised training and support"
        }
      ],
      "recommendations": [
        "ICS-4",
        "ICS-5"
      ],
      "coachingTopics": [
        "Peer-led training and digital champion models",
        "Writing IDT into job descriptions, inductions and objectives",
        "Assessing staff digital skills and confidence"
      ],
      "criteria": [
        {
          "key": "workforce.skills-confidence-motivation",
          "statement": "Staff have the digital skills, confidence and motivation to use digital tools in their work and to support people who use services to use them.",
          "guidance": "A lack of staff skills, confidence and motivation was one of the barriers to IDT most often reported: in the survey for the 2022 discovery report, 44% said it was a barrier to people accessing digital mental health services. \"If culture or digital confidence or education with staff is not at a certain level, it is difficult for them to encourage inclusion with patients.\" Staff need to be confident both using and signposting digital resources, and to understand the benefits.",
          "evidencePrompts": [
            "How do you know how confident staff are with digital (for example a skills self-assessment or survey)?",
            "Which staff groups are least confident, and what is being done?",
            "How confident are staff in signposting people to digital inclusion support?"
          ],
          "levels": {
            "1": "Staff digital skills and confidence are unknown and not addressed.",
            "2": "Some staff have had ICT training; gaps in skills, confidence and motivation are known only from anecdote.",
            "3": "Staff skills and confidence have been assessed in some teams, and support is targeted at the gaps found.",
            "4": "Most staff are confident using digital tools and signposting people to support, and this is checked regularly.",
            "5": "Digital confidence is part of how staff work and develop; it is reviewed routinely, and staff help people who use services build theirs."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.6",
              "note": "44% said staff skills, confidence and motivation were a barrier"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-4"
            },
            {
              "seed": "001",
              "section": "Definitions"
            }
          ]
        },
        {
          "key": "workforce.training-and-support",
          "statement": "Staff learning about digital is peer-led, informal and personalised where it can be, and digital inclusion is part of professional frameworks, inductions and training.",
          "guidance": "Staff preferred peer-led, informal and personalised learning, such as digital champions and real-time support, to mandatory ICT training; one provider saw low uptake of formal training. Most professional frameworks make no more than a passing reference to digital, sometimes as an optional skill. Building digital inclusion into inductions and training makes it part of everyone's job.",
          "evidencePrompts": [
            "What training and support is on offer, and how do staff prefer to learn?",
            "Do you have digital champions or peer support, and how many teams do they reach?",
            "Where do induction and professional training cover digital inclusion and IDT?"
          ],
          "levels": {
            "1": "There is no training on digital inclusion, and digital training is limited to ICT systems.",
            "2": "Formal ICT training is offered; digital inclusion appears in a few courses or as an optional extra.",
            "3": "Peer-led support such as digital champions runs in some teams, and some inductions cover digital inclusion.",
            "4": "Peer-led, informal and personalised support is available across the ICS, and induction and training programmes cover digital inclusion and IDT.",
            "5": "Learning is shaped by what staff ask for, kept up to date as technology changes, and built into professional frameworks and development."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.6",
              "note": "peer-led training and digital champion models"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-4"
            },
            {
              "seed": "004",
              "section": "§4.4",
              "note": "individualised training and support"
            }
          ]
        },
        {
          "key": "workforce.roles-and-objectives",
          "statement": "Responsibility for inclusive digital transformation is written into roles: targeted posts where they are needed, and objectives in everyone's job.",
          "guidance": "IDT is often carried by passionate individuals, which has not been enough for systems to take notice. The 2022 discovery report recommends targeted roles (digital inclusion officers, digital nurses and digital champions were all mentioned, alongside CCIOs and CNIOs) or, better still, making tackling inequalities and IDT everyone's job. Formal responsibility gives people agency and permission to drive change.",
          "evidencePrompts": [
            "Which posts have inclusive digital transformation as a main part of the role?",
            "Where does IDT appear in job descriptions and objectives?",
            "What would happen to the work if a key person left?"
          ],
          "levels": {
            "1": "IDT is no one's formal responsibility; it happens, if at all, through individuals' goodwill.",
            "2": "A few people carry IDT alongside their main job, without it being part of their role.",
            "3": "Some targeted roles exist (such as a digital inclusion officer or digital champions), and IDT is in some objectives.",
            "4": "Targeted roles are in place where needed, and IDT is in the job descriptions and objectives of relevant staff across the ICS.",
            "5": "Tackling inequalities and IDT is everyone's job: it is in all job descriptions and objectives, and the work does not depend on any one person."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-5"
            },
            {
              "seed": "003",
              "section": "§4.6",
              "note": "tailored job roles and responsibilities"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "workforce.dedicated-staff",
          "statement": "We have staff dedicated to digital inclusion, such as digital inclusion officers or analytics support.",
          "sources": [
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "ICSs reported dedicated staff, such as dedicated analytics support"
            }
          ]
        }
      ]
    },
    {
      "key": "staff-engagement",
      "number": 6,
      "title": "Engaging clinical and non-clinical staff",
      "summary": "Inclusive digital transformation shaped with clinical and non-clinical staff, not handed to IT: staff help lead change, question assumptions about who digital suits, and are recognised as people who can be digitally excluded too.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.7"
        },
        {
          "seed": "003",
          "section": "Executive summary",
          "note": "engaging clinical and non-clinical staff"
        },
        {
          "seed": "000",
          "section": "Key achievements",
          "note": "a decision making tool for clinicians; events to engage all staff"
        }
      ],
      "recommendations": [
        "ICS-3",
        "ICS-4",
        "NAT-5"
      ],
      "coachingTopics": [
        "Engaging clinicians in co-design",
        "Challenging assumptions about who digital suits",
        "Supporting staff who are digitally excluded"
      ],
      "criteria": [
        {
          "key": "staff-engagement.staff-led-change",
          "statement": "Clinical and non-clinical staff from across services help shape and lead inclusive digital transformation; it is not left to IT or to a few digital enthusiasts.",
          "guidance": "\"Digital doesn't mean IT.\" Where digital transformation was led from an ICT background, respondents saw it as the wrong approach. Staff-led IDT changes the belief that it is a \"digital problem\" unrelated to clinical roles, and reassures clinicians that they do not need to become digital experts. Engage staff across specialties and roles in ways that fit their work, such as 30-minute sprint groups instead of monthly board meetings.",
          "evidencePrompts": [
            "Which clinical and non-clinical staff groups took part in recent digital change, and how?",
            "How do you make it easy for busy frontline staff to take part?",
            "Who leads digital change: IT, clinical services, or both together?"
          ],
          "levels": {
            "1": "Digital change is led by IT, and clinical and non-clinical staff are not involved.",
            "2": "A few digitally interested staff, such as CCIOs, are involved; most staff are told about changes rather than asked.",
            "3": "Staff from some services and roles help shape digital change, in ways that fit their work.",
            "4": "Clinical and non-clinical staff across specialties and roles co-design and help lead digital change across the ICS.",
            "5": "Staff see IDT as part of their role: staff-led change is the norm, and staff bring ideas for inclusion forward themselves."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.7",
              "note": "staff-led IDT; digital traditionally led from an ICT background"
            },
            {
              "seed": "003",
              "section": "§4.6",
              "note": "input from staff across the board, not just CCIOs; 30-minute sprint groups"
            }
          ]
        },
        {
          "key": "staff-engagement.assumptions-challenged",
          "statement": "Staff are helped to question their assumptions about who can use digital, and which conditions and people it suits, using evidence and what people with living experience say.",
          "guidance": "Staff sometimes assume that a person cannot or will not use digital, or that digital is less suitable for some conditions, despite evidence that it can help. People with living experience told the researchers of the 2022 discovery report that assumptions are often made about what they can or can't do. A staff self-audit in one trust was valuable because it unpicked such assumptions; a decision-making tool for clinicians can help staff ask rather than assume.",
          "evidencePrompts": [
            "What assumptions about digital and the people you serve have staff examined, and how?",
            "What tools or prompts help clinicians decide with people, not for them, whether digital suits them?",
            "What did you change as a result?"
          ],
          "levels": {
            "1": "Assumptions about who digital suits go unquestioned and shape what people are offered.",
            "2": "Some staff are aware that assumptions are made, but nothing is done to test them.",
            "3": "Some teams have examined their assumptions, for example through a staff self-audit or sessions with people with living experience.",
            "4": "Across the ICS, staff use evidence, tools and the views of people with living experience to test assumptions when offering digital options.",
            "5": "Testing assumptions is routine in practice and training, and what is learned changes policies and pathways."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.7",
              "note": "assumptions that digital is less appropriate for some conditions"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "a staff self-audit that unpicked assumptions"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "assumptions are often made about what a person can or cannot do"
            },
            {
              "seed": "000",
              "section": "Key achievements",
              "note": "a decision making tool for clinicians"
            }
          ]
        },
        {
          "key": "staff-engagement.staff-digital-inclusion",
          "statement": "The ICS recognises that staff can be digitally excluded too, and supports staff with access, devices and skills.",
          "guidance": "\"Digital inclusion is not just patients and carers — it is the workforce — at every level.\" Digital exclusion includes system-side issues such as staff access, skills, confidence and motivation, and poor infrastructure. IDT recognises the need for accessible technology and the internet for people who deliver services as well as for people who use them. Access differs between staff groups, for example between health and social care.",
          "evidencePrompts": [
            "What do you know about digital exclusion among your staff, including non-clinical and care staff?",
            "What support with access, devices and skills is there for staff who need it?",
            "How are staff with less access involved when digital change is planned?"
          ],
          "levels": {
            "1": "Digital exclusion among staff is not recognised.",
            "2": "It is recognised that some staff lack access or skills, but there is no plan.",
            "3": "Some staff groups have been asked about their access and skills, and some support is in place.",
            "4": "Digital exclusion among staff is understood across the ICS, and staff get support with access, devices and skills where they need it.",
            "5": "Staff inclusion is planned for in every digital change, and no staff group is left without the access and support it needs."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.7",
              "note": "\"it is the workforce, at every level\""
            },
            {
              "seed": "001",
              "section": "Definitions",
              "note": "staff access, skills, confidence and motivation"
            },
            {
              "seed": "004",
              "section": "§3.3",
              "note": "differences in digital access between the health and social care workforces"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "staff-engagement.multidisciplinary-transformation",
          "statement": "Our transformation programmes involve system partners, multidisciplinary teams and people with living experience.",
          "sources": [
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "system partners, multidisciplinary teams and those with living experience"
            }
          ]
        }
      ]
    },
    {
      "key": "access",
      "number": 7,
      "title": "Access: devices, connectivity, digital and data poverty",
      "summary": "Making sure people can get online and stay online, with a suitable device, a connection they can afford and services they can use, and tackling digital and data poverty as a root cause rather than through one-off handouts.",
      "sources": [
        {
          "seed": "001",
          "section": "Definitions",
          "note": "digital access; accessible technology and the internet; digital and data poverty"
        },
        {
          "seed": "000",
          "section": "Description",
          "note": "14.9 million people unable to use the internet or their devices by themselves"
        },
        {
          "seed": "000",
          "section": "Key achievements",
          "note": "the needs map shows where people can get training, devices and data"
        },
        {
          "seed": "003",
          "section": "§3.4.1 People with living experience",
          "note": "why people lose access to devices or the internet"
        },
        {
          "seed": "003",
          "section": "§3.3",
          "note": "digital poverty as a barrier"
        }
      ],
      "recommendations": [
        "ICS-9",
        "ICS-11"
      ],
      "coachingTopics": [
        "Device lending and data schemes",
        "Tackling digital and data poverty",
        "Accessible digital services and information"
      ],
      "criteria": [
        {
          "key": "access.devices-and-connectivity",
          "statement": "People who need services and do not have a suitable device or connection can get one, with help to set it up and to keep using it.",
          "guidance": "An estimated 16% of people are unable to use the internet or their devices by themselves, and 4% of households have no internet access at all. Access can also be lost: devices are lost, stolen or pawned, housing may have no reliable connection, and living arrangements change. Examples include device lending, refurbished phones with a data plan, and free digital support in libraries and other community venues. Some people also need a private space to take part in a remote appointment.",
          "evidencePrompts": [
            "What device, data and connectivity support can people get, where, and from whom?",
            "How do staff refer someone who has no device or connection?",
            "What happens when someone loses their device or connection?"
          ],
          "levels": {
            "1": "There is no help for people without a suitable device or connection.",
            "2": "Device or data help exists only in isolated pilots, such as a small lending scheme in one service.",
            "3": "Device, data and connectivity support is available for some groups or areas, and staff in some services can refer people to it.",
            "4": "Across the ICS, people can get devices, data and connectivity with help setting up, and staff know how to refer them.",
            "5": "Access support is part of care pathways, funded for the long term, continues when circumstances change, and includes private places to get online."
          },
          "sources": [
            {
              "seed": "000",
              "section": "Description",
              "note": "14.9 million people (16%); 4% of households without internet access"
            },
            {
              "seed": "001",
              "section": "Definitions",
              "note": "access to accessible technology and the internet"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "reasons for losing access"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "refurbished phones with a data plan"
            },
            {
              "seed": "003",
              "section": "§3.2.1",
              "note": "free digital support in libraries and other community venues"
            },
            {
              "seed": "003",
              "section": "§6",
              "note": "lack of available private space"
            }
          ]
        },
        {
          "key": "access.digital-and-data-poverty",
          "statement": "Poverty is treated as a root cause of digital exclusion: the ICS and its partners take a systemic approach to digital and data poverty, beyond one-off handouts.",
          "guidance": "IDT recognises that poverty is often a primary root issue, and advocates a systemic approach to tackling digital and data poverty. People who are economically disadvantaged are less likely to access digitally enabled care, and the cost of digital access is itself a barrier. A systemic approach works with partners on affordable, continuing access, as in the digital and data poverty blueprint developed with the Yorkshire and Humber ICSs.",
          "evidencePrompts": [
            "How do your plans address the cost of devices and data for people on low incomes?",
            "Which partners do you work with on digital and data poverty?",
            "Is support continuing, or tied to one-off projects?"
          ],
          "levels": {
            "1": "Poverty is not considered in digital plans.",
            "2": "Cost is recognised as a barrier, but is addressed only through one-off donations or short projects.",
            "3": "Some services and partners address the cost of devices and data for people on low incomes in a planned way.",
            "4": "The ICS has a systemic, cross-sector approach to digital and data poverty, built into its digital and health inequalities plans.",
            "5": "Affordable, continuing access is secured with partners for people on low incomes, and plans are reviewed against what people say about cost."
          },
          "sources": [
            {
              "seed": "001",
              "section": "Definitions",
              "note": "poverty as a root issue; a systemic approach to digital and data poverty"
            },
            {
              "seed": "000",
              "section": "Description",
              "note": "the digital and data poverty blueprint"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "economically disadvantaged people are less likely to access digitally enabled care"
            }
          ]
        },
        {
          "key": "access.accessible-services",
          "statement": "Digital services, and information about them, are accessible and usable by the people who need them, on the devices and connections they have.",
          "guidance": "Digital inclusion includes digital skills, connectivity and accessibility. Barriers include language, literacy, disability and cognitive impairment, and symptoms such as reduced concentration. Activities and information need to be accessible (for example with subtitles and British Sign Language), and solutions user friendly and easy to use.",
          "evidencePrompts": [
            "How are new digital services tested for accessibility, and with whom?",
            "In which formats and languages is information about digital services available?",
            "What have people told you makes services hard to use?"
          ],
          "levels": {
            "1": "Accessibility is not considered when digital services are chosen or designed.",
            "2": "Some services meet basic accessibility standards, but they are not tested with people who face barriers.",
            "3": "New digital services are checked for accessibility, and information is offered in some accessible formats and languages.",
            "4": "Digital services and information across the ICS are tested with people who face barriers, and offered in accessible formats and languages.",
            "5": "Accessibility is a condition of buying or building any digital service, and is reviewed in use with the people who rely on it."
          },
          "sources": [
            {
              "seed": "001",
              "section": "Definitions",
              "note": "digital inclusion includes digital skills, connectivity and accessibility"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "subtitles and British Sign Language; user friendly and easy to use solutions"
            },
            {
              "seed": "003",
              "section": "§3.1.2",
              "note": "barriers and risk factors"
            }
          ]
        }
      ],
      "quickCheck": []
    },
    {
      "key": "wraparound-support",
      "number": 8,
      "title": "Person-centred wraparound support and informed choice",
      "summary": "Support wrapped around each person: staff find out who may be digitally excluded and connect them to help that fits, people are supported by someone they trust, and at every stage of a pathway they can make an informed choice between digital and non-digital options.",
      "sources": [
        {
          "seed": "001",
          "section": "Definitions",
          "note": "person-centred wraparound support"
        },
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-12"
        },
        {
          "seed": "003",
          "section": "§3.4.1 People with living experience",
          "note": "personalised is important; things change"
        },
        {
          "seed": "003",
          "section": "§3.1.2",
          "note": "the person-centred care agenda extends to IDT"
        },
        {
          "seed": "004",
          "section": "§2.1",
          "note": "person-centred care"
        }
      ],
      "recommendations": [
        "ICS-12"
      ],
      "coachingTopics": [
        "Identifying digital exclusion in appointments and signposting to support",
        "Designing blended pathways that offer real choice",
        "Personalised support to build skills, confidence and motivation"
      ],
      "criteria": [
        {
          "key": "wraparound-support.identify-and-connect",
          "statement": "Staff routinely find out whether people may be digitally excluded (for example at referral or in appointments) and connect them to support that fits their needs.",
          "guidance": "The assessment tool from Thrive by Design’s Inclusive Digital Transformation programme helps staff identify people who are digitally excluded during appointments and tell them where to get the specific support they need; one Pioneer ICS is developing a digital exclusion assessment for any new patient-facing digital service. Asking is better than assuming, and needs change over time.",
          "evidencePrompts": [
            "How, and at what point in a pathway, do staff find out whether someone may be digitally excluded?",
            "Where do they refer people, and do they know whether the support helped?",
            "Is this recorded, so that the service can see who needs support?"
          ],
          "levels": {
            "1": "Staff do not ask whether people can use digital services.",
            "2": "Some staff ask informally, but there is no routine way to identify people and no clear place to refer them.",
            "3": "Some services identify people who may be digitally excluded and refer them to local support.",
            "4": "Across the ICS, staff routinely identify people who may be excluded and connect them to support that fits their needs.",
            "5": "Identifying and connecting people is built into pathways and records, revisited as needs change, and followed up to see whether the support helped."
          },
          "sources": [
            {
              "seed": "000",
              "section": "Key achievements",
              "note": "the assessment tool for identifying digital exclusion during appointments"
            },
            {
              "seed": "002",
              "section": "The ICS Projects",
              "note": "South West London: a digital exclusion assessment for new digital tools"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "needs change over time"
            }
          ]
        },
        {
          "key": "wraparound-support.person-centred-support",
          "statement": "People who need help to use digital get personalised, continuing support from someone they trust to build their skills, confidence and motivation.",
          "guidance": "What works for one person will not work for the next, and what someone needs help with may change over time. Without guidance from a trusted person who understands their needs, digital options can be overwhelming (\"I need someone to show me\"). Choice and a personalised approach to building skills, confidence and motivation enable digital inclusion; digital mentors, peers and trusted touchpoints can provide it.",
          "evidencePrompts": [
            "Who gives people one-to-one help with digital, and where (services, VCSE partners, peers)?",
            "How is support adjusted to each person, and does it continue beyond a single session?",
            "What do people say about the support they received?"
          ],
          "levels": {
            "1": "No help is available to people who find digital services hard to use.",
            "2": "Help is general (a leaflet or a helpline) or limited to one-off sessions in a few places.",
            "3": "Personalised help from digital mentors, peers or VCSE partners is available in some services or areas.",
            "4": "Personalised, continuing support from trusted people is available across the ICS, including through VCSE partners.",
            "5": "Support is wrapped around each person over time, adjusted as their needs change, and shaped by feedback from the people who use it."
          },
          "sources": [
            {
              "seed": "001",
              "section": "Definitions",
              "note": "person-centred wraparound support"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "personalised is important; guidance from a trusted person"
            },
            {
              "seed": "003",
              "section": "§3.1.2",
              "note": "choice and a personalised approach to skills, confidence and motivation"
            },
            {
              "seed": "003",
              "section": "§3.3",
              "note": "digital mentors"
            }
          ]
        },
        {
          "key": "wraparound-support.informed-choice",
          "statement": "At every stage of a pathway, people can make an informed choice between digital and non-digital options, and are told when and why services change.",
          "guidance": "A lack of choice can disempower people, reduce their confidence in themselves and make them reluctant to use digital. Services need to be blended, offering real choice, and staff supported to understand preferences and how to reduce barriers. People are more willing to try digital once reassured it will not remove their choice later. Not being communicated with was the biggest concern of people with living experience when services change.",
          "evidencePrompts": [
            "Which pathways offer a real choice between digital and non-digital options at each stage?",
            "How are people told about their choices, and about changes to services?",
            "How are staff supported to understand preferences?"
          ],
          "levels": {
            "1": "Pathways are digital only or offer no real choice, and people are not told about changes.",
            "2": "Non-digital options exist in some places, but people are not always told about them.",
            "3": "Some pathways offer a blended choice at most stages, and people are told why services change.",
            "4": "Pathways across the ICS offer an informed choice at every stage, choosing digital does not remove later choice, and staff are supported to understand preferences.",
            "5": "Choice is designed into every pathway with the people who use it, is monitored, and people are involved in how services change."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-12"
            },
            {
              "seed": "003",
              "section": "§4.6",
              "note": "people try digital more readily once reassured it will not remove future choice"
            },
            {
              "seed": "003",
              "section": "§3.4.1 People with living experience",
              "note": "not being communicated with is the biggest concern"
            },
            {
              "seed": "004",
              "section": "§2.1",
              "note": "person-centred care and choice"
            }
          ]
        }
      ],
      "quickCheck": []
    },
    {
      "key": "investment",
      "number": 9,
      "title": "Sustainable, long-term investment",
      "summary": "Funding that lasts long enough to embed inclusive digital transformation: revenue as well as capital, joined up across the ICS, and a route from small pilots into mainstream budgets. The 2022 discovery report, Adopting inclusive digital transformation in mental health, found funding short term, tied to pilots, and focused on individual initiatives not linked across the patch.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.8"
        },
        {
          "seed": "003",
          "section": "§5.1",
          "note": "NAT-1: long term revenue funding models"
        },
        {
          "seed": "003",
          "section": "Executive summary",
          "note": "access to opportunities for investment and development"
        }
      ],
      "recommendations": [
        "NAT-1",
        "ICS-2",
        "ICS-11"
      ],
      "coachingTopics": [
        "Making the case for investment",
        "Moving from pilots to sustained funding",
        "Finding and combining funding streams with partners"
      ],
      "criteria": [
        {
          "key": "investment.long-term-revenue",
          "statement": "Inclusive digital transformation has recurrent (revenue) funding over several years, covering posts, training, partnership working and support, not only capital for equipment.",
          "guidance": "Embedding IDT is less about buying equipment and software and more about data collection and analysis, partnership building, training and support across the life of a service. Capital grants can buy hardware but not posts. Sustained change requires sustained funding.",
          "evidencePrompts": [
            "What IDT funding do you have, for how long, and how much of it is revenue?",
            "Which posts and activities does it pay for?",
            "What stops when the current funding ends?"
          ],
          "levels": {
            "1": "There is no dedicated funding for inclusive digital transformation.",
            "2": "Funding comes from short-term or capital grants, mainly for equipment.",
            "3": "Some revenue funding pays for posts, training or support, but for a year or less at a time.",
            "4": "Multi-year revenue funding covers the main posts, training, partnership working and support.",
            "5": "IDT is part of recurrent budgets across the ICS and its partners, planned for the long term like other core services."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.8",
              "note": "a guaranteed revenue stream rather than capital funding"
            },
            {
              "seed": "003",
              "section": "§5.1",
              "note": "NAT-1"
            }
          ]
        },
        {
          "key": "investment.joined-up-funding",
          "statement": "Funding for digital inclusion is joined up across the ICS, linking activity across the patch instead of separate initiatives organisation by organisation.",
          "guidance": "Funding tends to go to individual initiatives that are not linked across the patch: \"At the moment it is Trust led, operationally driven, it needs to link at ICS level.\" Partners can identify funding streams together (such as lottery or government grants), combine them, and make the case for investment in IDT across the wider system.",
          "evidencePrompts": [
            "Who decides how digital inclusion funding is spent across the ICS?",
            "Which funding streams have partners bid for or combined together?",
            "How are funded activities linked, so that they do not duplicate each other?"
          ],
          "levels": {
            "1": "Digital inclusion work is funded piecemeal by individual organisations, if at all.",
            "2": "Organisations bid for funding separately, with little awareness of what others fund.",
            "3": "Partners share information about funding, and some bids are made jointly.",
            "4": "Digital inclusion funding is planned across the ICS, with partners identifying and combining funding streams to a shared plan.",
            "5": "Investment follows the ICS's shared strategy and needs analysis as a matter of course, and gaps are filled rather than work duplicated."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.8",
              "note": "individual initiatives not linked across the patch; identifying funding streams"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-11"
            }
          ]
        },
        {
          "key": "investment.pilots-to-mainstream",
          "statement": "Promising work can start small and, if it shows its value, has a planned route into mainstream budgets before the pilot money ends.",
          "guidance": "Funding is often short term and for pilots, with an assumption that activity will become 'sustainable' afterwards, which is rarely the case. Starting small works: a clinic's small tablet lending scheme built the proof of principle that secured resources for a digital inclusion officer. Planning the route to mainstream funding from the start avoids losing what works.",
          "evidencePrompts": [
            "Which pilots have moved into mainstream funding, and how?",
            "How do you decide whether a pilot has shown enough value to continue?",
            "What happened to pilots whose funding ended?"
          ],
          "levels": {
            "1": "There is no small-scale testing, or pilots simply stop when their money runs out.",
            "2": "Pilots run, but there is no plan for what happens after them.",
            "3": "Some pilots have an agreed way to show their value, and a few have moved to longer-term funding.",
            "4": "New work starts small with a planned route to mainstream funding, decided on evidence before the pilot ends.",
            "5": "Moving what works into mainstream budgets is routine, and what is stopped, and why, is shared as learning."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.8",
              "note": "sustained change requires sustained funding; the tablet lending example"
            },
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-2: start small"
            }
          ]
        }
      ],
      "quickCheck": []
    },
    {
      "key": "evaluation",
      "number": 10,
      "title": "Evaluation, inclusive feedback and impact",
      "summary": "Knowing whether inclusive digital transformation works, and for whom: feedback that reaches people who are digitally excluded, monitoring of who uses digital services and who does not, and evaluation of impact, including the human impact and the savings.",
      "sources": [
        {
          "seed": "003",
          "section": "§5.2",
          "note": "ICS-6"
        },
        {
          "seed": "003",
          "section": "§5.1",
          "note": "NAT-3: better evaluation methods"
        },
        {
          "seed": "000",
          "section": "Key achievements",
          "note": "the impact and benefits tools and the evaluation framework"
        },
        {
          "seed": "003",
          "section": "§3.4.1 System level interviews",
          "note": "a lack of mechanisms to capture evidence of impact"
        }
      ],
      "recommendations": [
        "ICS-6",
        "NAT-3",
        "NAT-6"
      ],
      "coachingTopics": [
        "Using an evaluation framework with quantitative and qualitative data",
        "Estimating impact and benefits, including savings",
        "Gathering feedback from people who are offline"
      ],
      "criteria": [
        {
          "key": "evaluation.inclusive-feedback",
          "statement": "Feedback on digital services reaches people who are digitally excluded, not only people who are online, and leads to changes through quality improvement.",
          "guidance": "Some interviewees collected views only through digital methods, which misses the people most likely to be excluded. Robust and inclusive feedback means understanding the needs of people who use the service, keeping the design flexible, accessible and personalised, and building in quality improvement so that communication and feedback continue. Patient-led feedback programmes, digital working groups and 'digital cafes' are examples.",
          "evidencePrompts": [
            "How do you hear from people who do not use, or stop using, your digital services?",
            "Which feedback routes work offline (by phone, face to face, through trusted touchpoints)?",
            "What has changed because of feedback in the last year?"
          ],
          "levels": {
            "1": "There is no feedback on digital services, or it is collected only online.",
            "2": "Feedback comes mainly from people who already use digital services, with little follow-up.",
            "3": "Some services gather feedback offline and through partners, and some changes have followed.",
            "4": "Feedback from people who are excluded is gathered across the ICS through several routes and acted on through quality improvement.",
            "5": "People who use services help run feedback, including patient-led programmes, and they can see what changed because of it."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§5.2",
              "note": "ICS-6"
            },
            {
              "seed": "003",
              "section": "§4.2",
              "note": "information collected only via digital methods"
            },
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "patient-led feedback programmes, digital working groups and 'digital cafes'"
            }
          ]
        },
        {
          "key": "evaluation.uptake-monitoring",
          "statement": "We monitor who uses digital services and who does not, by factors such as deprivation, ethnicity, age and disability, so that any widening of inequalities is seen and acted on.",
          "guidance": "To be sure that people are not being excluded from services, data needs to be collected and monitored so that exclusion can be measured. There is not enough good data on people who are digitally excluded; local monitoring shows the real picture rather than the risk. One Pioneer ICS is looking at how deprivation and ethnicity affect access to digital maternity services.",
          "evidencePrompts": [
            "Which digital services do you monitor for uptake, and by which characteristics?",
            "Who is under-represented among users, and what are you doing about it?",
            "How often is this reviewed, and by whom?"
          ],
          "levels": {
            "1": "We do not know who uses our digital services and who does not.",
            "2": "Overall use is counted, but not broken down by group.",
            "3": "Uptake of some digital services is broken down by some characteristics, and gaps are reported.",
            "4": "Uptake of digital services across the ICS is monitored by key characteristics, and gaps lead to action.",
            "5": "Monitoring is routine and shared with partners, and shows whether digital change is narrowing or widening inequalities."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.2",
              "note": "data collected and monitored so that exclusion can be measured"
            },
            {
              "seed": "003",
              "section": "§5.1",
              "note": "NAT-6"
            },
            {
              "seed": "002",
              "section": "The ICS Projects",
              "note": "Cambridgeshire and Peterborough: deprivation and ethnicity"
            }
          ]
        },
        {
          "key": "evaluation.impact-evaluated",
          "statement": "We evaluate the impact of our digital inclusion and IDT work with quantitative and qualitative data, including the human impact and the benefits to people and public services.",
          "guidance": "Interventions tend to lack ways to capture evidence of impact, and the lack of evidence limits future work. The impact and benefits tools from Thrive by Design’s Inclusive Digital Transformation programme show the impact of digital inclusion activity in money saved for public services and for individuals, and its evaluation framework collects quantitative and qualitative data to show the human impact. Evidence of impact also makes the case for investment, and lets pioneers help others.",
          "evidencePrompts": [
            "Which activities have been evaluated, and how (which data, which methods)?",
            "What did the evaluation show, for people and for public services?",
            "Who has seen the findings, and what did they change?"
          ],
          "levels": {
            "1": "Digital inclusion and IDT work is not evaluated.",
            "2": "Activity is counted (for example devices handed out or sessions run), but impact is not assessed.",
            "3": "Some work is evaluated for impact with quantitative and qualitative data, using a shared framework.",
            "4": "The main IDT work across the ICS is evaluated for its human impact and benefits, and the findings inform decisions.",
            "5": "Evaluation is planned into all IDT work from the start, done with people who deliver and use services, and published for others to use."
          },
          "sources": [
            {
              "seed": "000",
              "section": "Key achievements",
              "note": "the impact and benefits tools and the evaluation framework"
            },
            {
              "seed": "003",
              "section": "§5.1",
              "note": "NAT-3"
            },
            {
              "seed": "003",
              "section": "§3.4.1 System level interviews",
              "note": "a lack of mechanisms to capture evidence of impact"
            }
          ]
        }
      ],
      "quickCheck": [
        {
          "key": "evaluation.feedback-shapes-redesign",
          "statement": "Feedback from people who use or need services, such as patient-led feedback programmes, shapes the redesign of our digital pathways.",
          "sources": [
            {
              "seed": "003",
              "section": "§3.2.2",
              "note": "patient-led feedback programmes, an example of a user-centred approach"
            }
          ]
        }
      ]
    },
    {
      "key": "learning-and-sharing",
      "number": 11,
      "title": "Learning and sharing",
      "summary": "Capturing and sharing learning systematically, within the ICS and beyond it, through networks, peers and a known place to find ideas and good practice, and working in the open about what did and did not work.",
      "sources": [
        {
          "seed": "003",
          "section": "§4.9"
        },
        {
          "seed": "003",
          "section": "§5.1",
          "note": "NAT-3: pioneers sharing their knowledge with other ICSs"
        },
        {
          "seed": "000",
          "section": "Key learning points",
          "note": "an open source approach; the FutureNHS workspace"
        },
        {
          "seed": "003",
          "section": "§4.4",
          "note": "principle 4: work in the open"
        }
      ],
      "recommendations": [
        "NAT-3"
      ],
      "coachingTopics": [
        "Learning from peer ICSs and pioneers",
        "Working in the open: sharing what worked and what did not",
        "Using communities of practice such as FutureNHS"
      ],
      "criteria": [
        {
          "key": "learning-and-sharing.systematic-capture",
          "statement": "Learning from inclusive digital transformation work is captured and shared systematically across the ICS, and people know where to find it.",
          "guidance": "Information sharing improved during the pandemic, but it tends to be informal and ad hoc. A more concerted, systematic effort is needed, with a known place for finding and sharing ideas, insights and good practice. Capturing learning as the work happens also avoids duplication across the patch.",
          "evidencePrompts": [
            "Where is learning from IDT work recorded, and who can find it?",
            "How is learning from one project used in the next?",
            "Give an example of learning from one part of the ICS being used in another."
          ],
          "levels": {
            "1": "Learning is not captured; it stays with the people involved.",
            "2": "Learning is shared informally and occasionally, for example in meetings or messaging groups.",
            "3": "Some programmes record and share learning in a known place within the ICS.",
            "4": "Learning is captured and shared systematically across the ICS, and teams use it when planning new work.",
            "5": "Capturing and reusing learning is part of every project, and the ICS can show where shared learning changed what it did."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.9",
              "note": "a systematic approach is lacking; a known place for sharing"
            }
          ]
        },
        {
          "key": "learning-and-sharing.networks-and-peers",
          "statement": "The ICS learns with others beyond its borders, through networks, communities of practice and peer ICSs, and helps others learn from it.",
          "guidance": "Networks such as ICS and regional CCIO groups and communities of practice help learning spread, and informal networks are powerful. The diffusion of innovation depends on early adopters influencing the early majority, through showcasing good practice and peer-to-peer networks. The 2022 discovery report asks national bodies to help pioneers share through action learning sets, mentoring, coaching and networks, across as well as within regions.",
          "evidencePrompts": [
            "Which networks or communities of practice does the ICS take part in, and who goes?",
            "Which peer ICSs have you learned from or supported, and on what?",
            "What did you change as a result?"
          ],
          "levels": {
            "1": "The ICS does not take part in networks or learn from other systems about IDT.",
            "2": "A few individuals follow networks or events, and learning rarely comes back into the ICS.",
            "3": "The ICS takes part in some regional or national networks, and has learned from neighbouring systems.",
            "4": "The ICS takes part regularly in networks and peer learning, within and across regions, and brings learning back into its work.",
            "5": "The ICS both learns from and supports other systems, for example mentoring an ICS that is earlier in its journey."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.9",
              "note": "CCIO groups and the power of informal networks"
            },
            {
              "seed": "003",
              "section": "§3.2.3",
              "note": "early adopters influencing the early majority"
            },
            {
              "seed": "003",
              "section": "§5.1",
              "note": "NAT-3"
            }
          ]
        },
        {
          "key": "learning-and-sharing.work-in-the-open",
          "statement": "The ICS works in the open: it shares what did and did not work, and its methods and tools, for others to reuse.",
          "guidance": "'Work in the open' is one of the six co-design principles: share your learning and your work, be transparent about design decisions, and say why something worked or did not. Thrive by Design took an open source approach, sharing everything it learned and produced, and found that this built trust and credibility. Learning from the worst examples is as useful as learning from the best.",
          "evidencePrompts": [
            "What have you published or shared about your IDT work, including what did not work?",
            "Which of your tools or methods have others reused?",
            "Where do you share it (for example FutureNHS, blogs, events)?"
          ],
          "levels": {
            "1": "Nothing about the ICS's IDT work is shared beyond the teams involved.",
            "2": "Successes are shared now and then, for example at events, but what did not work is not.",
            "3": "Some projects share their methods and learning, including some of what did not work.",
            "4": "The ICS shares its learning, methods and tools openly, including what did not work, where others will find them.",
            "5": "Working in the open is the norm: others reuse the ICS's tools and learning, and it explains its design decisions openly."
          },
          "sources": [
            {
              "seed": "003",
              "section": "§4.4",
              "note": "principle 4: work in the open"
            },
            {
              "seed": "000",
              "section": "Key learning points",
              "note": "an open source approach"
            },
            {
              "seed": "004",
              "section": "§6.1",
              "note": "applying learning from the best and worst examples"
            }
          ]
        }
      ],
      "quickCheck": []
    }
  ]
};
