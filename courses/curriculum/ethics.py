"""Module 4: Ethics, scope of practice and confidentiality.

Pure data; no Django imports. Facts follow /work/shared/domain.md sections 2,
3 and 6. Aide rules are quoted from state regulations that write AOTA's aide
language into law; scope always depends on the learner's state and employer.
"""

AOTA_CODE_2020 = {
    "citation": (
        "American Occupational Therapy Association. AOTA 2020 Occupational "
        "Therapy Code of Ethics. Am J Occup Ther. 2020;74(Suppl. 3):"
        "7413410005."
    ),
    "url": "https://doi.org/10.5014/ajot.2020.74S3006",
}

NC_AIDE_RULE = {
    "citation": (
        "North Carolina Board of Occupational Therapy. 21 NCAC 38 .1102, Delegation of duties to unlicensed personnel."
    ),
    "url": "",
}

NE_AIDE_RULE = {
    "citation": "Nebraska Department of Health and Human Services. 172 NAC 114-006, occupational therapy aides.",
    "url": "",
}

WI_OT_405 = {
    "citation": (
        "Wisconsin Occupational Therapists Affiliated Credentialing Board. "
        "Wis. Admin. Code OT 4.05, supervision of occupational therapy aides."
    ),
    "url": "",
}

OR_SUPERVISION = {
    "citation": (
        "Oregon Occupational Therapy Licensing Board. OAR 339-010-0005 "
        "(definitions of the levels of supervision) and OAR 339-010-0035(3) "
        "(the minimum level of supervision for an occupational therapy "
        "assistant)."
    ),
    "url": "",
}

NBCOT_CE = {
    "citation": (
        "National Board for Certification in Occupational Therapy (NBCOT). "
        "Certification renewal: continuing education."
    ),
    "url": "https://www.nbcot.org/certification/continuing-education",
}

OHIO_CE_RULE = {
    "citation": (
        "Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers "
        "Board. Ohio Admin. Code 4755:1-3-01, continuing education."
    ),
    "url": "",
}

HHS_PRIVACY_RULE = {
    "citation": "US Department of Health and Human Services, Office for Civil Rights. The HIPAA Privacy Rule.",
    "url": "https://www.hhs.gov/hipaa/for-professionals/privacy/index.html",
}

CFR_MINIMUM_NECESSARY = {
    "citation": (
        "45 CFR 164.502(b) and 164.514(d): minimum necessary standard; "
        "45 CFR 164.502(a)(1)(iii): incidental uses and disclosures."
    ),
    "url": "",
}

CFR_SAFE_HARBOR = {
    "citation": "45 CFR 164.514(b)(2): de-identification by the Safe Harbor method (18 identifiers).",
    "url": "",
}

EDUCATIONAL_CAUTION = (
    "callout",
    {
        "kind": "caution",
        "title": "Educational content, not legal advice or facility policy",
        "body": (
            "<p>This module explains general principles. It does not replace "
            "your state's occupational therapy law and rules, your job "
            "description, your facility's policies or the direction of your "
            "supervising OT. Rules for aides differ from state to state. When "
            "they differ from this lesson, follow them and ask your "
            "supervisor.</p>"
        ),
    },
)


