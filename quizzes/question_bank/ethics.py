"""Ethics, scope and confidentiality practice questions for the ethics-scope-and-confidentiality
module.

Original items written for Occupass (not taken from any exam or prep bank). Facts follow
../shared/domain.md sections 3 and 6. Supervision rules vary by state; items that depend on them
name the state rule or say to check the state's rules.
"""

MODULE = "ethics-scope-and-confidentiality"

AOTA_CODE_2020 = (
    "American Occupational Therapy Association. AOTA 2020 Occupational Therapy Code of Ethics. Am J Occup Ther. "
    "2020;74(Suppl 3):7413410005. "
    "https://research.aota.org/ajot/article/74/Supplement_3/7413410005p1/6691/AOTA-2020-Occupational-Therapy-Code-of-Ethics"
)
# The AOTA 2020 supervision guidelines (AJOT 7413410020) could not be verified, so items cite the
# state rules that were: they carry the aide conditions and set OTA supervision.
STATE_SUPERVISION_RULES = (
    "State occupational therapy practice acts and board rules, which set aide delegation and OTA supervision; for "
    "example North Carolina 21 NCAC 38 .1102 (Delegation of duties to unlicensed personnel), Nebraska 172 NAC "
    "114-006 and Oregon OAR 339-010-0035. Check the rules of the state where you work."
)
NC_AIDE_RULE = (
    "North Carolina Board of Occupational Therapy. 21 NCAC 38 .1102, Delegation of duties to unlicensed personnel."
)
NE_AIDE_RULE = "Nebraska Administrative Code, 172 NAC 114-006 (occupational therapy aides)."
WI_AIDE_RULE = "Wisconsin Administrative Code OT 4.05 (occupational therapy aides; direct, on-premises supervision)."
OR_SUPERVISION_RULE = (
    "Oregon Administrative Rules OAR 339-010-0005 (definitions of the levels of supervision) and OAR "
    "339-010-0035(3) (the minimum level of supervision for an occupational therapy assistant)."
)
HHS_PRIVACY_SUMMARY = (
    "U.S. Department of Health and Human Services. Summary of the HIPAA Privacy Rule. "
    "https://www.hhs.gov/hipaa/for-professionals/privacy/laws-regulations/index.html"
)
CFR_PHI_DEFINITION = "45 CFR 160.103 (definition of protected health information)."
HHS_MINIMUM_NECESSARY = (
    "45 CFR 164.502(b) and 164.514(d); HHS OCR. Minimum Necessary Requirement. "
    "https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/minimum-necessary-requirement/index.html"
)
CFR_SAFE_HARBOR = "45 CFR 164.514(b)(2) (de-identification: the Safe Harbor identifiers)."
HHS_INCIDENTAL = (
    "45 CFR 164.502(a)(1)(iii); HHS OCR. Incidental Uses and Disclosures. "
    "https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/incidental-uses-and-disclosures/index.html"
)
HHS_SECURITY_RULE = (
    "45 CFR Part 164 Subpart C (HIPAA Security Rule: safeguards for electronic PHI). "
    "https://www.hhs.gov/hipaa/for-professionals/security/index.html"
)
HHS_BREACH_RULE = (
    "45 CFR 164.400-414 (HIPAA Breach Notification Rule). "
    "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html"
)