LESSON_ROLES_AND_SUPERVISION = {
    "slug": "roles-and-supervision",
    "title": "Who does what? OT, OTA and aide roles and supervision",
    "intro": (
        "How responsibilities are divided between occupational therapists, "
        "occupational therapy assistants and aides, and which tasks an aide "
        "may and may not do."
    ),
    "body": [
        EDUCATIONAL_CAUTION,
        (
            "rich_text",
            "<p>An occupational therapy team often includes three kinds of "
            "staff. Knowing who does what keeps clients safe and protects "
            "you, because doing a task outside your role can harm a client "
            "and break the law, even when you meant to help.</p>"
            "<ul>"
            "<li><strong>Occupational therapist (OT or OTR).</strong> "
            "Evaluates the client, sets goals, writes the plan of care and is "
            "responsible for the OT service as a whole.</li>"
            "<li><strong>Occupational therapy assistant (OTA or COTA).</strong> "
            "Carries out interventions under the OT's supervision and helps "
            "gather information. An OTA may supervise aides.</li>"
            "<li><strong>Aide or technician.</strong> Supports the team with "
            "delegated tasks. Aides do not provide skilled occupational "
            "therapy and are never the client's primary service "
            "provider.</li>"
            "</ul>",
        ),
        ("heading", {"text": "How OTAs are supervised", "level": "h2"}),
        (
            "rich_text",
            "<p>How often an OT must supervise an OTA is set by state law and "
            "by payers, not by AOTA. Oregon's rules are one example. Their "
            "definitions describe <em>close</em> supervision as daily "
            "contact, <em>routine</em> supervision as contact at least every "
            "two weeks and <em>general</em> supervision as contact at least "
            "monthly, and a separate rule, OAR 339-010-0035(3), makes general "
            "supervision the least an OTA may have. The rules also define "
            "what counts as contact, and that definition may be narrower than "
            "everyday speech, so read the rule before assuming a particular "
            "kind of contact is enough. Other states use different terms and "
            "intervals.</p>",
        ),
        ("heading", {"text": "What aides may do", "level": "h2"}),
        (
            "rich_text",
            "<p>States such as North Carolina and Nebraska have written the "
            "AOTA aide language into their rules. Under that language, an "
            "aide must show competency before doing any delegated task, and "
            "tasks fall into two groups.</p>"
            "<p><strong>Non-client-related tasks</strong> include clerical "
            "work, maintenance, and preparing the work area or equipment. "
            "Examples: wiping down the mat table, restocking supplies, or "
            "laying out the putty the OT has chosen.</p>"
            "<p><strong>Client-related tasks</strong> are routine tasks that "
            "involve contact with the client. They may be delegated only when "
            "all of the conditions in the checklist below are true. Some "
            "states add more rules; Nebraska, for example, requires on-site "
            "supervision for every client-related task.</p>",
        ),
        (
            "checklist",
            {
                "title": "Before accepting a client-related task, check that",
                "items": [
                    "The outcome of the task is predictable.",
                    "The client and the environment are stable, so I will not "
                    "need to use judgment, interpret or adapt.",
                    "The client has already shown some ability to do the task.",
                    "The routine has been established by the OT or OTA.",
                    "I have shown competency in this task.",
                    "The supervision my state and facility require is in place.",
                ],
            },
        ),
        ("heading", {"text": "What aides may not do", "level": "h2"}),
        (
            "rich_text",
            "<p>Wisconsin's rule puts it plainly: aides may not do tasks that "
            'are "evaluative, assessive, task selective, or recommending". '
            "The same rule requires direct, on-premises supervision of aides. "
            "In "
            "practice that means an aide should not:</p>"
            "<ul>"
            "<li>interview a new client for their occupational profile or "
            "carry out an assessment;</li>"
            "<li>change an exercise, a home program or a resistance level, "
            "for example after a client reports pain;</li>"
            "<li>recommend equipment or tell a client what to buy;</li>"
            "<li>write evaluations or progress notes that document skilled "
            "care.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "ethics",
                "title": "It is fine to say, \u201cI need to check with the OT\u201d",
                "body": (
                    "<p>If you are asked to do something outside your role, "
                    "or a routine task stops being routine, politely pause "
                    "and tell your supervisor. Clients and colleagues respect "
                    "staff who know the limits of their role. The exact "
                    "limits depend on your state's law and your job "
                    "description, so learn both.</p>"
                ),
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Delegation",
                        "definition": "An OT or OTA assigning a specific task "
                        "to an aide who has shown competency in it.",
                    },
                    {
                        "term": "Non-client-related task",
                        "definition": "Clerical, maintenance or preparation "
                        "work that does not involve client contact.",
                    },
                    {
                        "term": "Client-related task",
                        "definition": "A routine task with client contact, "
                        "allowed for aides only under strict conditions.",
                    },
                    {
                        "term": "Skilled occupational therapy",
                        "definition": "Services that need the knowledge and "
                        "judgment of an OT or OTA; aides do not provide them.",
                    },
                ]
            },
        ),
        (
            "references",
            {"items": [NC_AIDE_RULE, NE_AIDE_RULE, WI_OT_405, OR_SUPERVISION]},
        ),
    ],
}


LESSON_CODE_OF_ETHICS = {
    "slug": "code-of-ethics-in-practice",
    "title": "The 2020 AOTA Code of Ethics in practice",
    "intro": (
        "The core values and six principles of the AOTA 2020 Code of Ethics, "
        "and what they look like in ordinary moments on a therapy team."
    ),
    "body": [
        (
            "rich_text",
            "<p>The American Occupational Therapy Association (AOTA) publishes "
            "a Code of Ethics that describes the values and conduct expected "
            "of occupational therapy personnel. The version covered here was "
            "published in 2020. Its Standards of Conduct are enforceable for "
            "AOTA members. Even if you are not a member, your employer's code "
            "of conduct and your state's laws apply to you, and the Code is a "
            "clear map of what the profession expects of everyone on the "
            "team.</p>",
        ),
        ("heading", {"text": "Seven core values", "level": "h2"}),
        (
            "rich_text",
            "<p>The Code names seven core values: <strong>altruism, equality, "
            "freedom, justice, dignity, truth and prudence</strong>. They "
            "describe the attitude behind good care: putting the client's "
            "interests first, treating people as equals, respecting their "
            "choices, being fair and honest, and using sound judgment.</p>",
        ),
        ("heading", {"text": "Six principles, everyday examples", "level": "h2"}),
        (
            "rich_text",
            "<p><strong>Beneficence</strong> means acting for the client's "
            "well-being and safety. Example: you notice a client is more "
            "confused than yesterday and you tell the OT before the session "
            "starts.</p>"
            "<p><strong>Nonmaleficence</strong> means avoiding harm. Example: "
            "you decline to help with a transfer you have not been trained "
            "for, and you stop a routine when the client is in new pain.</p>"
            "<p><strong>Autonomy</strong> means respecting a client's right "
            "to make their own decisions. Example: a client who has learned "
            "to use a sock aid prefers her husband's help at home. The COTA "
            "checks that she understands her options, documents her choice "
            "and informs the OT.</p>"
            "<p><strong>Justice</strong> means fairness. Example: you give "
            "every client the same courtesy, time and attention, whatever "
            "their background, payer or personality.</p>"
            "<p><strong>Veracity</strong> means truthful, accurate "
            "communication. Example: you record exactly what you did and saw, "
            "and when a client calls you <em>the therapist</em>, you kindly "
            "explain your actual role.</p>"
            "<p><strong>Fidelity</strong> means being faithful to your "
            "commitments and treating clients and colleagues with respect and "
            "integrity. Example: you raise a concern about a colleague's "
            "unsafe practice with your supervisor rather than gossiping about "
            "it.</p>",
        ),
        ("heading", {"text": "When principles pull apart", "level": "h3"}),
        (
            "rich_text",
            "<p>Real situations are rarely tidy. Suppose a client tells you "
            "they do not want to do the standing exercise the OT planned "
            "today. Beneficence pulls you toward encouraging them, because "
            "the exercise supports their goals. Autonomy reminds you that "
            "the client may refuse. A good response respects both: ask why, "
            "offer encouragement without pressure, do not force or trick "
            "them into it, and tell the OT so the plan can be reviewed. "
            "Veracity means that whatever is reported or recorded reflects "
            "what actually happened, not what was planned. Notice that the "
            "aide's part is to listen and report accurately; deciding "
            "whether to change the plan belongs to the OT.</p>",
        ),
        (
            "procedure",
            {
                "title": "Thinking through an ethical question",
                "steps": [
                    {
                        "instruction": "Notice the feeling that something is not right, and pause before acting.",
                        "safety_points": "<p>If a client is in immediate "
                        "danger, make them safe first and get help.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Gather the facts: what happened, who is "
                        "involved and what the plan of care says.",
                        "safety_points": "",
                        "common_errors": "<p>Acting on rumor or assumption.</p>",
                    },
                    {
                        "instruction": "Name the principles involved, for "
                        "example autonomy and beneficence pulling in different "
                        "directions.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Talk to your supervising OT or OTA, or "
                        "the person your facility names for ethics "
                        "concerns.",
                        "safety_points": "",
                        "common_errors": "<p>Trying to settle a question outside your role on your own.</p>",
                    },
                    {
                        "instruction": "Act on the decision and document or report as your facility requires.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "ethics",
                "title": "Ethics and continuing education",
                "body": (
                    "<p>Some states require ethics training for license "
                    "renewal. Ohio, for example, requires OTAs to complete at "
                    "least one hour of ethics, jurisprudence or cultural "
                    "competence in each two-year renewal period. Check your "
                    "own state's rules, because requirements differ.</p>"
                ),
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Core values",
                        "definition": "Altruism, equality, freedom, justice, dignity, truth and prudence.",
                    },
                    {
                        "term": "Principles",
                        "definition": "Beneficence, nonmaleficence, autonomy, justice, veracity and fidelity.",
                    },
                    {
                        "term": "Standards of Conduct",
                        "definition": "The specific expected behaviors in the Code, enforceable for AOTA members.",
                    },
                ]
            },
        ),
        ("references", {"items": [AOTA_CODE_2020, OHIO_CE_RULE, NBCOT_CE]}),
    ],
}