QUESTIONS = [
    {
        "key": "ethics-001",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Which of these is a <strong>non-client-related</strong> task that could be assigned to an OT aide "
            "who has shown competency in it?</p>"
        ),
        "options": [
            {
                "text": "Guiding a client through his established hand-exercise routine",
                "correct": False,
                "rationale": (
                    "This may be allowed in some cases, but it involves client contact, so it is a client-related "
                    "task, not a non-client-related one."
                ),
            },
            {
                "text": "Restocking the ADL supply cabinet and cleaning the OT kitchen",
                "correct": True,
                "rationale": (
                    "Clerical work, maintenance and preparing the work area or equipment are the "
                    "non-client-related tasks aides may do."
                ),
            },
            {
                "text": "Explaining a client's evaluation results to the family",
                "correct": False,
                "rationale": "Interpreting evaluation results is a skilled, evaluative task, not an aide task.",
            },
            {
                "text": "Choosing the exercises for a client's new home program from the OT's handout",
                "correct": False,
                "rationale": (
                    "Choosing exercises for a client is task selection, which needs a practitioner's judgment, even "
                    "from a handout."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "State rules based on AOTA's aide guidance separate non-client-related tasks (clerical, maintenance, "
            "preparing the area or equipment) from client-related tasks, which are allowed only under strict "
            "conditions. Aides never provide skilled OT such as choosing interventions or interpreting results."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "delegation", "scope-of-practice"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-002",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>An OTR is deciding whether a routine <strong>client-related</strong> task can be assigned to an OT "
            "aide. Under aide rules such as North Carolina's and Nebraska's, which <strong>THREE</strong> of the "
            "following are among the conditions that must all be met?</p>"
        ),
        "options": [
            {
                "text": (
                    "The client and the environment are stable, so the aide will not need to use judgment, "
                    "interpret or adapt"
                ),
                "correct": True,
                "rationale": (
                    "Stability is one of the four conditions, because aides may not make clinical judgments or "
                    "adaptations."
                ),
            },
            {
                "text": "The client has asked to work with the aide",
                "correct": False,
                "rationale": "A client's preference does not make a task safe to delegate.",
            },
            {
                "text": "The aide has watched the OTR carry out the task with this client once",
                "correct": False,
                "rationale": (
                    "Watching is not the same as showing competency. The aide must demonstrate competency in the "
                    "task, and the four conditions about the task and the client must also hold."
                ),
            },
            {
                "text": "The aide has worked at the facility for at least one year",
                "correct": False,
                "rationale": (
                    "Time on the job is not a condition; the aide must show competency in the specific task."
                ),
            },
            {
                "text": "The outcome of the task is predictable",
                "correct": True,
                "rationale": "A predictable outcome is one of the four required conditions.",
            },
            {
                "text": "The client has already shown some ability to do the task",
                "correct": True,
                "rationale": (
                    "The aide supports a task the client can already do; teaching a new skill needs a practitioner."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Client-related tasks may go to an aide only when all four conditions hold: a predictable outcome, a "
            "stable client and environment, a client who has already shown some ability, and an established routine "
            "(the fourth condition, not offered here). The aide must also show competency before doing the task, and "
            "supervision follows state rules."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "delegation", "client-related-tasks"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-003",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: an OT aide may provide skilled occupational therapy services as long as the OTR is "
            "in the building.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "This is false. Aides do not provide skilled OT at any level of supervision and are never the "
                    "primary service provider."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": "Correct. Aides never provide skilled OT; on-site supervision does not change that.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Aides support OT practitioners with non-client-related tasks and with narrowly defined client-related "
            "tasks. Skilled OT stays with the OTR and OTA, whatever the supervision level."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "scope-of-practice", "supervision"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-004",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: under aide rules such as North Carolina's and Nebraska's, an OTA may supervise OT "
            "aides.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": "Correct. These rules allow the OTA, as well as the OTR, to supervise aides.",
            },
            {
                "text": "False",
                "correct": False,
                "rationale": (
                    "This is false. These rules allow OTAs to supervise aides; always check the rules of the state "
                    "where you work."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "State rules modeled on AOTA's aide guidance allow both OTRs and OTAs to supervise aides. How closely "
            "aides must be supervised varies by state; Nebraska, for example, requires on-site supervision for "
            "every client-related task."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "supervision", "state-law"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-005",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: how often an OTR must supervise an OTA is set by one national AOTA rule that "
            "applies in every state.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": "This is false. Supervision frequency is set by state law and by payers, not by AOTA.",
            },
            {
                "text": "False",
                "correct": True,
                "rationale": ("Correct. Each state's law (and payer rules) sets supervision frequency, so it varies."),
            },
        ],
        "choose_n": None,
        "rationale": (
            "AOTA offers guidance on supervision, but the required frequency and type come from state law and "
            "payer rules. An OTA who moves or works in more than one state must check each state's rules."
        ),
        "references": [OR_SUPERVISION_RULE, STATE_SUPERVISION_RULES],
        "tags": ["supervision", "state-law", "ota"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-006",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Supervision terms differ from state to state. In Oregon's OT rules, <strong>general "
            "supervision</strong> of an OTA requires contact with the supervising OT at least how often?</p>"
        ),
        "options": [
            {
                "text": "Daily",
                "correct": False,
                "rationale": "Daily contact is Oregon's close supervision.",
            },
            {
                "text": "Once a year",
                "correct": False,
                "rationale": "Oregon's lowest level for an OTA is general supervision, at least monthly.",
            },
            {
                "text": "Every 2 weeks",
                "correct": False,
                "rationale": "Contact at least every 2 weeks is Oregon's routine supervision.",
            },
            {
                "text": "Monthly",
                "correct": True,
                "rationale": (
                    "Oregon's definitions set general supervision at contact at least monthly, and OAR "
                    "339-010-0035(3) makes general supervision the least an OTA may have."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Oregon defines three levels: close (daily), routine (at least every 2 weeks) and general (at least "
            "monthly), in OAR 339-010-0005; OAR 339-010-0035(3) sets general supervision as the minimum for an OTA. "
            "The rules also define what counts as contact, so read the rule text before assuming that a particular "
            "kind of contact is enough. Other states use different terms and frequencies, and payers can add their "
            "own rules."
        ),
        "references": [OR_SUPERVISION_RULE],
        "tags": ["supervision", "state-law", "ota"],
        "difficulty": 3,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-007",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA who has practiced in one state for five years takes a job in another state. She wants to "
            "know how often her new supervising OTR must meet with her. Where should she look "
            "<strong>first</strong>?</p>"
        ),
        "options": [
            {
                "text": "Her NBCOT certification requirements",
                "correct": False,
                "rationale": "NBCOT certifies practitioners; it does not set how often an OTA is supervised.",
            },
            {
                "text": "The AOTA 2020 Code of Ethics, which sets supervision frequency for all states",
                "correct": False,
                "rationale": (
                    "The Code sets ethical principles and standards, not supervision frequencies; those come from "
                    "state law and payers."
                ),
            },
            {
                "text": "The new state's OT practice act and rules, plus payer rules",
                "correct": True,
                "rationale": (
                    "Supervision frequency comes from state law and payers, so the new state's rules govern."
                ),
            },
            {
                "text": "The rules of the state she is leaving",
                "correct": False,
                "rationale": "One state's rules do not carry over to another; each state sets its own.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Supervision requirements are set by each state's law and by payers, so they change when an OTA moves. "
            "Checking the new state's practice act and rules before starting is part of upholding professional "
            "standards."
        ),
        "references": [OR_SUPERVISION_RULE, STATE_SUPERVISION_RULES],
        "tags": ["supervision", "state-law", "ota", "professional-responsibility"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-008",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>An OT aide, supervised on site by a COTA, has guided a client through the same established "
            "upper-extremity exercise routine for two weeks, and the client has done well. Today the client seems "
            "confused and says she feels dizzy. What should happen next?</p>"
        ),
        "options": [
            {
                "text": "The aide continues as usual because the routine is established",
                "correct": False,
                "rationale": "An established routine is only one condition; the client must also be stable.",
            },
            {
                "text": "The aide continues with fewer repetitions",
                "correct": False,
                "rationale": (
                    "Changing the routine is an adaptation, which calls for judgment that aides may not use."
                ),
            },
            {
                "text": ("The aide checks her pulse and decides whether she is well enough to go on with the routine"),
                "correct": False,
                "rationale": (
                    "Deciding whether a client with new symptoms can continue needs judgment that aides may not "
                    "exercise; the routine is no longer predictable."
                ),
            },
            {
                "text": ("The aide stops and gets the COTA, who sees to her safety and informs the OTR and nursing"),
                "correct": True,
                "rationale": (
                    "The client is no longer stable, so the task no longer meets the conditions for an aide; a "
                    "practitioner must take over."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Client-related tasks go to aides only while the client and environment are stable and no judgment or "
            "adaptation is needed. A change in the client's condition ends that, so the aide stops and the "
            "supervising practitioner takes over and informs the OTR."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "delegation", "client-safety", "supervision"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-009",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>The OT department is short-staffed. A manager asks a COTA to have an OT aide give a new client a "
            "standardized coordination assessment, so the OTR can review the scores later. What is the COTA's best "
            "response?</p>"
        ),
        "options": [
            {
                "text": "Have the aide give the assessment, and co-sign the results",
                "correct": False,
                "rationale": "A co-signature does not make an evaluative task appropriate for an aide.",
            },
            {
                "text": "Give the assessment herself without telling the OTR",
                "correct": False,
                "rationale": (
                    "An OTA contributes to evaluation only as the OTR delegates; acting without the OTR bypasses that."
                ),
            },
            {
                "text": (
                    "Have the aide give it, since the OTR will interpret the scores and the aide only records them"
                ),
                "correct": False,
                "rationale": (
                    "Giving a standardized assessment is evaluative work, whoever interprets the scores. Aides may "
                    "not do assessive tasks."
                ),
            },
            {
                "text": "Explain that assessment is not an aide task, and ask the OTR how it will be done",
                "correct": True,
                "rationale": "Aides may not perform evaluative or assessive tasks; the OTR directs the evaluation.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Aides do not provide skilled OT and may not do evaluative work. The OTR is responsible for the "
            "evaluation and may delegate parts of it to an OTA who has shown competency, within state law. "
            "Staffing pressure does not change scope."
        ),
        "references": [WI_AIDE_RULE, NC_AIDE_RULE],
        "tags": ["aides", "scope-of-practice", "evaluation", "professional-responsibility"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-010",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>The OTR asks a COTA to help with a new client's evaluation. Which task is within the COTA's role?</p>"
        ),
        "options": [
            {
                "text": (
                    "Give an assessment the OTR delegated, once competent in it, and report the results to the OTR"
                ),
                "correct": True,
                "rationale": (
                    "OTAs contribute to evaluation by carrying out delegated assessments and reporting to the OTR."
                ),
            },
            {
                "text": "Have an OT aide conduct the occupational profile interview",
                "correct": False,
                "rationale": "Aides may not do evaluative tasks such as gathering the occupational profile.",
            },
            {
                "text": (
                    "Interpret the evaluation results and write the client's goals, for the OTR to co-sign later"
                ),
                "correct": False,
                "rationale": (
                    "Interpreting the evaluation and setting goals are the OTR's responsibility; a co-signature "
                    "afterwards does not change that."
                ),
            },
            {
                "text": "Decide whether the client needs OT services",
                "correct": False,
                "rationale": "Deciding whether OT is needed is part of the OTR's evaluation responsibility.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The OTR directs the evaluation. An OTA who has shown competency can carry out delegated parts and "
            "report data and observations, which the OTR interprets to plan intervention. Aides take no part in "
            "evaluation."
        ),
        "references": [WI_AIDE_RULE],
        "tags": ["evaluation", "ota", "collaboration"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-011",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>During a meal-preparation session, a client mentions she fell at home last night. The COTA notices "
            'new swelling and bruising on her right wrist. The client says it "just aches a bit" and wants to '
            "keep cooking. What should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Rewrite the client's goals to address wrist pain",
                "correct": False,
                "rationale": "Changing goals is done with the OTR, who is responsible for the intervention plan.",
            },
            {
                "text": "Stop tasks that load the wrist and promptly report the fall and the swelling to the OTR",
                "correct": True,
                "rationale": (
                    "A new injury is a change in status; the OTR needs the information to decide on re-evaluation "
                    "or referral."
                ),
            },
            {
                "text": ("Continue the session as planned but avoid heavy pots, since the client says it only aches"),
                "correct": False,
                "rationale": (
                    "A fall with new swelling and bruising needs prompt reporting and assessment; avoiding heavy pots "
                    "does not address a possible injury."
                ),
            },
            {
                "text": "Fit a wrist orthosis from the supply closet",
                "correct": False,
                "rationale": (
                    "Choosing and fitting an orthosis for a new, unevaluated injury is not within the current "
                    "plan; the OTR must be involved first."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "OTAs gather information during intervention and report changes in a client's status to the OTR. A "
            "fall with new swelling may need re-evaluation or medical follow-up, so the COTA stops activities that "
            "could aggravate it and reports promptly."
        ),
        "references": [STATE_SUPERVISION_RULES, AOTA_CODE_2020],
        "tags": ["collaboration", "reporting", "client-safety", "ota"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-012",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A client tells a COTA that he has been driving even though his physician told him not to drive "
            "yet, and asks her not to mention it to anyone. What should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Explain that safety information is shared with his team, and report it to the OTR",
                "correct": True,
                "rationale": (
                    "Sharing health information with the treatment team is a treatment use, and the safety concern "
                    "needs the OTR's attention."
                ),
            },
            {
                "text": "Call his adult children to warn them",
                "correct": False,
                "rationale": (
                    "The COTA should not disclose his information to family on her own; the team decides next steps."
                ),
            },
            {
                "text": "Report him to the police herself",
                "correct": False,
                "rationale": (
                    "Any report outside the team is a decision for the team under state law and facility policy, "
                    "not the COTA alone."
                ),
            },
            {
                "text": "Keep it to herself to respect his autonomy, but urge him to stop driving until cleared",
                "correct": False,
                "rationale": (
                    "Autonomy does not cover keeping a safety risk from the treatment team. Urging him privately "
                    "leaves the team unaware."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Information that affects a client's safety belongs with the treatment team, and HIPAA allows it to be "
            "shared for treatment. Being honest with the client about this respects him while the OTR and team "
            "decide what to do."
        ),
        "references": [HHS_PRIVACY_SUMMARY, HHS_MINIMUM_NECESSARY, AOTA_CODE_2020],
        "tags": ["confidentiality", "collaboration", "client-safety", "veracity"],
        "difficulty": 3,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-013",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>The OTR asks a COTA to gather information for a new client's occupational profile by interview and "
            "to report back. Which <strong>THREE</strong> actions are appropriate?</p>"
        ),
        "options": [
            {
                "text": "Tell the client which goals OT will work on",
                "correct": False,
                "rationale": (
                    "Goals come from the OTR's evaluation and plan, made with the client; the COTA should not "
                    "promise them during data gathering."
                ),
            },
            {
                "text": "Decide from the interview that the client does not need OT",
                "correct": False,
                "rationale": "Deciding whether OT is needed is the OTR's responsibility.",
            },
            {
                "text": "Ask about the client's daily routines, roles and valued activities",
                "correct": True,
                "rationale": "Routines, roles and valued activities are core occupational-profile information.",
            },
            {
                "text": (
                    "Record the answers accurately, including key statements in the client's own words, and share "
                    "them with the OTR"
                ),
                "correct": True,
                "rationale": "Accurate, specific reporting lets the OTR interpret the information.",
            },
            {
                "text": "Ask what the client most wants to be able to do again",
                "correct": True,
                "rationale": "The client's priorities guide the OTR's planning.",
            },
            {
                "text": "Share the interview notes with a neighbor who visits and asks how she is doing",
                "correct": False,
                "rationale": (
                    "A neighbor is not part of the treatment team; sharing the notes would be an improper "
                    "disclosure of PHI."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "When the OTR delegates data gathering, the COTA collects the client's routines, roles and priorities "
            "and reports them accurately. Interpretation, decisions about need and goal setting stay with the OTR, "
            "and the information stays confidential."
        ),
        "references": [STATE_SUPERVISION_RULES, AOTA_CODE_2020, HHS_PRIVACY_SUMMARY],
        "tags": ["occupational-profile", "evaluation", "collaboration", "confidentiality"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-014",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>An OTR's plan has a COTA continuing a client's ADL program while an OT aide helps in the gym. "
            "Which <strong>THREE</strong> actions by the COTA reflect appropriate supervision and "
            "collaboration?</p>"
        ),
        "options": [
            {
                "text": "Let the aide adjust the program when the client struggles",
                "correct": False,
                "rationale": "Adapting an activity takes judgment that aides may not use.",
            },
            {
                "text": "Have the aide run the client's sessions on days the COTA is off",
                "correct": False,
                "rationale": "Aides are never the primary service provider.",
            },
            {
                "text": "Make sure the aide has shown competency before doing any delegated task",
                "correct": True,
                "rationale": "Aides must demonstrate competency before doing a delegated task.",
            },
            {
                "text": "Report the client's progress and any change in status to the OTR",
                "correct": True,
                "rationale": "The OTR stays responsible for the plan and needs the COTA's reports.",
            },
            {
                "text": "Give the aide client-related tasks only when all four aide conditions are met",
                "correct": True,
                "rationale": (
                    "Client-related tasks may go to an aide only when the outcome is predictable, the client and "
                    "environment are stable, the client has shown some ability and the routine is established."
                ),
            },
            {
                "text": "Have the aide document the session as skilled OT",
                "correct": False,
                "rationale": "Aides do not provide skilled OT, so they cannot document it as such.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "The COTA implements the OTR's plan, reports back to the OTR and supervises the aide. Aides must show "
            "competency, stay within tightly limited client-related tasks and are never the primary provider of "
            "skilled OT."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "supervision", "delegation", "collaboration"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-015",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>A COTA supervises an OT aide who has shown competency in each task below. State rules allow aides "
            "to do client-related tasks under the usual conditions. Which <strong>THREE</strong> tasks may the "
            "COTA assign to the aide?</p>"
        ),
        "options": [
            {
                "text": (
                    "Guide a stable client through his established exercise routine, which he has already shown he "
                    "can do"
                ),
                "correct": True,
                "rationale": (
                    "This meets all four conditions for a client-related task, with supervision as the state requires."
                ),
            },
            {
                "text": "Choose new exercises for a client whose shoulder pain has increased",
                "correct": False,
                "rationale": (
                    "A change in the client's condition and selecting interventions both need clinical judgment."
                ),
            },
            {
                "text": "Give a standardized assessment to a new client",
                "correct": False,
                "rationale": "Evaluative and assessive tasks are not aide tasks.",
            },
            {
                "text": "Write the client's progress note",
                "correct": False,
                "rationale": "Progress notes document skilled OT and are written by OT practitioners.",
            },
            {
                "text": "Set up the OT kitchen with the items the OTR listed for this afternoon's session",
                "correct": True,
                "rationale": "Preparing the work area is a non-client-related aide task.",
            },
            {
                "text": "Clean and disinfect the mat tables between clients",
                "correct": True,
                "rationale": "Maintenance and preparing equipment are non-client-related aide tasks.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Aides may do non-client-related tasks such as cleaning and setup, and client-related tasks only when "
            "the outcome is predictable, the client and environment are stable, the client has shown ability and "
            "the routine is established. The level of supervision follows state rules; Nebraska, for example, "
            "requires on-site supervision for client-related tasks."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE, WI_AIDE_RULE],
        "tags": ["aides", "delegation", "supervision", "scope-of-practice"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-016",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>The plan calls for shower training today. The client, who is medically stable, tells the COTA she "
            "does not want to shower today and would rather practice dressing, which is also in her plan. What is "
            "the COTA's best response?</p>"
        ),
        "options": [
            {
                "text": (
                    "Explain that the plan lists shower training first, and offer to help her shower quickly before "
                    "dressing"
                ),
                "correct": False,
                "rationale": (
                    "Pressing a client to do what she has declined does not respect her choice; the plan offers "
                    "another goal to work on."
                ),
            },
            {
                "text": "Insist on showering because the plan is already set",
                "correct": False,
                "rationale": "Overriding a competent client's choice ignores the principle of Autonomy.",
            },
            {
                "text": "Ask about her reasons, respect her choice, work on dressing and let the OTR know",
                "correct": True,
                "rationale": (
                    "This respects her right to self-determination while staying within the plan and keeping the "
                    "OTR informed."
                ),
            },
            {
                "text": "End the session and document that the client refused treatment",
                "correct": False,
                "rationale": "She did not refuse OT; she chose a different planned activity.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Autonomy in the AOTA Code means respecting a client's right to make decisions about her own care. The "
            "COTA explores the reasons, adapts within the OTR's plan and communicates the change."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["autonomy", "code-of-ethics", "client-choice"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-017",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA documents a session's actual start and end times, even though the session was scheduled to "
            "last longer. Which principle of the AOTA 2020 Code does this best show?</p>"
        ),
        "options": [
            {
                "text": "Autonomy",
                "correct": False,
                "rationale": "Autonomy concerns the client's self-determination, privacy and consent.",
            },
            {
                "text": "Beneficence",
                "correct": False,
                "rationale": "Beneficence concerns acting for clients' well-being and safety.",
            },
            {
                "text": "Nonmaleficence",
                "correct": False,
                "rationale": "Nonmaleficence concerns avoiding actions that cause harm.",
            },
            {
                "text": "Veracity",
                "correct": True,
                "rationale": (
                    'In the Code\'s words, Veracity refers to "comprehensive, accurate, and objective" transmission '
                    "of information, and that includes documentation."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Accurate documentation of time and services is a matter of Veracity. Recording planned rather than "
            "actual time would misrepresent the service delivered."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["veracity", "code-of-ethics", "documentation"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-018",
        "module": MODULE,
        "type": "single",
        "stem": (
            '<p>A COTA is rushing between sessions. A colleague says, "Just write that your 30-minute session was '
            '45 minutes; everyone rounds up." What should the COTA do?</p>'
        ),
        "options": [
            {
                "text": "Leave the time blank so no one can say it is wrong",
                "correct": False,
                "rationale": "Incomplete documentation is not accurate documentation.",
            },
            {
                "text": "Document the actual 30 minutes and decline to change it",
                "correct": True,
                "rationale": "Documentation and billing must reflect the service actually given.",
            },
            {
                "text": "Write 45 minutes, since it is common practice",
                "correct": False,
                "rationale": (
                    "Common practice does not make inaccurate documentation acceptable; it misrepresents the service."
                ),
            },
            {
                "text": "Write 45 minutes now but make up the extra 15 minutes in next week's sessions",
                "correct": False,
                "rationale": (
                    "Documentation records what happened on the day. Making up time later does not make today's note "
                    "true."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Code's principle of Veracity and its standards on documentation require accurate, truthful "
            "records. Pressure from colleagues or time does not change that."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["veracity", "documentation", "professional-responsibility"],
        "difficulty": 1,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-019",
        "module": MODULE,
        "type": "single",
        "stem": (
            '<p>A client recovering from a stroke asks his COTA, "Will I be able to drive again?" What is the '
            "best response?</p>"
        ),
        "options": [
            {
                "text": (
                    "Assure him that he will drive again, since hope and motivation help recovery after a stroke"
                ),
                "correct": False,
                "rationale": "False reassurance breaks Veracity, however kindly meant; the COTA cannot know this.",
            },
            {
                "text": ("Say she does not know yet, and that the OTR and his physician can discuss driving with him"),
                "correct": True,
                "rationale": (
                    "This is truthful, stays within the COTA's role and points the client to the right people."
                ),
            },
            {
                "text": "Change the subject to the day's activity",
                "correct": False,
                "rationale": (
                    "Avoiding the question leaves a real concern unanswered and does not respect the client."
                ),
            },
            {
                "text": "Tell him that most people drive again within a few months after a stroke",
                "correct": False,
                "rationale": (
                    "This is a general claim the COTA cannot back up, and it says nothing true about him. Driving "
                    "after a stroke is evaluated individually."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Veracity means giving clients accurate, objective information. The COTA is honest about what she does "
            "not know and refers the question to those who can answer it."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["veracity", "communication", "code-of-ethics"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-020",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA gives a client whose insurance pays a lower rate the same quality of care and attention as "
            "every other client. Which principle of the AOTA 2020 Code does this best show?</p>"
        ),
        "options": [
            {
                "text": "Nonmaleficence",
                "correct": False,
                "rationale": "Nonmaleficence concerns avoiding harm.",
            },
            {
                "text": "Veracity",
                "correct": False,
                "rationale": "Veracity concerns accurate and truthful information.",
            },
            {
                "text": "Autonomy",
                "correct": False,
                "rationale": "Autonomy concerns the client's self-determination, privacy and consent.",
            },
            {
                "text": "Justice",
                "correct": True,
                (
                    "rationale"
                ): 'Justice asks OT personnel to promote "equity, inclusion, and objectivity" in providing services.',
            },
        ],
        "choose_n": None,
        "rationale": (
            "Treating clients equitably regardless of payer reflects Justice. Justice is also one of the Code's "
            "seven Core Values."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["justice", "code-of-ethics"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-021",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA disagrees with the intervention the OTR chose for a client. What is the COTA's best action?</p>"
        ),
        "options": [
            {
                "text": "Quietly substitute another intervention and describe it in her note",
                "correct": False,
                "rationale": (
                    "Changing the plan without the OTR bypasses the OTR's responsibility for the plan, even if it is "
                    "documented."
                ),
            },
            {
                "text": "Share her observations and concerns with the OTR privately",
                "correct": True,
                "rationale": (
                    "Respectful, direct communication with the colleague reflects Fidelity and keeps the client's "
                    "care coordinated."
                ),
            },
            {
                "text": "Complain about the OTR to the client's family",
                "correct": False,
                "rationale": "This is disrespectful and could also disclose information improperly.",
            },
            {
                "text": "Tell the client that the OTR's plan is wrong",
                "correct": False,
                "rationale": (
                    "Criticizing a colleague to a client is disrespectful and undermines the client's trust and care."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            'Fidelity asks OT personnel to treat colleagues with "respect, fairness, discretion, and integrity". The '
            "COTA raises concerns with the OTR directly, and the OTR, who is responsible for the plan, decides on "
            "any change."
        ),
        "references": [AOTA_CODE_2020, STATE_SUPERVISION_RULES],
        "tags": ["fidelity", "collaboration", "code-of-ethics"],
        "difficulty": 1,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-022",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Which of these is <strong>not</strong> one of the seven Core Values in the AOTA 2020 Code of "
            "Ethics?</p>"
        ),
        "options": [
            {
                "text": "Altruism",
                "correct": False,
                "rationale": "Altruism is one of the seven Core Values.",
            },
            {
                "text": "Dignity",
                "correct": False,
                "rationale": "Dignity is one of the seven Core Values.",
            },
            {
                "text": "Loyalty",
                "correct": True,
                "rationale": (
                    "Loyalty is not on the list; the Core Values are Altruism, Equality, Freedom, Justice, "
                    "Dignity, Truth and Prudence."
                ),
            },
            {
                "text": "Prudence",
                "correct": False,
                "rationale": "Prudence is one of the seven Core Values.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The seven Core Values are Altruism, Equality, Freedom, Justice, Dignity, Truth and Prudence. They are "
            "aspirational. In the 2020 Code only the Standards of Conduct are enforceable for AOTA members; the "
            "Principles guide ethical reasoning (the 2015 Code's wording differed)."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["core-values", "code-of-ethics"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-023",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>While helping a client dress, a COTA closes the curtain and keeps the client covered with a towel "
            "except for the area being worked on. Which Core Value is most directly shown?</p>"
        ),
        "options": [
            {
                "text": "Equality",
                "correct": False,
                "rationale": "Equality concerns treating all people as having the same rights.",
            },
            {
                "text": "Prudence",
                "correct": False,
                "rationale": "Prudence concerns using reason and judgment to guide one's actions.",
            },
            {
                "text": "Truth",
                "correct": False,
                "rationale": "Truth concerns honesty and accuracy.",
            },
            {
                "text": "Dignity",
                "correct": True,
                "rationale": "Protecting privacy during personal care respects the client's inherent worth.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Dignity means respecting each person's inherent worth and uniqueness. Protecting privacy during "
            "intimate tasks such as dressing is a direct expression of it."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["core-values", "dignity", "code-of-ethics"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-024",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Before trying a new activity with a client, a COTA thinks through its risks and benefits, checks "
            "it against the OTR's plan, and consults the OTR when unsure. Which Core Value is most directly "
            "shown?</p>"
        ),
        "options": [
            {
                "text": "Altruism",
                "correct": False,
                "rationale": "Altruism is concern for the welfare of others.",
            },
            {
                "text": "Freedom",
                "correct": False,
                "rationale": "Freedom concerns personal choice and self-direction.",
            },
            {
                "text": "Prudence",
                "correct": True,
                "rationale": "Prudence is governing one's actions through reason and sound judgment.",
            },
            {
                "text": "Equality",
                "correct": False,
                "rationale": "Equality concerns treating all people as having the same rights.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Prudence is using reason and judgment before acting. Weighing risks and benefits and consulting the "
            "OTR when unsure puts that value into practice."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["core-values", "prudence", "code-of-ethics"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-025",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>Which <strong>THREE</strong> of these are among the six Principles (not the Core Values) of the "
            "AOTA 2020 Code of Ethics?</p>"
        ),
        "options": [
            {
                "text": "Veracity",
                "correct": True,
                "rationale": "Veracity is one of the six Principles.",
            },
            {
                "text": "Fidelity",
                "correct": True,
                "rationale": "Fidelity is one of the six Principles.",
            },
            {
                "text": "Beneficence",
                "correct": True,
                "rationale": "Beneficence is one of the six Principles.",
            },
            {
                "text": "Dignity",
                "correct": False,
                "rationale": "Dignity is a Core Value, not a Principle.",
            },
            {
                "text": "Altruism",
                "correct": False,
                "rationale": "Altruism is a Core Value, not a Principle.",
            },
            {
                "text": "Prudence",
                "correct": False,
                "rationale": "Prudence is a Core Value, not a Principle.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "The six Principles are Beneficence, Nonmaleficence, Autonomy, Justice, Veracity and Fidelity. The "
            "seven Core Values are Altruism, Equality, Freedom, Justice, Dignity, Truth and Prudence; Justice "
            "appears on both lists."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["code-of-ethics", "principles", "core-values"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-026",
        "module": MODULE,
        "type": "ordering",
        "stem": (
            "<p>The AOTA 2020 Code describes resolving an ethical issue as a systematic process. Put these steps "
            "in order.</p>"
        ),
        "options": [
            {
                "text": "Analyze the situation: the people involved, the facts and what is at stake",
                "correct": True,
                "rationale": "Understanding the situation comes before anything else.",
            },
            {
                "text": "Weigh the alternatives against the Code's principles and standards",
                "correct": True,
                "rationale": "Options are compared once the situation is clear.",
            },
            {
                "text": "Make a reasoned decision",
                "correct": True,
                "rationale": "The decision follows from weighing the alternatives.",
            },
            {
                "text": "Act on the decision",
                "correct": True,
                "rationale": "Action carries out the decision.",
            },
            {
                "text": "Reflect on the outcome",
                "correct": True,
                "rationale": "Reflection comes last and informs future decisions.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Code's preamble describes ethical decision-making as analyzing the situation, weighing "
            "alternatives, making a reasoned decision, taking action and reflecting on outcomes."
        ),
        "references": [AOTA_CODE_2020],
        "tags": ["code-of-ethics", "ethical-decision-making"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-027",
        "module": MODULE,
        "type": "ordering",
        "stem": (
            "<p>Put these steps for assigning a routine <strong>client-related</strong> task to an OT aide in order, "
            "from the decision to delegate to the aide doing the task. Each step depends on the one before it.</p>"
        ),
        "options": [
            {
                "text": (
                    "Confirm the task meets all four conditions: predictable outcome, stable client and "
                    "environment, client has shown some ability, established routine"
                ),
                "correct": True,
                "rationale": "Whether a task can go to an aide at all is decided first.",
            },
            {
                "text": "Train the aide in the specific task for this client",
                "correct": True,
                "rationale": "Training follows the decision that the task is appropriate.",
            },
            {
                "text": "The aide demonstrates competency in the task",
                "correct": True,
                "rationale": "Aides must show competency before doing any delegated task.",
            },
            {
                "text": "The aide performs the task with the supervision the state requires",
                "correct": True,
                "rationale": ("Supervision follows state rules; Nebraska, for example, requires on-site supervision."),
            },
        ],
        "choose_n": None,
        "rationale": (
            "First confirm that the task and this client meet all four conditions, so there is something that may be "
            "delegated. Then train the aide, and the aide demonstrates competency before doing the task with the "
            "client under the supervision the state requires. Throughout, the supervising practitioner monitors the "
            "client and stops the delegation if the client's status changes."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aides", "delegation", "supervision"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-028",
        "module": MODULE,
        "type": "ordering",
        "stem": "<p>Put these stages of OT service delivery in order, showing the roles of the OTR and OTA.</p>",
        "options": [
            {
                "text": "The OTR evaluates the client; the OTA may contribute delegated data",
                "correct": True,
                "rationale": "Evaluation comes first and is directed by the OTR.",
            },
            {
                "text": "The OTR develops the intervention plan, collaborating with the OTA and the client",
                "correct": True,
                "rationale": "The plan is built from the evaluation.",
            },
            {
                "text": "The OTA carries out interventions under the OTR's supervision and reports progress",
                "correct": True,
                "rationale": "Intervention follows the plan, with the OTA reporting back to the OTR.",
            },
            {
                "text": (
                    "The OTR re-evaluates and decides on continuing or discontinuing services, with the OTA's input"
                ),
                "correct": True,
                "rationale": "Re-evaluation and discharge decisions close the process and rest with the OTR.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The OTR is responsible for evaluation, the intervention plan and decisions about re-evaluation and "
            "discharge. The OTA contributes to each stage and carries out interventions under supervision."
        ),
        "references": [STATE_SUPERVISION_RULES],
        "tags": ["ota", "supervision", "collaboration", "ot-process"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "cota",
    },
    {
        "key": "ethics-029",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: a client's diagnosis spoken aloud at the nurses' station can be protected health "
            "information (PHI), even though nothing is written down.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": (
                    "Correct. PHI covers individually identifiable health information in any form, including oral."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "rationale": (
                    "This is false. The Privacy Rule protects health information in any form, including spoken "
                    "information."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "HIPAA's Privacy Rule protects individually identifiable health information held by a covered entity "
            "or its business associate, whether it is electronic, on paper or spoken."
        ),
        "references": [HHS_PRIVACY_SUMMARY, CFR_PHI_DEFINITION],
        "tags": ["hipaa", "phi", "confidentiality"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-030",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: a full-face photograph of a client is one of the identifiers that must be removed "
            "for health information to count as de-identified under HIPAA's Safe Harbor method.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": (
                    "Correct. Full-face photographs and comparable images are on the Safe Harbor list of identifiers."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "rationale": "This is false. Full-face photographs are one of the 18 Safe Harbor identifiers.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Safe Harbor method lists 18 identifiers, including names, dates other than the year, medical "
            "record numbers and full-face photographs. This matters when making training photos or videos."
        ),
        "references": [CFR_SAFE_HARBOR],
        "tags": ["hipaa", "de-identification", "photos"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-031",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: HIPAA prohibits sharing any client information with unlicensed staff such as OT "
            "aides.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "This is false. Workforce members can receive the PHI their role requires; the minimum "
                    "necessary standard limits how much, not whether."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": "Correct. HIPAA allows role-based access; an aide can be told what the job requires.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The minimum necessary standard limits the PHI staff use or receive to what their role requires. An "
            "aide helping with a client can be told, for example, the precautions and equipment needed."
        ),
        "references": [HHS_MINIMUM_NECESSARY, HHS_PRIVACY_SUMMARY],
        "tags": ["hipaa", "minimum-necessary", "aides"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-032",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Two COTAs step into a crowded hospital elevator while discussing a client's diagnosis and "
            "progress, using his first name. What is the best action?</p>"
        ),
        "options": [
            {
                "text": "Stop the conversation until they reach a private area",
                "correct": True,
                "rationale": (
                    "An elevator is a public space; reasonable safeguards mean not discussing a client where "
                    "others can hear when it can wait."
                ),
            },
            {
                "text": "Keep talking quietly, since overheard conversations are incidental disclosures",
                "correct": False,
                "rationale": (
                    "Incidental disclosures are permitted only when reasonable safeguards are in place. Discussing a "
                    "client in a crowded elevator is not a reasonable safeguard."
                ),
            },
            {
                "text": "Switch to using only his room number instead of his first name",
                "correct": False,
                "rationale": (
                    "A room number with a diagnosis can still identify him to others in the elevator. The safeguard "
                    "is to stop."
                ),
            },
            {
                "text": "Finish the point quickly, since the ride takes less than a minute",
                "correct": False,
                "rationale": (
                    "The length of the ride does not matter; others can hear. Stop until they reach a private area."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Incidental disclosures are permitted only when reasonable safeguards are in place. Talking about a "
            "client in a crowded elevator is an avoidable disclosure, not an incidental one."
        ),
        "references": [HHS_INCIDENTAL, HHS_PRIVACY_SUMMARY],
        "tags": ["hipaa", "incidental-disclosure", "confidentiality"],
        "difficulty": 1,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-033",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A housekeeper cleaning a client's room asks the COTA what the client's diagnosis is. What should "
            "the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Share it, since all hospital staff are covered by HIPAA",
                "correct": False,
                "rationale": "Being part of the workforce does not entitle someone to PHI their job does not need.",
            },
            {
                "text": "Politely decline; the diagnosis is not needed for the housekeeper's job",
                "correct": True,
                "rationale": (
                    "Role-based minimum necessary limits mean staff receive only the PHI their work requires."
                ),
            },
            {
                "text": "Share only the diagnosis, not the details, since the housekeeper works in the room",
                "correct": False,
                "rationale": (
                    "The diagnosis is exactly what is not needed for cleaning. Any precautions the housekeeper needs "
                    "come from the sign on the door and the facility's process."
                ),
            },
            {
                "text": "Share it if the client is out of the room",
                "correct": False,
                "rationale": "Whether the client is present does not change what the housekeeper's role requires.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The minimum necessary standard limits staff use of PHI by role. A housekeeper's work does not require "
            "the client's diagnosis; any infection-control instructions come through the facility's own "
            "procedures."
        ),
        "references": [HHS_MINIMUM_NECESSARY],
        "tags": ["hipaa", "minimum-necessary", "confidentiality"],
        "difficulty": 1,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-034",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>The HIPAA minimum necessary standard does <strong>not</strong> apply to certain disclosures. Which "
            "<strong>THREE</strong> of the following are exceptions?</p>"
        ),
        "options": [
            {
                "text": "A department manager reviewing charts to check staff productivity",
                "correct": False,
                "rationale": "This is an internal operations use, so role-based minimum necessary limits apply.",
            },
            {
                "text": "Giving a client a copy of her own therapy records",
                "correct": True,
                "rationale": "Disclosures to the individual who is the subject of the information are excepted.",
            },
            {
                "text": "Sending information to the billing office to process a claim",
                "correct": False,
                "rationale": "Payment disclosures are subject to the minimum necessary standard.",
            },
            {
                "text": "Reporting information that a state law requires the clinic to report",
                "correct": True,
                "rationale": "Uses and disclosures required by law are excepted.",
            },
            {
                "text": "Sending information to another health care provider for the client's treatment",
                "correct": True,
                "rationale": "Disclosures to a provider for treatment are excepted.",
            },
            {
                "text": "Giving records to a quality-improvement committee",
                "correct": False,
                "rationale": (
                    "Health care operations such as quality improvement are subject to the minimum necessary standard."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "The minimum necessary standard does not apply to disclosures for treatment, to the individual, under "
            "the individual's authorization, to HHS for compliance and enforcement, or where required by law. "
            "Payment and health care operations are still limited to the minimum necessary."
        ),
        "references": [HHS_MINIMUM_NECESSARY],
        "tags": ["hipaa", "minimum-necessary"],
        "difficulty": 3,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-035",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A client is being discharged to an outpatient OT clinic that will continue her treatment. A "
            "coworker says the minimum necessary standard means the OT discharge summary must be cut down to a few "
            "lines before it is sent. Which statement is accurate?</p>"
        ),
        "options": [
            {
                "text": ("The minimum necessary standard applies to every disclosure, including those for treatment"),
                "correct": False,
                "rationale": (
                    "Minimum necessary does not apply to disclosures to a health care provider for treatment."
                ),
            },
            {
                "text": "Disclosures to a provider for treatment are not subject to minimum necessary",
                "correct": True,
                "rationale": (
                    "Treatment disclosures are an exception, so the summary can be sent through the facility's "
                    "usual process."
                ),
            },
            {
                "text": "The summary can never be shared with another clinic",
                "correct": False,
                "rationale": "HIPAA allows sharing between providers for treatment.",
            },
            {
                "text": "Only the client's name and diagnosis may be shared with the new clinic",
                "correct": False,
                "rationale": "The new treating provider needs the clinical information to continue care.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The minimum necessary standard does not apply to disclosures to or requests by a health care provider "
            "for treatment. Facility procedures, and any stricter laws for particular kinds of records, still "
            "govern how the summary is sent."
        ),
        "references": [HHS_MINIMUM_NECESSARY, HHS_PRIVACY_SUMMARY],
        "tags": ["hipaa", "minimum-necessary", "treatment-disclosure", "discharge"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-036",
        "module": MODULE,
        "type": "single",
        "stem": "<p>Which front-desk practice fits HIPAA's rule on incidental disclosures?</p>",
        "options": [
            {
                "text": "A schedule listing clients' names and diagnoses posted on the gym wall",
                "correct": False,
                "rationale": "Anyone passing can read it; this is an avoidable disclosure, not an incidental one.",
            },
            {
                "text": "A sign-in sheet that asks each client to write their diagnosis",
                "correct": False,
                "rationale": "Listing conditions goes beyond what is needed and is not a reasonable safeguard.",
            },
            {
                "text": "Leaving open charts on the front counter so staff can find them quickly",
                "correct": False,
                "rationale": "Visitors could read them; reasonable safeguards are missing.",
            },
            {
                "text": "A sign-in sheet asking only for name and appointment time",
                "correct": True,
                "rationale": (
                    "Sign-in sheets are acceptable with reasonable safeguards, such as not listing the reason for "
                    "the visit."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Incidental disclosures, such as another client seeing a name on a sign-in sheet, are permitted when "
            "reasonable safeguards are in place and the minimum necessary is observed. Displaying diagnoses or "
            "leaving charts open is not protected by this rule."
        ),
        "references": [HHS_INCIDENTAL],
        "tags": ["hipaa", "incidental-disclosure", "safeguards"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-037",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A clinic wants to remove identifiers from a client's therapy data using HIPAA's Safe Harbor "
            "method. Which item must be removed?</p>"
        ),
        "options": [
            {
                "text": "The client's diagnosis and the body side affected by the stroke",
                "correct": False,
                "rationale": "Clinical details such as a diagnosis are not among the 18 Safe Harbor identifiers.",
            },
            {
                "text": "The client's admission date (month, day and year)",
                "correct": True,
                "rationale": "All elements of dates except the year are Safe Harbor identifiers.",
            },
            {
                "text": "The year of admission alone",
                "correct": False,
                "rationale": "Safe Harbor allows the year to remain.",
            },
            {
                "text": "The type of adaptive equipment issued",
                "correct": False,
                "rationale": "Equipment type is not one of the 18 identifiers.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Safe Harbor lists 18 identifiers, including names, dates other than the year, medical record numbers "
            "and full-face photographs. Health details such as diagnosis or equipment can stay once the "
            "identifiers are removed."
        ),
        "references": [CFR_SAFE_HARBOR],
        "tags": ["hipaa", "de-identification"],
        "difficulty": 3,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-038",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA wants to record a video of a client practicing a tub transfer for use in a public online "
            "training course. The client's face will be visible. What must happen first?</p>"
        ),
        "options": [
            {
                "text": "Leave out her name and voice, since a face on its own does not identify anyone",
                "correct": False,
                "rationale": "Full-face photographs are themselves a Safe Harbor identifier.",
            },
            {
                "text": "Nothing; educational use is exempt from HIPAA",
                "correct": False,
                "rationale": "There is no general education exemption for putting PHI in public materials.",
            },
            {
                "text": "Ask the client out loud and post it if she agrees",
                "correct": False,
                "rationale": (
                    "A HIPAA authorization is a signed written document, and the facility's process must be followed."
                ),
            },
            {
                "text": ("Obtain her signed authorization and the consent the facility's media policy requires"),
                "correct": True,
                "rationale": (
                    "A full-face image is a Safe Harbor identifier, so the footage is PHI, and public use needs the "
                    "client's written authorization. Facility consent rules for recording apply as well."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A video that shows a client's full face contains an identifier, so it is PHI. Using it in public "
            "training media requires the client's written authorization, obtained through the facility's process, "
            "and any consent its media policy requires. Hiding the face is not a shortcut: Safe Harbor also lists "
            "any other unique identifying characteristic, and a body feature, the room or the voice-over can "
            "identify someone. Whether footage is truly de-identified is for the privacy officer to decide."
        ),
        "references": [CFR_SAFE_HARBOR, HHS_PRIVACY_SUMMARY],
        "tags": ["hipaa", "photos", "authorization", "de-identification"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-039",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>In a busy outpatient gym, a COTA needs to review a client's weight-bearing precautions with him "
            "before an activity. Other clients are exercising nearby. What is the best approach?</p>"
        ),
        "options": [
            {
                "text": "State the precautions loudly so nearby staff also hear them",
                "correct": False,
                "rationale": "Raising the voice so others hear is not a reasonable safeguard.",
            },
            {
                "text": "Write his diagnosis and precautions on the gym whiteboard",
                "correct": False,
                "rationale": "Posting them where anyone can read them is an avoidable disclosure.",
            },
            {
                "text": "Move to a quiet corner, speak softly and cover only what the activity needs",
                "correct": True,
                "rationale": (
                    "These are reasonable safeguards; anything overheard despite them is an incidental disclosure, "
                    "which HIPAA permits."
                ),
            },
            {
                "text": "Do not discuss any health information in the gym at all, because HIPAA forbids it there",
                "correct": False,
                "rationale": (
                    "HIPAA does not forbid talking in the gym; it asks for reasonable safeguards, which make "
                    "incidental disclosures permissible."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "HIPAA permits incidental disclosures when reasonable safeguards are used and the information shared "
            "is limited to what is needed. Care conversations can happen in a shared gym when the COTA takes "
            "simple steps to limit who can hear."
        ),
        "references": [HHS_INCIDENTAL, HHS_MINIMUM_NECESSARY],
        "tags": ["hipaa", "incidental-disclosure", "safeguards"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-040",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>Which <strong>THREE</strong> actions help a COTA protect client PHI in a busy outpatient clinic?</p>"
        ),
        "options": [
            {
                "text": "Lock or log off the computer when stepping away",
                "correct": True,
                "rationale": "This is a simple, reasonable safeguard for electronic records.",
            },
            {
                "text": "Share with coworkers only the information their roles require",
                "correct": True,
                "rationale": "This follows the role-based minimum necessary standard.",
            },
            {
                "text": "Leave the day's schedule, with client names and diagnoses, on the open front counter",
                "correct": False,
                "rationale": "Anyone at the counter could read it; this is an avoidable disclosure.",
            },
            {
                "text": "Text a full-face photo of a client to a coworker's personal phone to ask for advice",
                "correct": False,
                "rationale": (
                    "A full-face photo is an identifier, and personal devices are outside the facility's safeguards."
                ),
            },
            {
                "text": "Speak quietly and away from others when discussing a client's care",
                "correct": True,
                "rationale": "This is a reasonable safeguard, so anything overheard is only incidental.",
            },
            {
                "text": "Update a client's employer on her progress when the employer calls",
                "correct": False,
                "rationale": (
                    "An employer is not part of treatment; disclosure would generally need the client's authorization."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Protecting PHI combines reasonable safeguards (locking screens, lowering voices) with role-based "
            "minimum necessary sharing. Photos that show the face, open schedules and calls from employers all "
            "risk disclosures that are not permitted."
        ),
        "references": [HHS_INCIDENTAL, HHS_MINIMUM_NECESSARY, CFR_SAFE_HARBOR],
        "tags": ["hipaa", "safeguards", "minimum-necessary", "confidentiality"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-041",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>An aide realizes she sent a text with a client's name and his afternoon therapy time to a wrong "
            "number. The recipient has not replied. What should she do?</p>"
        ),
        "options": [
            {
                "text": "Delete the message from her phone so the error is not kept anywhere",
                "correct": False,
                "rationale": (
                    "Deleting her copy does not recall the message, and it removes the record the privacy officer "
                    "needs."
                ),
            },
            {
                "text": "Report it at once to her supervisor or the privacy officer, as the policy directs",
                "correct": True,
                "rationale": (
                    "A suspected breach is reported right away. The privacy officer assesses it and decides on any "
                    "notification."
                ),
            },
            {
                "text": "Text the number again asking the stranger to delete it, and report it only if they reply",
                "correct": False,
                "rationale": (
                    "Contacting the recipient is for the privacy officer to decide, and waiting for a reply delays "
                    "a report that should be made now."
                ),
            },
            {
                "text": "Do nothing, because a name and an appointment time are not health information",
                "correct": False,
                "rationale": (
                    "A name linked to therapy appointments is individually identifiable health information held by "
                    "a covered entity: it is PHI."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "An impermissible disclosure of PHI is presumed to be a breach unless the covered entity's risk "
            "assessment shows a low probability of compromise, and notification deadlines can run from when any "
            "workforce member knew. Staff report suspected breaches at once and leave the assessment to the privacy "
            "officer."
        ),
        "references": [HHS_BREACH_RULE, CFR_PHI_DEFINITION],
        "tags": ["hipaa", "breach", "texting"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "ethics-042",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA wants to show the OTR how a client's hand edema changed during today's session. The "
            "facility's policy allows client photos only on clinic devices, through its approved app. What is the "
            "COTA's best action?</p>"
        ),
        "options": [
            {
                "text": "Photograph the hand on her own phone without the face, then delete it after showing the OTR",
                "correct": False,
                "rationale": (
                    "Policy allows photos only on clinic devices. Personal phones back up and sync photos beyond the "
                    "facility's control, and deleting later does not undo that."
                ),
            },
            {
                "text": "Take the photo with a clinic device in the approved app, and describe the change in her note",
                "correct": True,
                "rationale": (
                    "This follows the facility's security policy, keeps the image in the record system, and gives "
                    "the OTR both the picture and an objective description."
                ),
            },
            {
                "text": "Text the OTR a description of the edema with the client's initials instead of a photo",
                "correct": False,
                "rationale": (
                    "Ordinary texts are not an approved channel for client information, and initials with clinical "
                    "details can still identify a client."
                ),
            },
            {
                "text": "Skip the photo, since HIPAA forbids photographing clients for any reason",
                "correct": False,
                "rationale": (
                    "HIPAA does not forbid clinical photos; it requires safeguards, which the facility's approved "
                    "process provides."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Security Rule expects safeguards for electronic PHI, and facilities meet it with approved devices "
            "and apps. Following the facility's process protects the client and gives the OTR accurate information; "
            "personal phones and ordinary texts are outside those safeguards."
        ),
        "references": [HHS_SECURITY_RULE, AOTA_CODE_2020],
        "tags": ["hipaa", "security", "photos", "personal-devices"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "ethics-043",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: If a staff member's personal phone holding client photos is lost, it needs reporting "
            "only if the photos show clients' faces.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Photos without faces can still identify clients, and a lost device is reported at once so the "
                    "privacy officer can assess it."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Report a lost device with any client information at once; the privacy officer decides "
                    "whether it is a breach."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Whether a loss is a reportable breach depends on the covered entity's risk assessment, including whether "
            "the information was encrypted and what it contained. Staff report a lost device at once and do not "
            "make that judgment themselves."
        ),
        "references": [HHS_BREACH_RULE, HHS_SECURITY_RULE, CFR_SAFE_HARBOR],
        "tags": ["hipaa", "breach", "personal-devices"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
]