LESSON_HIPAA = {
    "slug": "hipaa-for-therapy-staff",
    "title": "HIPAA for therapy staff: PHI and minimum necessary",
    "intro": (
        "What counts as protected health information, how the minimum "
        "necessary standard shapes what you look at and share, and everyday "
        "privacy habits in a therapy gym."
    ),
    "body": [
        (
            "rich_text",
            "<p>The HIPAA Privacy Rule is a US federal rule that protects "
            "health information. It applies to covered entities, such as "
            "most hospitals and clinics, and to their business associates. "
            "As a member of a covered entity's workforce, you are expected to "
            "follow its privacy policies every day.</p>",
        ),
        ("heading", {"text": "What counts as PHI", "level": "h2"}),
        (
            "rich_text",
            "<p>Protected health information (PHI) is health information that "
            "can identify a person and is held by a covered entity or business "
            "associate. It covers information <strong>in any form</strong>: "
            "paper, electronic and spoken. A conversation at the gym desk can "
            "be a disclosure of PHI just as much as a printed record.</p>"
            "<p>Federal rules list 18 identifiers that must be removed before "
            "information counts as de-identified under the Safe Harbor method. "
            "They include names, dates other than the year, medical record "
            "numbers and full-face photographs. That last one matters in "
            "therapy: a photo or video of a client taken during care is PHI, "
            "and a full-face image identifies the client even without a "
            "name.</p>",
        ),
        ("heading", {"text": "Minimum necessary", "level": "h2"}),
        (
            "rich_text",
            "<p>The minimum necessary standard says workforce members should "
            "use, share and request only the information their role needs. "
            "Facilities set role-based limits on what each job can see. An "
            "aide preparing for a session needs the client's transfer status, "
            "precautions and equipment, not their full medical history.</p>"
            "<p>The standard does <strong>not</strong> apply to disclosures "
            "for treatment, disclosures to the client, disclosures the client "
            "has authorized, disclosures to HHS, or those required by law. "
            "HIPAA also does not stop you from sharing what a colleague needs "
            "to care for a client safely. For example, when a transport aide "
            "asks about a client before taking them to the gym, the COTA "
            "should share the transfer status, precautions and equipment "
            "needed.</p>",
        ),
        (
            "callout",
            {
                "kind": "ethics",
                "title": "Curiosity is not a reason to look",
                "body": (
                    "<p>Do not open the record of a client you are not "
                    "working with, even a neighbor, relative, colleague or "
                    "famous person. Looking without a work reason goes "
                    "against the minimum necessary standard and your "
                    "facility's policy, and can lead to discipline.</p>"
                ),
            },
        ),
        ("heading", {"text": "Incidental disclosures", "level": "h3"}),
        (
            "rich_text",
            "<p>Therapy gyms are shared spaces, and other people may overhear "
            "you. The Privacy Rule permits incidental disclosures like this "
            "when reasonable safeguards are in place and the minimum necessary "
            "standard is followed. Reasonable safeguards include speaking "
            "quietly, using curtains or a side room for sensitive "
            "conversations, and using sign-in sheets that do not show a "
            "client's condition.</p>",
        ),
        (
            "checklist",
            {
                "title": "Everyday privacy habits",
                "items": [
                    "Look only at the information my task needs.",
                    "Keep voices low when discussing clients, and never "
                    "discuss them in elevators, cafeterias or on social media.",
                    "Turn screens away from public view and lock them when I step away.",
                    "Pick up printouts and home program sheets straight away; never leave them on a mat table.",
                    "Take photos or videos only as facility policy allows, "
                    "on facility devices, never on my personal phone.",
                    "Give information to family members only as the client and facility policy allow.",
                    "Report a possible privacy breach to my supervisor or privacy officer at once.",
                ],
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Protected health information (PHI)",
                        "definition": "Individually identifiable health "
                        "information held by a covered entity or business "
                        "associate, in any form, including spoken.",
                    },
                    {
                        "term": "Covered entity",
                        "definition": "A health plan, healthcare "
                        "clearinghouse, or healthcare provider that conducts "
                        "certain transactions electronically; these must "
                        "follow HIPAA.",
                    },
                    {
                        "term": "Minimum necessary",
                        "definition": "The standard that limits uses, "
                        "disclosures and requests of PHI to what a role "
                        "needs.",
                    },
                    {
                        "term": "Incidental disclosure",
                        "definition": "A limited disclosure that happens as a "
                        "by-product of permitted activity despite reasonable "
                        "safeguards.",
                    },
                ]
            },
        ),
        (
            "references",
            {
                "items": [
                    HHS_PRIVACY_RULE,
                    CFR_MINIMUM_NECESSARY,
                    CFR_SAFE_HARBOR,
                ]
            },
        ),
    ],
}


HHS_SECURITY_RULE = {
    "citation": (
        "US Department of Health and Human Services. HIPAA Security Rule, 45 "
        "CFR Part 164 Subpart C (administrative, physical and technical "
        "safeguards for electronic protected health information)."
    ),
    "url": "https://www.hhs.gov/hipaa/for-professionals/security/index.html",
}

HHS_BREACH_RULE = {
    "citation": ("US Department of Health and Human Services. HIPAA Breach Notification Rule, 45 CFR 164.400-414."),
    "url": "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html",
}


LESSON_HIPAA_SECURITY = {
    "slug": "hipaa-security-breaches-and-devices",
    "title": "HIPAA security, breach reporting, texting and personal devices",
    "intro": (
        "How the HIPAA Security Rule protects electronic health information, "
        "why a suspected breach must be reported at once, and how to use "
        "phones, texts and photos at work without putting clients at risk."
    ),
    "body": [
        (
            "rich_text",
            "<p>The previous lesson covered the HIPAA Privacy Rule: who may "
            "see protected health information (PHI) and how much. Two more "
            "HIPAA rules matter on a normal shift. The <strong>Security "
            "Rule</strong> sets safeguards for PHI held electronically "
            "(ePHI): in the electronic record, in email, on tablets and "
            "phones. The <strong>Breach Notification Rule</strong> says what "
            "happens when PHI gets to someone who should not have it. Your "
            "employer writes policies to meet both; your part is to follow "
            "them and to speak up quickly when something goes wrong.</p>",
        ),
        ("heading", {"text": "Security safeguards you use every day", "level": "h2"}),
        (
            "rich_text",
            "<p>The Security Rule groups safeguards as administrative (such "
            "as policies, training and access rights), physical (such as "
            "locked rooms and device storage) and technical (such as "
            "passwords, automatic log-off and encryption). In practice that "
            "means:</p>"
            "<ul>"
            "<li>Use only your own login, never share a password, and never "
            "let a colleague work under your name.</li>"
            "<li>Lock or log off a screen whenever you step away, even for a "
            "moment in the gym.</li>"
            "<li>Open only the records your role needs; access is logged and "
            "can be audited.</li>"
            "<li>Keep clinic tablets and laptops where your facility says, "
            "and report a lost or stolen device at once.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Texting, messaging and personal devices", "level": "h2"}),
        (
            "rich_text",
            "<p>HIPAA does not simply ban texting, but ordinary text "
            "messages, personal email and social apps are not set up with the "
            "safeguards the Security Rule expects, and what you send there "
            "can be copied, forwarded or backed up to places your employer "
            "cannot control. So follow your facility's policy, which usually "
            "means:</p>"
            "<ul>"
            "<li>Use the facility's approved secure messaging system for "
            "anything about a client, and apply the minimum necessary "
            "standard to every message.</li>"
            "<li>Do not put client names, photos or details in personal "
            "texts, group chats or social media, even to a colleague and "
            "even without a name.</li>"
            "<li>Do not take photos or videos of clients on a personal "
            "phone. If the plan calls for a photo, use the facility's device "
            "and process; recall that a full-face photograph is itself one "
            "of the Safe Harbor identifiers.</li>"
            "<li>If your facility allows work apps on your own phone, keep "
            "it locked with a passcode and keep client data only inside the "
            "approved app.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Breaches: report first, the privacy officer decides", "level": "h2"}),
        (
            "rich_text",
            "<p>Under the Breach Notification Rule, a use or disclosure of "
            "PHI that the Privacy Rule does not permit is presumed to be a "
            "breach unless the covered entity's risk assessment shows a low "
            "probability that the information was compromised. Information "
            "that was properly encrypted is treated differently from "
            "unsecured information. When there is a breach of unsecured PHI, "
            "the covered entity must notify the affected clients without "
            "unreasonable delay and no later than 60 days after it is "
            "discovered, and must also report it to HHS.</p>"
            "<p>The clock can start as soon as any member of the workforce "
            "knows about a breach. That is why <strong>you report a "
            "suspected breach at once</strong>, to your supervisor or the "
            "privacy officer as your policy says, and do not try to judge, "
            "fix or hide it yourself. Examples: a text about a client sent to "
            "the wrong number, a printed schedule left on a bus, a lost phone "
            "with client photos, or a colleague looking up a neighbor's "
            "record.</p>",
        ),
        (
            "procedure",
            {
                "title": "If you think PHI has gone astray",
                "steps": [
                    {
                        "instruction": "Stop any further disclosure you can "
                        "safely stop, such as closing an open screen or "
                        "picking up a dropped list.",
                        "safety_points": "",
                        "common_errors": "<p>Deleting messages or records to make the problem go away.</p>",
                    },
                    {
                        "instruction": "Report it right away to your "
                        "supervisor or the privacy officer, as your "
                        "facility's policy directs.",
                        "safety_points": "<p>Report even if you caused it; "
                        "prompt, honest reporting is what the rules and the "
                        "Code's Veracity principle ask for.</p>",
                        "common_errors": "<p>Waiting to see whether anyone notices.</p>",
                    },
                    {
                        "instruction": "Write down what happened, when, and "
                        "what information was involved, and give it to the "
                        "person handling the report.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Leave the risk assessment and any notification to the privacy officer.",
                        "safety_points": "",
                        "common_errors": "<p>Contacting the client or the media yourself.</p>",
                    },
                ],
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "ePHI",
                        "definition": "Protected health information that is "
                        "created, received, kept or sent electronically.",
                    },
                    {
                        "term": "Breach",
                        "definition": "A use or disclosure of PHI that the "
                        "Privacy Rule does not permit and that compromises "
                        "its security or privacy; presumed unless a risk "
                        "assessment shows a low probability of compromise.",
                    },
                    {
                        "term": "Privacy officer",
                        "definition": "The person your organization names to "
                        "receive privacy reports and decide what follows.",
                    },
                ]
            },
        ),
        ("references", {"items": [HHS_SECURITY_RULE, HHS_BREACH_RULE, HHS_PRIVACY_RULE, CFR_SAFE_HARBOR]}),
    ],
}


MODULE = {
    "slug": "ethics-scope-and-confidentiality",
    "title": "Ethics, scope of practice and confidentiality",
    "topic": "ethics",
    "summary": (
        "Who does what on the OT team, how the AOTA 2020 Code of Ethics "
        "applies to everyday situations, and how HIPAA shapes what therapy "
        "staff look at, share, text and store, and what to do about a "
        "suspected breach. Only the ethics and scope lessons count toward a "
        "state ethics category."
    ),
    "objectives": [
        "Distinguish the roles of the OT, the OTA and the aide, including who may supervise aides.",
        "Classify tasks as non-client-related or client-related and identify "
        "the conditions under which an aide may do a client-related task.",
        "Name the seven core values and six principles of the AOTA 2020 Code of Ethics.",
        "Apply the Code's principles to everyday situations on a therapy team.",
        "Define protected health information and apply the minimum necessary standard when using or sharing it.",
        "Protect electronic health information on shared and personal devices, and report a suspected breach at once.",
    ],
    "audience": "New OT aides and technicians; OTA students; annual refresher for therapy staff",
    # Claims what the content supports (courses/credit_check.py; tests/courses/test_credit_claims.py).
    "estimated_minutes": 35,
    "ce_contact_hours": "0.5",
    "pdu_eligible": True,
    "state_categories": ["ethics"],
    # Only the ethics and scope lessons count toward the state "ethics" category: some boards
    # (e.g. Texas) do not accept HIPAA training as CE, let alone as ethics.
    "category_lessons": ["roles-and-supervision", "code-of-ethics-in-practice"],
    "category_contact_hours": "0.25",
    "renewal_months": 12,
    "pass_mark": 80,
    "references": [
        AOTA_CODE_2020,
        NC_AIDE_RULE,
        NE_AIDE_RULE,
        WI_OT_405,
        OR_SUPERVISION,
        NBCOT_CE,
        OHIO_CE_RULE,
        HHS_PRIVACY_RULE,
        CFR_MINIMUM_NECESSARY,
        CFR_SAFE_HARBOR,
        HHS_SECURITY_RULE,
        HHS_BREACH_RULE,
    ],
    "lessons": [
        LESSON_ROLES_AND_SUPERVISION,
        LESSON_CODE_OF_ETHICS,
        LESSON_HIPAA,
        LESSON_HIPAA_SECURITY,
    ],
}
