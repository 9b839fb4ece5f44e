"""Infection-control practice questions for the hygiene-and-infection-control module.

Original items written for Occupass (not taken from any exam or prep bank). Facts follow
../shared/domain.md section 5; porous items such as putty are covered only as "follow
facility policy", because no primary source was found for a specific rule.
"""

MODULE = "hygiene-and-infection-control"

CDC_HAND_HYGIENE = (
    "CDC. Clinical Safety: Hand Hygiene for Healthcare Workers. "
    "https://www.cdc.gov/clean-hands/hcp/clinical-safety/index.html"
)
HICPAC_HAND_HYGIENE_2002 = (
    "Boyce JM, Pittet D; HICPAC. Guideline for Hand Hygiene in Health-Care Settings. MMWR Recomm Rep. "
    "2002;51(RR-16):1-45."
)
HICPAC_NOROVIRUS_2011 = (
    "MacCannell T, Umscheid CA, Agarwal RK, et al.; HICPAC. Guideline for the Prevention and Control of Norovirus "
    "Gastroenteritis Outbreaks in Healthcare Settings. CDC; 2011."
)
HICPAC_ISOLATION_2007 = (
    "Siegel JD, Rhinehart E, Jackson M, Chiarello L; HICPAC. 2007 Guideline for Isolation Precautions: Preventing "
    "Transmission of Infectious Agents in Healthcare Settings. CDC; 2007. Table 4: Recommendations for "
    "Application of Standard Precautions; Appendix A: Type and Duration of Precautions by infection."
)
CDC_PPE_SEQUENCE = (
    "CDC. Sequence for Putting On Personal Protective Equipment (PPE) and How to Safely Remove PPE. "
    "https://www.cdc.gov/hai/pdfs/ppe/ppe-sequence.pdf"
)
HICPAC_DISINFECTION_2008 = (
    "Rutala WA, Weber DJ; HICPAC. Guideline for Disinfection and Sterilization in Healthcare Facilities, 2008 "
    "(Table 1). https://www.cdc.gov/infectioncontrol/guidelines/disinfection/tables/table1.html"
)
EPA_LIST_K = (
    "U.S. EPA. List K: EPA's Registered Antimicrobial Products Effective Against Clostridioides difficile Spores. "
    "https://www.epa.gov/pesticide-registration/list-k-epas-registered-antimicrobial-products-effective-against-clostridium"
)
OSHA_BBP = (
    "Occupational Safety and Health Administration. Bloodborne pathogens standard, 29 CFR 1910.1030, including "
    "the definition of an exposure incident in 1910.1030(b). https://www.osha.gov/laws-regs/regulations/"
    "standardnumber/1910/1910.1030"
)
OSHA_RESPIRATORY = (
    "Occupational Safety and Health Administration. Respiratory protection standard, 29 CFR 1910.134 (medical "
    "evaluation and fit testing before use, and at least annually)."
)
CMS_EBP = (
    "Centers for Medicare & Medicaid Services. QSO-24-08-NH: enhanced barrier precautions in nursing homes "
    "(2024); CDC. Implementation of personal protective equipment use in nursing homes to prevent spread of "
    "multidrug-resistant organisms."
)

QUESTIONS = [
    {
        "key": "infection-001",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>An OT aide's hands are <strong>not visibly soiled</strong> and she is about to help a client off "
            "the mat table. Which hand hygiene method does the CDC prefer in this situation?</p>"
        ),
        "options": [
            {
                "text": "Putting on gloves instead of cleaning the hands",
                "correct": False,
                "rationale": (
                    "Gloves do not replace hand hygiene; hands are cleaned before gloves go on and right after "
                    "they come off."
                ),
            },
            {
                "text": "Wiping the hands with a disinfectant wipe made for equipment",
                "correct": False,
                "rationale": (
                    "Surface disinfectant wipes are made and labeled for objects, not for skin, so they are not a "
                    "hand hygiene product."
                ),
            },
            {
                "text": "Alcohol-based hand sanitizer, rubbed until the hands are dry",
                "correct": True,
                "rationale": (
                    "CDC names alcohol-based sanitizer the preferred method whenever hands are not visibly soiled."
                ),
            },
            {
                "text": "Soap and water, because washing is always better than sanitizer",
                "correct": False,
                "rationale": (
                    "Soap and water is required in specific situations (visible soil, C. difficile, infectious "
                    "diarrhea), but it is not the CDC's preferred method for clean-looking hands."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "When hands are not visibly soiled, the CDC prefers alcohol-based hand sanitizer for healthcare "
            "workers. Soap and water is kept for the situations where it works better, and gloves never replace "
            "either method."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "alcohol-based-hand-rub"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-002",
        "module": MODULE,
        "type": "single",
        "stem": "<p>How long should a staff member rub alcohol-based hand sanitizer over the hands?</p>",
        "options": [
            {
                "text": "Only as long as it takes to spread it over the palms",
                "correct": False,
                "rationale": (
                    "All surfaces of the hands and fingers need to be covered, not just the palms, and the rubbing "
                    "continues until the hands are dry."
                ),
            },
            {
                "text": "Until the hands are half dry, then rinse them under the tap",
                "correct": False,
                "rationale": "Alcohol rub is not rinsed off; rinsing removes it before it has finished working.",
            },
            {
                "text": "About 20 seconds, until the hands feel dry",
                "correct": True,
                "rationale": (
                    "CDC advises covering all surfaces and rubbing until the hands are dry, which takes about 20 "
                    "seconds."
                ),
            },
            {
                "text": "About 5 seconds, then wipe the rest off on a paper towel",
                "correct": False,
                "rationale": (
                    "Wiping the product off early shortens the time the alcohol stays on the skin; it should be "
                    "rubbed in until it dries on its own."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC teaches healthcare workers to cover all surfaces of the hands with alcohol rub and keep rubbing "
            "for about 20 seconds until the hands are dry. Stopping early, wiping it off or rinsing it all cut the "
            "product's working time short."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "alcohol-based-hand-rub"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-003",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: if you wore gloves for the whole session, you do not need to perform hand hygiene "
            "after taking them off.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "This is false. Gloves can have tiny defects and hands can be contaminated while the gloves "
                    "come off, so CDC lists right after glove removal as a hand hygiene moment."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Gloves do not replace hand hygiene; clean your hands immediately after removing them."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            'Gloves reduce contamination but do not replace hand hygiene. CDC includes "immediately after '
            'removing gloves" among the times healthcare workers must clean their hands.'
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "gloves"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-004",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: when your hands are <strong>visibly soiled</strong>, you should wash them with soap "
            "and water rather than use alcohol-based sanitizer.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": (
                    "Correct. Alcohol rub is preferred only when hands are not visibly soiled; visible soil calls "
                    "for washing with soap and water."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "rationale": (
                    "This is false. CDC's preference for alcohol rub applies only when hands are not visibly "
                    "soiled; visible soil must be washed off with soap and water."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC prefers alcohol-based sanitizer in most clinical situations, but visibly soiled hands must be "
            "washed with soap and water. Other times to wash include before eating, after using the restroom and "
            "during care of a client with infectious diarrhea."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_HAND_HYGIENE_2002],
        "tags": ["hand-hygiene", "handwashing"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-005",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: alcohol-based hand sanitizer is the best choice after treating a client who has "
            "<em>Clostridioides difficile</em> (C. diff) diarrhea.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "This is false. Alcohol does not kill C. difficile spores; washing with soap and water "
                    "physically removes them from the hands."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. CDC advises soap and water when exposure to C. difficile spores is likely, and facility "
                    "policy for C. difficile rooms usually requires it."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "C. difficile forms spores that alcohol does not kill. Soap-and-water handwashing removes spores "
            "mechanically, so CDC advises washing when spore exposure is likely, as when treating a client with C. "
            "difficile diarrhea or during an outbreak. Follow your facility's policy for C. difficile rooms."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_HAND_HYGIENE_2002],
        "tags": ["hand-hygiene", "c-difficile", "handwashing"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-006",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>Which <strong>THREE</strong> of the following are times when an OT aide should perform hand "
            "hygiene?</p>"
        ),
        "options": [
            {
                "text": "Only when gloves were not worn",
                "correct": False,
                "rationale": (
                    "Gloves do not replace hand hygiene; clean hands are still needed after gloves come off."
                ),
            },
            {
                "text": "Before touching a client to help her stand",
                "correct": True,
                "rationale": "Before touching a patient is one of the CDC hand hygiene moments.",
            },
            {
                "text": "Only at the start and end of each shift",
                "correct": False,
                "rationale": (
                    "Hand hygiene is tied to moments of care, not to the shift schedule; many moments occur during "
                    "every session."
                ),
            },
            {
                "text": "Immediately after removing gloves",
                "correct": True,
                "rationale": "Hands can be contaminated during glove removal, so hand hygiene follows right away.",
            },
            {
                "text": ("After touching the client's wheelchair and bedside table, even without touching the client"),
                "correct": True,
                "rationale": (
                    "A client's surroundings can carry germs, so CDC includes touching them as a hand hygiene moment."
                ),
            },
            {
                (
                    "text"
                ): "At the front desk before answering the phone, when hands were cleaned on leaving the last room",
                "correct": False,
                "rationale": (
                    "Hands were cleaned after the last client contact and nothing has been touched since, so this is "
                    "not one of CDC's hand hygiene moments. The next one comes before touching the next client."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "CDC links hand hygiene to specific moments: before touching a patient, before aseptic tasks, when "
            "moving from a soiled to a clean body site, after touching the patient or their surroundings, after "
            "body-fluid exposure and right after removing gloves. It is not a once-a-shift task."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "hand-hygiene-moments", "gloves"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-007",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>When exposure to C. difficile spores is likely, why does CDC advise handwashing with soap and water "
            "instead of alcohol-based sanitizer?</p>"
        ),
        "options": [
            {
                "text": "Alcohol sanitizer damages the gown and gloves used in contact precautions",
                "correct": False,
                "rationale": (
                    "Sanitizer is used on bare hands after PPE removal; the reason for washing is spores, not "
                    "damage to PPE."
                ),
            },
            {
                "text": "The rubbing and rinsing physically remove spores, which alcohol does not kill",
                "correct": True,
                "rationale": "C. difficile spores resist alcohol; washing works by removing them mechanically.",
            },
            {
                "text": "Soap and water is required after every client on any type of isolation",
                "correct": False,
                "rationale": (
                    "Soap and water is specifically advised when spore exposure is likely (such as C. difficile), "
                    "when hands are visibly soiled, or for infectious diarrhea; it is not a blanket rule for all "
                    "isolation."
                ),
            },
            {
                "text": "Soap chemically kills spores faster than alcohol does",
                "correct": False,
                "rationale": (
                    "Plain soap is not a sporicide; the benefit of washing comes from physically removing the spores."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Alcohol does not kill bacterial spores such as those of C. difficile. Washing with soap and water "
            "removes spores from the skin mechanically, which is why CDC advises it when spore exposure is likely, as "
            "in care of a client with C. difficile diarrhea or during an outbreak. Facility policy for C. difficile "
            "rooms often makes washing on exit the rule."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_HAND_HYGIENE_2002],
        "tags": ["hand-hygiene", "c-difficile", "handwashing"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-008",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA is assisting a client with toileting hygiene as part of a self-care session. The COTA's "
            "gloved hands become soiled. The next step in the session is helping the client comb her hair. What "
            "should the COTA do before helping with grooming?</p>"
        ),
        "options": [
            {
                "text": "Rub alcohol sanitizer over the gloved hands until dry, then continue with grooming",
                "correct": False,
                "rationale": (
                    "Sanitizer on gloves does not clean them, and soiled gloves carry germs from a dirty task to a "
                    "clean one."
                ),
            },
            {
                "text": "Continue with the same gloves, since they have no tears",
                "correct": False,
                "rationale": (
                    "Intact gloves can still carry contamination from the soiled task to the client's hair and face."
                ),
            },
            {
                "text": "Put a second pair of gloves over the soiled pair",
                "correct": False,
                "rationale": (
                    "Layering gloves over a soiled pair does not remove the contamination and still skips hand "
                    "hygiene."
                ),
            },
            {
                "text": "Remove the gloves, clean the hands, and put on clean gloves if needed",
                "correct": True,
                "rationale": (
                    "Moving from a soiled to a clean body site is a hand hygiene moment, and gloves must be "
                    "changed when they are soiled."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC lists moving from a soiled body site to a clean one as a time for hand hygiene. The COTA removes "
            "the soiled gloves, cleans the hands and uses fresh gloves if the next task calls for them. Gloves "
            "never stand in for hand hygiene."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "gloves", "adl-session"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-009",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA finishes a dressing session in the room of a client on contact precautions for C. "
            "difficile. She removes her gown and gloves at the door. Which hand hygiene action is best?</p>"
        ),
        "options": [
            {
                "text": "No hand hygiene is needed because gloves were worn the whole time",
                "correct": False,
                "rationale": "Gloves never replace hand hygiene; hands are cleaned right after gloves come off.",
            },
            {
                "text": "Wash hands with soap and water",
                "correct": True,
                "rationale": (
                    "CDC advises washing when spore exposure is likely, as it is after hands-on care in this room, "
                    "and facility C. difficile policies usually require it on leaving. Washing physically removes "
                    "spores, which alcohol does not kill."
                ),
            },
            {
                "text": "Use alcohol-based sanitizer twice, for twice as long",
                "correct": False,
                "rationale": "More alcohol does not make it kill spores; the spores have to be washed off.",
            },
            {
                "text": "Use alcohol-based sanitizer, because it is the CDC's preferred method",
                "correct": False,
                "rationale": (
                    "Alcohol rub is preferred only in routine situations; spore exposure is one of the named "
                    "exceptions that calls for washing."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "After hands-on care of a client with C. difficile, spore exposure is likely, so CDC guidance and the "
            "facility's C. difficile policy call for washing with soap and water after removing PPE. Alcohol-based "
            "sanitizer, however much is used, does not kill spores."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_HAND_HYGIENE_2002],
        "tags": ["hand-hygiene", "c-difficile", "contact-precautions"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-010",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Several clients on a rehabilitation unit have been diagnosed with norovirus. After each session with "
            "one of these clients, which hand hygiene method should the COTA use?</p>"
        ),
        "options": [
            {
                "text": "Wash with soap and water",
                "correct": True,
                "rationale": (
                    "CDC's norovirus guideline favors soap and water after contact with these clients, and washing is "
                    "also advised during care of infectious diarrhea."
                ),
            },
            {
                "text": "Gloves for every contact, with no hand hygiene between clients",
                "correct": False,
                "rationale": (
                    "Gloves never replace hand hygiene, and the same gloves are not worn from one client to the next."
                ),
            },
            {
                "text": "A disinfectant wipe for equipment, used on the hands",
                "correct": False,
                "rationale": "Surface disinfectant wipes are labeled for objects, not for skin.",
            },
            {
                "text": "Alcohol-based sanitizer, since the hands are not visibly soiled",
                "correct": False,
                "rationale": (
                    "Norovirus is an exception to the usual preference; sanitizer did not appreciably reduce the "
                    "virus on fingerpads in the evidence CDC reviewed."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "After contact with clients who have norovirus, CDC's 2011 guideline favors soap-and-water handwashing "
            "over alcohol-based sanitizer, and CDC advises washing during care of clients with infectious diarrhea. "
            "Before contact, the usual hand hygiene applies. Gloves and surface wipes do not replace hand hygiene."
        ),
        "references": [HICPAC_NOROVIRUS_2011, CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "norovirus", "handwashing"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-011",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>A COTA is working with a client (no isolation precautions) on a meal-preparation task in the OT "
            "kitchen. Partway through, the client needs help with toileting, and the COTA wears gloves for that "
            "task. Which <strong>THREE</strong> actions are correct?</p>"
        ),
        "options": [
            {
                "text": "Perform hand hygiene immediately after removing the gloves used for toileting",
                "correct": True,
                "rationale": (
                    "Hands are cleaned right after glove removal, and again because the care moved from a soiled "
                    "task back to a clean one."
                ),
            },
            {
                "text": "Keep the toileting gloves on for the rest of the cooking task to save time",
                "correct": False,
                "rationale": (
                    "Gloves used for a soiled task would carry contamination to food and kitchen surfaces; they "
                    "are removed and hands cleaned."
                ),
            },
            {
                "text": "Skip hand hygiene after glove removal if the gloves show no tears",
                "correct": False,
                "rationale": (
                    "Intact-looking gloves do not guarantee clean hands; hand hygiene after glove removal is "
                    "always required."
                ),
            },
            {
                "text": "Skip hand hygiene during the session because the client has no known infection",
                "correct": False,
                "rationale": (
                    "Standard precautions, including hand hygiene, apply to every client whether or not an "
                    "infection is known."
                ),
            },
            {
                "text": (
                    "Perform hand hygiene after the session, after touching the client's wheelchair, before moving "
                    "on to the next client"
                ),
                "correct": True,
                "rationale": (
                    "Touching the client or their surroundings is a hand hygiene moment, and it protects the next "
                    "client."
                ),
            },
            {
                "text": "Perform hand hygiene before first touching the client to guide her hand placement",
                "correct": True,
                "rationale": "Before touching a patient is a CDC hand hygiene moment.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Hand hygiene is tied to moments of care, not to a client's diagnosis. The COTA cleans hands before "
            "touching the client, right after removing gloves and after contact with the client or their "
            "surroundings. Gloves used for toileting are removed before the COTA returns to a clean task."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_ISOLATION_2007],
        "tags": ["hand-hygiene", "hand-hygiene-moments", "gloves", "standard-precautions"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-012",
        "module": MODULE,
        "type": "single",
        "stem": "<p>To which clients do <strong>standard precautions</strong> apply?</p>",
        "options": [
            {
                "text": "All clients, whether or not an infection is suspected or confirmed",
                "correct": True,
                "rationale": "Standard precautions are the baseline practices used in the care of every client.",
            },
            {
                "text": "Only clients with a confirmed infection or a positive test result on their chart",
                "correct": False,
                "rationale": (
                    "Standard precautions apply to every client, because many infections are not yet known or tested "
                    "for."
                ),
            },
            {
                "text": "Only clients in isolation rooms",
                "correct": False,
                "rationale": (
                    "Isolation (transmission-based) precautions are added on top of standard precautions, not "
                    "instead of them."
                ),
            },
            {
                "text": "Only when blood is visible",
                "correct": False,
                "rationale": (
                    "Standard precautions cover contact with blood, body fluids, secretions, excretions, "
                    "non-intact skin and mucous membranes, whether or not blood is visible."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC's 2007 isolation guideline makes standard precautions the foundation for all client care, "
            "regardless of diagnosis. Transmission-based precautions (contact, droplet, airborne) are added for "
            "specific infections."
        ),
        "references": [HICPAC_ISOLATION_2007],
        "tags": ["standard-precautions"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-013",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>Which <strong>THREE</strong> of the following are elements of standard precautions in CDC's 2007 "
            "isolation guideline?</p>"
        ),
        "options": [
            {
                "text": "Choosing PPE only from the client's diagnosis",
                "correct": False,
                "rationale": (
                    "Under standard precautions PPE is chosen by the expected exposure during the task, not by the "
                    "diagnosis."
                ),
            },
            {
                "text": "Respiratory hygiene and cough etiquette",
                "correct": True,
                "rationale": "Respiratory hygiene is part of standard precautions for everyone in the facility.",
            },
            {
                "text": "Hand hygiene",
                "correct": True,
                "rationale": "Hand hygiene is the first element of standard precautions.",
            },
            {
                "text": "Handling soiled client-care equipment so that it does not spread germs",
                "correct": True,
                "rationale": "Safe handling and cleaning of soiled equipment is a listed element.",
            },
            {
                "text": "A respirator for every client encounter",
                "correct": False,
                "rationale": (
                    "Respirators belong to specific transmission-based precautions; standard precautions call for "
                    "a mask and eye protection when splashes or sprays are likely."
                ),
            },
            {
                "text": "A gown for every client contact, regardless of the task",
                "correct": False,
                "rationale": (
                    "Under standard precautions a gown is worn when contact with blood or body fluids is expected, "
                    "not for every contact."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "CDC's standard precautions include hand hygiene; gloves, gown, mask and eye protection chosen by "
            "expected exposure; handling of soiled equipment; environmental cleaning; linen; sharps safety; "
            "patient placement; and respiratory hygiene. PPE is matched to the task, not worn the same way for "
            "every client."
        ),
        "references": [HICPAC_ISOLATION_2007],
        "tags": ["standard-precautions", "ppe", "respiratory-hygiene"],
        "difficulty": 3,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-014",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A client with a draining leg wound is working with a COTA on lower-body dressing. His pants are "
            "damp with wound drainage, and the COTA expects the drainage to touch her forearms and uniform while "
            "she assists. No isolation precautions are ordered. Which PPE is most appropriate?</p>"
        ),
        "options": [
            {
                "text": "A face shield only",
                "correct": False,
                "rationale": (
                    "Eye and face protection is for splashes or sprays; it does not protect the hands, arms or "
                    "clothing."
                ),
            },
            {
                "text": "Gloves only",
                "correct": False,
                "rationale": (
                    "Gloves protect the hands, but the COTA expects drainage to reach her forearms and uniform, "
                    "which calls for a gown."
                ),
            },
            {
                "text": "No PPE, because no isolation order is in place",
                "correct": False,
                "rationale": (
                    "Standard precautions apply to every client; PPE is chosen by the expected exposure, not by "
                    "whether an isolation order exists."
                ),
            },
            {
                "text": "Gloves and a gown",
                "correct": True,
                "rationale": (
                    "Standard precautions call for gloves for hand contact with body fluids and a gown when "
                    "contact with skin or clothing is expected."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Under standard precautions the COTA selects PPE for the exposure she expects during the task. "
            "Expected contact with body fluid on the hands calls for gloves, and expected contact with the arms or "
            "clothing calls for a gown, even when no isolation order exists."
        ),
        "references": [HICPAC_ISOLATION_2007],
        "tags": ["standard-precautions", "ppe", "gown", "gloves"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-015",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA is helping a client with a tracheostomy practice oral care at the sink. The client coughs "
            "forcefully and secretions have sprayed during earlier sessions. Under standard precautions, which PPE "
            "should the COTA add to gloves?</p>"
        ),
        "options": [
            {
                "text": "A mask and eye protection (goggles or a face shield)",
                "correct": True,
                "rationale": (
                    "Standard precautions call for mouth, nose and eye protection when splashes or sprays of "
                    "secretions are likely."
                ),
            },
            {
                "text": "Nothing beyond gloves, since the COTA's hands are the only part touching the client",
                "correct": False,
                "rationale": (
                    "Sprays can reach the face even without touch; the expected exposure, not the hand contact, "
                    "decides the PPE."
                ),
            },
            {
                "text": "A second pair of gloves",
                "correct": False,
                "rationale": "Extra gloves add nothing against sprays reaching the face.",
            },
            {
                "text": "An N95 respirator, without eye protection",
                "correct": False,
                "rationale": (
                    "Standard precautions for splashes and sprays call for eye protection as well as a mask; a "
                    "respirator alone leaves the eyes open to spray."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Standard precautions call for a mask and eye protection during tasks likely to produce splashes or "
            "sprays of blood, body fluids or secretions. A forceful cough near the COTA's face during oral care is "
            "such a task."
        ),
        "references": [HICPAC_ISOLATION_2007],
        "tags": ["standard-precautions", "ppe", "eye-protection"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-016",
        "module": MODULE,
        "type": "ordering",
        "stem": "<p>Put the steps for <strong>putting on (donning)</strong> PPE in the order CDC recommends.</p>",
        "options": [
            {
                "text": "Gown",
                "correct": True,
                "rationale": "The gown goes on first, tied at the neck and waist.",
            },
            {
                "text": "Mask or respirator",
                "correct": True,
                "rationale": "The mask goes on second and is fitted over the nose and under the chin.",
            },
            {
                "text": "Goggles or face shield",
                "correct": True,
                "rationale": "Eye protection goes on over the mask.",
            },
            {
                "text": "Gloves",
                "correct": True,
                "rationale": "Gloves go on last so they can be pulled over the cuffs of the gown.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC's donning sequence is gown, mask or respirator, goggles or face shield, then gloves. Putting "
            "gloves on last lets them cover the gown cuffs and keeps the gloves clean until care begins."
        ),
        "references": [CDC_PPE_SEQUENCE],
        "tags": ["ppe", "donning"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-017",
        "module": MODULE,
        "type": "ordering",
        "stem": (
            "<p>Put the steps for <strong>removing (doffing)</strong> PPE in the order shown in CDC's sequence.</p>"
        ),
        "options": [
            {
                "text": "Gloves",
                "correct": True,
                "rationale": "Gloves are the most contaminated item, so they come off first.",
            },
            {
                "text": "Goggles or face shield",
                "correct": True,
                "rationale": "Eye protection comes off next, handled by the headband or ear pieces, not the front.",
            },
            {
                "text": "Gown",
                "correct": True,
                "rationale": "The gown is untied and rolled away from the body, touching only the inside.",
            },
            {
                "text": "Mask or respirator",
                "correct": True,
                "rationale": "The mask comes off last, by its ties or elastics, without touching the front.",
            },
            {
                "text": "Hand hygiene",
                "correct": True,
                "rationale": (
                    "Hands are cleaned immediately after all PPE is removed (and sooner if they become "
                    "contaminated during removal)."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC's removal sequence is gloves, goggles or face shield, gown, mask or respirator, then hand "
            "hygiene. The most contaminated item comes off first and the mask, which protects the airway, comes "
            "off last. CDC's poster also shows an alternative that removes gown and gloves together; either way, "
            "hands are cleaned at the end."
        ),
        "references": [CDC_PPE_SEQUENCE, CDC_HAND_HYGIENE],
        "tags": ["ppe", "doffing", "hand-hygiene"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-018",
        "module": MODULE,
        "type": "single",
        "stem": "<p>Why are gloves put on <strong>last</strong> when donning PPE?</p>",
        "options": [
            {
                "text": "So the gloves go over the gown's cuffs and stay clean until care begins",
                "correct": True,
                "rationale": (
                    "Gloves over the cuffs leave no gap at the wrist, and putting them on last avoids touching "
                    "other items with gloved hands."
                ),
            },
            {
                "text": "Because gloves must be removed before the gown can be tied",
                "correct": False,
                "rationale": "The gown is tied before gloves go on; the gloves do not get in the way of tying.",
            },
            {
                "text": "Because gloves make hand hygiene unnecessary, so they should be the final step",
                "correct": False,
                "rationale": "Gloves never replace hand hygiene.",
            },
            {
                "text": "Because gloves are the least important item",
                "correct": False,
                "rationale": "Order is about coverage and contamination, not importance.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "In CDC's sequence gloves go on last and extend over the cuffs of the gown. This closes the gap at the "
            "wrist and keeps the gloves from touching other surfaces before care starts."
        ),
        "references": [CDC_PPE_SEQUENCE],
        "tags": ["ppe", "donning", "gloves"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-019",
        "module": MODULE,
        "type": "single",
        "stem": "<p>Why are gloves removed <strong>first</strong> when taking off PPE?</p>",
        "options": [
            {
                "text": "Removing gloves first means hand hygiene can be skipped at the end",
                "correct": False,
                "rationale": "Hand hygiene is performed after all PPE is removed.",
            },
            {
                "text": "They are the easiest item to remove",
                "correct": False,
                "rationale": "Ease is not the reason; the sequence is built around contamination.",
            },
            {
                "text": "The mask cannot be removed while gloves are on",
                "correct": False,
                "rationale": (
                    "The mask comes off last in CDC's sequence because it protects the airway, not because of the "
                    "gloves."
                ),
            },
            {
                "text": "They are usually the most contaminated item",
                "correct": True,
                "rationale": (
                    "Gloved hands touch the client and the environment most, so they are removed first to avoid "
                    "spreading that contamination to other PPE and the face."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The outside of all used PPE is treated as contaminated, and gloves usually carry the most. Removing "
            "them first, then eye protection, gown and mask, limits transfer of germs to the face and clothing; "
            "hand hygiene ends the sequence."
        ),
        "references": [CDC_PPE_SEQUENCE],
        "tags": ["ppe", "doffing", "gloves"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-020",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Before an afternoon session, a COTA reviews a client's record and finds a new order for "
            "<strong>contact precautions for C. difficile</strong>. The OTR's plan calls for practicing kitchen "
            "tasks in the OT gym today. What should the COTA do <strong>first</strong>?</p>"
        ),
        "options": [
            {
                "text": "Cancel OT until the precautions are lifted and tell no one",
                "correct": False,
                "rationale": (
                    "Stopping services without consulting the OTR or documenting a reason does not serve the "
                    "client; sessions can often be adapted within policy."
                ),
            },
            {
                "text": "Check the isolation policy and ask the OTR how to adapt today's session",
                "correct": True,
                "rationale": (
                    "The new precautions change how and where care can be given; collaborating with the OTR before "
                    "the session keeps the plan safe and on track."
                ),
            },
            {
                "text": "Proceed in the gym and wipe the kitchen surfaces with alcohol afterward",
                "correct": False,
                "rationale": (
                    "Alcohol does not kill C. difficile spores; a List K product would be needed, and the setting "
                    "still has to follow facility policy."
                ),
            },
            {
                "text": "Bring the client to the gym as planned, because precautions apply only inside the room",
                "correct": False,
                "rationale": (
                    "Precautions follow the client; taking the client to a shared gym without following facility "
                    "policy risks spreading spores."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A change in isolation status is information that affects how the OTR's plan can be carried out. The "
            "COTA gathers it (the order and the facility's policy) and works with the OTR to adapt the session "
            "before seeing the client."
        ),
        "references": [HICPAC_ISOLATION_2007, CDC_HAND_HYGIENE],
        "tags": ["contact-precautions", "c-difficile", "chart-review", "collaboration"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-021",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>During a morning session, a client tells the COTA she has had several episodes of watery diarrhea "
            "since last night. She has no isolation precautions in place. What is the COTA's best action?</p>"
        ),
        "options": [
            {
                "text": "Continue the session and mention it in the weekly team meeting",
                "correct": False,
                "rationale": (
                    "A possible infectious cause needs prompt reporting so the team can decide on precautions; "
                    "waiting a week risks spread."
                ),
            },
            {
                "text": (
                    "Pause, wash hands with soap and water, and promptly report the symptoms to the nurse and OTR"
                ),
                "correct": True,
                "rationale": (
                    "New diarrhea is a change in status that the nurse and OTR need to know about, and care during "
                    "infectious diarrhea calls for soap-and-water handwashing."
                ),
            },
            {
                "text": (
                    "Use alcohol rub after the session as usual, since no isolation precautions have been ordered yet"
                ),
                "correct": False,
                "rationale": (
                    "CDC advises soap and water during care for infectious diarrhea, whether or not precautions have "
                    "been ordered yet; and the new symptoms need reporting."
                ),
            },
            {
                "text": "Suggest an over-the-counter anti-diarrheal medicine",
                "correct": False,
                "rationale": (
                    "Recommending medicine is outside the COTA's scope; the nurse and medical team manage it."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The COTA gathers and reports a new finding that may affect both the client's safety and everyone "
            "else's. Care during infectious diarrhea calls for soap-and-water handwashing, and the nurse and OTR "
            "decide on next steps such as testing or precautions under facility policy."
        ),
        "references": [CDC_HAND_HYGIENE, HICPAC_ISOLATION_2007],
        "tags": ["hand-hygiene", "handwashing", "reporting", "c-difficile"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-022",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>Before a first in-room session with a client, the COTA reviews the record and talks with the "
            "client's nurse. Which <strong>THREE</strong> findings should the COTA share with the OTR because they "
            "change the infection-control setup of the session?</p>"
        ),
        "options": [
            {
                "text": "The client's previous sessions were held in the morning",
                "correct": False,
                "rationale": "Session timing is a scheduling detail, not an infection-control factor.",
            },
            {
                "text": "The client's wound dressing is soaked through with drainage",
                "correct": True,
                "rationale": (
                    "Expected contact with drainage calls for gloves, and a gown when clothing or skin contact is "
                    "expected."
                ),
            },
            {
                "text": "The client received a seasonal flu vaccine last fall",
                "correct": False,
                "rationale": "A past vaccine does not change the PPE or equipment handling for today's session.",
            },
            {
                "text": "A contact-precautions sign was posted on the client's door this morning",
                "correct": True,
                "rationale": (
                    "Contact precautions change the PPE, equipment handling and possibly the location of the session."
                ),
            },
            {
                "text": "The client has had new loose stools today and a C. difficile test is pending",
                "correct": True,
                "rationale": (
                    "Possible C. difficile means soap-and-water handwashing and likely added precautions under "
                    "facility policy."
                ),
            },
            {
                "text": "The client is left-handed",
                "correct": False,
                "rationale": "Hand dominance matters for activity planning but not for infection-control setup.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "The COTA gathers information that affects how the session can be delivered safely and brings it to "
            "the OTR. New precautions, possible C. difficile and uncontained drainage all change PPE, hand hygiene "
            "or equipment handling; the other findings do not."
        ),
        "references": [HICPAC_ISOLATION_2007, CDC_HAND_HYGIENE],
        "tags": ["chart-review", "contact-precautions", "c-difficile", "standard-precautions", "collaboration"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-023",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>The OTR asks a COTA to observe a client with mild cognitive impairment washing her hands after "
            "toileting, to help plan a self-care program. The client rinses her hands for about 3 seconds without "
            "soap. How should the COTA report this?</p>"
        ),
        "options": [
            {
                "text": 'Write only "poor hygiene" in the note',
                "correct": False,
                "rationale": (
                    "A vague label gives the OTR nothing to plan from; specific observations are more useful."
                ),
            },
            {
                "text": (
                    "Add a handwashing goal to the self-care plan, then tell the OTR at the next supervision meeting"
                ),
                "correct": False,
                "rationale": (
                    "Setting goals is the OTR's role. The COTA's part is to report the observation accurately."
                ),
            },
            {
                "text": "Do not report it, because hand hygiene is nursing's responsibility",
                "correct": False,
                "rationale": (
                    "Handwashing is a self-care task that affects the client's health and occupational "
                    "performance, so it is relevant to OT."
                ),
            },
            {
                "text": "Describe exactly what was observed (steps done, missed, cues given) to the OTR",
                "correct": True,
                "rationale": (
                    "Objective, specific observations let the OTR interpret the findings and plan the intervention."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "In D1 tasks the COTA gathers information and shares it with the OTR in a form the OTR can use. An "
            "objective description of the observed handwashing (what was done, missed and cued) supports planning "
            "far better than a general label."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "observation", "collaboration"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-024",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>A COTA is about to start a grooming session in the room of a client on <strong>contact precautions "
            "for C. difficile</strong>. She will use a reacher that belongs to the shared gym supply. Which "
            "<strong>THREE</strong> actions are correct?</p>"
        ),
        "options": [
            {
                "text": "Wipe the reacher with an alcohol pad before returning it to the gym",
                "correct": False,
                "rationale": "Alcohol is not sporicidal, so spores could be carried back to the shared supply.",
            },
            {
                "text": (
                    "Before the reacher leaves the room, clean it and disinfect it with an EPA List K product, "
                    "keeping it wet for the label's contact time"
                ),
                "correct": True,
                "rationale": (
                    "List K products carry EPA-registered claims against C. difficile spores, and the label "
                    "contact time must be followed."
                ),
            },
            {
                "text": "After removing PPE, wash hands with soap and water",
                "correct": True,
                "rationale": (
                    "CDC advises washing when spore exposure is likely, and facility C. difficile policies usually "
                    "require it on leaving the room. Washing removes spores that alcohol rub does not kill."
                ),
            },
            {
                "text": "Use alcohol-based sanitizer after leaving because it is quicker",
                "correct": False,
                "rationale": "Speed does not matter if the method does not work; alcohol does not kill spores.",
            },
            {
                "text": "Put on a gown and gloves when entering the room",
                "correct": True,
                "rationale": "Contact precautions for C. difficile call for gown and gloves on entry.",
            },
            {
                "text": "Skip the gown because grooming does not involve toileting",
                "correct": False,
                "rationale": (
                    "Under contact precautions the gown goes on at room entry whatever the task, because surfaces "
                    "and clothing in the room may carry spores."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "For C. difficile, facility contact-precaution policies call for gown and gloves on entry; CDC advises "
            "washing with soap and water when spore exposure is likely, as here after hands-on care; and shared "
            "equipment is disinfected with a List K product for the full label contact time. Alcohol, on hands or on "
            "equipment, leaves spores behind."
        ),
        "references": [HICPAC_ISOLATION_2007, CDC_HAND_HYGIENE, EPA_LIST_K],
        "tags": ["c-difficile", "contact-precautions", "ppe", "list-k", "shared-equipment"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-025",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A tub transfer bench was used with a client on contact precautions for C. difficile and now needs "
            "to go back to the shared equipment room. Which product should be used to disinfect it?</p>"
        ),
        "options": [
            {
                "text": "Isopropyl alcohol wipes",
                "correct": False,
                "rationale": "Alcohol does not kill bacterial spores.",
            },
            {
                "text": "An EPA-registered disinfectant on List K, used according to its label",
                "correct": True,
                "rationale": "List K lists products with EPA-registered claims against C. difficile spores.",
            },
            {
                "text": "Any EPA-registered hospital disinfectant the department already stocks",
                "correct": False,
                "rationale": (
                    "Not every registered disinfectant has a spore claim; only List K products are shown to work "
                    "against C. difficile spores."
                ),
            },
            {
                "text": "No disinfectant; leave the bench unused for 24 hours",
                "correct": False,
                "rationale": (
                    "EPA notes that C. difficile spores can persist on surfaces for months, so waiting is not a "
                    "substitute for disinfection."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Equipment used in a C. difficile room must be disinfected with a product that carries a C. difficile "
            "spore claim, which is what EPA's List K identifies. The label's directions, including contact time, "
            "must be followed."
        ),
        "references": [EPA_LIST_K, HICPAC_DISINFECTION_2008],
        "tags": ["c-difficile", "list-k", "shared-equipment", "disinfection"],
        "difficulty": 3,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-026",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>After a session with a client who is <strong>not</strong> on isolation, a COTA cleans the shared "
            "walker the client used. Which <strong>THREE</strong> actions are correct?</p>"
        ),
        "options": [
            {
                "text": "Send the walker for sterilization",
                "correct": False,
                "rationale": (
                    "Sterilization is for critical items that enter sterile tissue; items that touch only intact "
                    "skin need low- or intermediate-level disinfection."
                ),
            },
            {
                "text": "Keep the surfaces wet for the full contact time on the product label",
                "correct": True,
                "rationale": (
                    "The label contact time is the time the product needs to work, and following the label is "
                    "required by law."
                ),
            },
            {
                "text": "Skip disinfection because the client had no known infection",
                "correct": False,
                "rationale": (
                    "Handling and cleaning shared equipment is part of standard precautions for every client."
                ),
            },
            {
                "text": "Remove any visible soil from the handgrips before disinfecting",
                "correct": True,
                "rationale": (
                    "Cleaning comes first; soil left on the surface can keep the disinfectant from working."
                ),
            },
            {
                "text": "Spray the walker and wipe it dry right away so the next client can use it",
                "correct": False,
                "rationale": (
                    "Wiping it dry immediately cuts the contact time short, so the disinfectant may not work."
                ),
            },
            {
                "text": "Use the facility's EPA-registered disinfectant according to its label",
                "correct": True,
                "rationale": (
                    "A walker touches only intact skin (a noncritical item), so a low- or intermediate-level "
                    "disinfectant used as labeled is appropriate."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Under the Spaulding scheme, walkers, mats and gait belts are noncritical items that need low- or "
            "intermediate-level disinfection. Clean off soil first, then apply an EPA-registered disinfectant and "
            "keep it wet for the label's contact time. This is done for every client, not only those with a known "
            "infection."
        ),
        "references": [HICPAC_DISINFECTION_2008, HICPAC_ISOLATION_2007],
        "tags": ["shared-equipment", "disinfection", "spaulding", "contact-time"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-027",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>Under the Spaulding classification, what level of reprocessing do mat tables, gait belts and "
            "walkers need between clients?</p>"
        ),
        "options": [
            {
                "text": "High-level disinfection",
                "correct": False,
                "rationale": (
                    "High-level disinfection is for semicritical items that contact mucous membranes or non-intact "
                    "skin."
                ),
            },
            {
                "text": "Sterilization",
                "correct": False,
                "rationale": "Sterilization is for critical items that enter sterile tissue or the bloodstream.",
            },
            {
                "text": "A wipe with soap and water, then air-drying before the next client",
                "correct": False,
                "rationale": (
                    "Cleaning removes soil but does not disinfect. Noncritical items need low- or intermediate-level "
                    "disinfection."
                ),
            },
            {
                "text": "Low- or intermediate-level disinfection",
                "correct": True,
                "rationale": "These are noncritical items because they touch only intact skin.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Spaulding scheme sorts items by what they touch. Items that touch only intact skin, such as mats, "
            "gait belts and walkers, are noncritical and need low- or intermediate-level disinfection; CDC's table "
            "lists an exposure time of at least 1 minute for them."
        ),
        "references": [HICPAC_DISINFECTION_2008],
        "tags": ["spaulding", "shared-equipment", "disinfection"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-028",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>CDC's disinfection table lists an exposure time of at least 1 minute for noncritical items. The "
            "disinfectant stocked in the OT gym says on its label that surfaces must <strong>stay wet for 3 "
            "minutes</strong>. How long should the mat table stay wet?</p>"
        ),
        "options": [
            {
                "text": "About 10 seconds, as long as it looks clean",
                "correct": False,
                "rationale": ("A surface that looks clean can still carry germs; the label contact time must be met."),
            },
            {
                "text": "3 minutes, as the label states",
                "correct": True,
                "rationale": (
                    "The label directions, including contact time, are what the product was tested for, and "
                    "following them is required by law."
                ),
            },
            {
                "text": "No set time; wipe it until it is dry",
                "correct": False,
                "rationale": (
                    "Drying the surface early cuts the contact time short, so the disinfectant may not work."
                ),
            },
            {
                "text": "1 minute, because that is the CDC minimum",
                "correct": False,
                "rationale": (
                    "The CDC figure is a general minimum; the specific product's label sets the contact time, and "
                    "it must be followed."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "EPA-registered disinfectants must be used according to their label, and following the label's contact "
            "time is a legal requirement. A general minimum from a guideline never overrides a longer time on the "
            "product in use."
        ),
        "references": [HICPAC_DISINFECTION_2008],
        "tags": ["contact-time", "disinfection", "shared-equipment", "epa-label"],
        "difficulty": 3,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-029",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: the contact time printed on an EPA-registered disinfectant's label is only a "
            "suggestion, so a quick wipe is acceptable when the surface looks clean.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "This is false. Label directions, including contact time, must be followed by law, and a "
                    "surface that looks clean can still carry germs."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": "Correct. The label contact time is a legal requirement, not a suggestion.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Using a registered disinfectant in a way its label does not allow is not permitted; the contact time "
            "is how long the surface must stay wet for the product to work. How clean a surface looks does not "
            "change that."
        ),
        "references": [HICPAC_DISINFECTION_2008],
        "tags": ["contact-time", "epa-label", "disinfection"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-030",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>The handgrips of a shared walker have visible dried food on them. What is the "
            "<strong>first</strong> step in reprocessing the walker?</p>"
        ),
        "options": [
            {
                "text": "Send it for sterilization",
                "correct": False,
                "rationale": (
                    "A walker is a noncritical item; it needs cleaning and low- or intermediate-level "
                    "disinfection, not sterilization."
                ),
            },
            {
                "text": "Clean off the visible soil",
                "correct": True,
                "rationale": (
                    "Soil can shield germs and reduce a disinfectant's effect, so cleaning comes before disinfection."
                ),
            },
            {
                "text": "Wipe with alcohol and return it to the equipment room",
                "correct": False,
                "rationale": "This skips cleaning and does not follow a labeled disinfection process.",
            },
            {
                "text": "Spray disinfectant over the soil and let it sit for the contact time",
                "correct": False,
                "rationale": (
                    "Disinfectant applied over soil may not reach the surface underneath; the soil comes off first."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC's disinfection guideline puts cleaning before disinfection: remove visible soil, then apply the "
            "disinfectant and keep it wet for the label's contact time."
        ),
        "references": [HICPAC_DISINFECTION_2008],
        "tags": ["cleaning", "disinfection", "shared-equipment"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-031",
        "module": MODULE,
        "type": "ordering",
        "stem": (
            "<p>Put the steps for cleaning and disinfecting a shared mat table between clients in the correct "
            "order.</p>"
        ),
        "options": [
            {
                "text": "Perform hand hygiene and put on gloves as the facility and product label require",
                "correct": True,
                "rationale": "Protection comes first, before touching a used surface or a chemical.",
            },
            {
                "text": "Remove any visible soil from the surface",
                "correct": True,
                "rationale": "Cleaning must come before disinfection, because soil can block the disinfectant.",
            },
            {
                "text": "Apply the EPA-registered disinfectant so the surface is visibly wet",
                "correct": True,
                "rationale": "The disinfectant goes on the clean surface and must wet it fully.",
            },
            {
                "text": "Leave the surface wet for the full contact time on the label",
                "correct": True,
                "rationale": (
                    "The label contact time must be met for the product to work, and following it is required by law."
                ),
            },
            {
                "text": "Remove gloves and perform hand hygiene",
                "correct": True,
                "rationale": "Hands are cleaned right after gloves come off; gloves do not replace hand hygiene.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Shared equipment is cleaned first and then disinfected, and the disinfectant stays on for the label's "
            "contact time. Hand hygiene and gloves bracket the task, because gloves do not replace hand hygiene."
        ),
        "references": [HICPAC_DISINFECTION_2008, CDC_HAND_HYGIENE],
        "tags": ["cleaning", "disinfection", "contact-time", "shared-equipment"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-032",
        "module": MODULE,
        "type": "single",
        "stem": "<p>What is EPA's <strong>List K</strong>?</p>",
        "options": [
            {
                "text": "Products approved for disinfecting porous items such as foam and putty",
                "correct": False,
                "rationale": "List K claims are for hard, non-porous surfaces.",
            },
            {
                "text": "Disinfectants with EPA-registered claims against C. difficile spores",
                "correct": True,
                "rationale": (
                    "List K identifies products shown to work against C. difficile spores on hard, non-porous "
                    "surfaces."
                ),
            },
            {
                "text": "Hand sanitizers that are effective against norovirus",
                "correct": False,
                "rationale": (
                    "List K is a list of surface disinfectants, not hand products, and it is about C. difficile "
                    "spores."
                ),
            },
            {
                "text": "CDC's list of diseases that require contact precautions",
                "correct": False,
                "rationale": "List K comes from EPA and lists products, not diseases.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "EPA publishes List K so facilities can choose disinfectants with registered claims against C. "
            "difficile spores. As with any disinfectant, the label's directions and contact time must be followed."
        ),
        "references": [EPA_LIST_K],
        "tags": ["list-k", "c-difficile", "disinfection"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-033",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A client has been using therapy putty during hand sessions in the OT gym. At the end of the "
            "session, what should the aide do with the putty?</p>"
        ),
        "options": [
            {
                "text": "Follow the facility's written policy for putty, and ask if the policy is unclear",
                "correct": True,
                "rationale": (
                    "Porous items cannot be handled like hard surfaces, and the facility's infection-control "
                    "policy sets how they are assigned, stored or replaced."
                ),
            },
            {
                "text": "Decide how to handle it based on how clean it looks",
                "correct": False,
                "rationale": (
                    "Appearance does not show whether an item carries germs; the facility's policy decides."
                ),
            },
            {
                "text": "Wipe it with an alcohol pad and return it to the shared bin",
                "correct": False,
                "rationale": (
                    "This is an improvised method that no policy or label supports; follow the facility's procedure."
                ),
            },
            {
                "text": ("Spray it with the surface disinfectant, let it dry, and return it to the shared putty bin"),
                "correct": False,
                "rationale": (
                    "Porous putty cannot be reliably disinfected on the surface; sharing it is a policy decision, not "
                    "the aide's."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Putty and other porous items cannot be cleaned like hard surfaces such as mats or walkers. Each "
            "facility sets its own infection-control policy for them, so staff follow that policy and ask the "
            "supervising practitioner when it is unclear."
        ),
        "references": [HICPAC_DISINFECTION_2008, HICPAC_ISOLATION_2007],
        "tags": ["putty", "porous-items", "facility-policy", "shared-equipment"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-034",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA supervises an OT aide who cleans the mat tables between clients. The COTA sees the aide "
            "spray the facility disinfectant and wipe the mats dry right away so the next client can start. What "
            "should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Tell the aide to wipe the mats with alcohol-based hand sanitizer, which dries faster",
                "correct": False,
                "rationale": (
                    "Hand sanitizer is not a surface disinfectant, and drying faster is the problem, not the fix."
                ),
            },
            {
                "text": "Explain the label's wet contact time, and help adjust the schedule to allow for it",
                "correct": True,
                "rationale": (
                    "Label contact times are a legal requirement, and the supervising COTA is responsible for "
                    "correcting the aide's practice."
                ),
            },
            {
                "text": "Allow it, since the mats look clean",
                "correct": False,
                "rationale": (
                    "A surface that looks clean can still carry germs, and a shortened contact time means the "
                    "disinfectant may not work."
                ),
            },
            {
                "text": "Report the aide to the state licensing board",
                "correct": False,
                "rationale": ("This is a training issue to correct on the spot; a board report is out of proportion."),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Supervising practitioners are responsible for the work they assign to aides. Following the label's "
            "contact time is a legal requirement, so the COTA corrects the practice and makes time for it in the "
            "schedule."
        ),
        "references": [HICPAC_DISINFECTION_2008],
        "tags": ["contact-time", "supervision", "aides", "epa-label"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-035",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A COTA sees a coworker leave a contact-precautions room still wearing her gown and gloves and then "
            "touch the hallway linen cart. What is the COTA's best response?</p>"
        ),
        "options": [
            {
                "text": "Mention it at next month's staff meeting",
                "correct": False,
                "rationale": "The cart is contaminated now; waiting a month leaves the risk in place for others.",
            },
            {
                "text": (
                    "Say nothing to the coworker, but wipe the cart's handle with a disinfectant wipe afterwards"
                ),
                "correct": False,
                "rationale": (
                    "Wiping the handle may not cover what was touched, and the coworker needs to know so it does not "
                    "happen again."
                ),
            },
            {
                "text": "Tell the coworker promptly and privately, and have the cart handled per policy",
                "correct": True,
                "rationale": (
                    "A prompt, respectful word addresses the risk, and the contaminated cart still needs to be "
                    "dealt with under facility policy."
                ),
            },
            {
                "text": "Remove the cart's linen and take it to the next client's room",
                "correct": False,
                "rationale": (
                    "Linen on a cart touched with contaminated gloves should not be used for other clients before "
                    "facility procedure is followed."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "PPE used in a precautions room is treated as contaminated and is removed before leaving. Professional "
            "responsibility includes speaking up promptly and respectfully and following facility policy for the "
            "surface that was touched."
        ),
        "references": [HICPAC_ISOLATION_2007, CDC_PPE_SEQUENCE],
        "tags": ["ppe", "contact-precautions", "professional-responsibility"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-036",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>While assisting with a client's wound-dressing change, blood splashes onto the back of a COTA's "
            "ungloved hand. What should the COTA do <strong>first</strong>?</p>"
        ),
        "options": [
            {
                "text": (
                    "Rub alcohol-based sanitizer over the area and carry on with the dressing, since the skin looked "
                    "intact"
                ),
                "correct": False,
                "rationale": (
                    "Blood on the skin is washed off with soap and water, and the skin is checked closely for cuts or "
                    "cracks rather than judged at a glance."
                ),
            },
            {
                "text": "Finish the dressing change quickly, then wash the hand with soap and water",
                "correct": False,
                "rationale": "Blood is washed off at once, not after the task.",
            },
            {
                "text": "Put on gloves over the blood and continue",
                "correct": False,
                "rationale": "Gloves do not replace hand hygiene and would trap the blood against the skin.",
            },
            {
                "text": ("Wash the area with soap and water at once, then check the skin and follow facility policy"),
                "correct": True,
                "rationale": (
                    "Washing at once removes the blood. Whether it is an exposure incident depends on the skin: blood "
                    "on intact skin is not one under OSHA's definition, but broken skin makes it one, to be reported "
                    "at once."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Wash blood off the skin with soap and water right away. Under OSHA's bloodborne pathogens standard, an "
            "exposure incident is contact of blood or other potentially infectious material with the eyes, mouth or "
            "other mucous membranes, non-intact skin, or through the skin (for example a needlestick). Blood on "
            "intact skin is not an exposure incident, but chapped skin, a hangnail or a small cut makes it one, which "
            "must be reported at once so the employer can arrange a confidential medical evaluation. Follow the "
            "facility's policy, which may also ask for any blood contact to be reported."
        ),
        "references": [OSHA_BBP, CDC_HAND_HYGIENE, HICPAC_ISOLATION_2007],
        "tags": ["hand-hygiene", "body-fluid-exposure", "professional-responsibility"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-037",
        "module": MODULE,
        "type": "multi",
        "stem": (
            "<p>A COTA is orienting a new OT aide to standard precautions in the therapy gym. Which "
            "<strong>THREE</strong> statements should the COTA include?</p>"
        ),
        "options": [
            {
                "text": "Gloves make hand hygiene unnecessary",
                "correct": False,
                "rationale": "Gloves reduce contamination but never replace hand hygiene.",
            },
            {
                "text": "Clean your hands right after removing gloves",
                "correct": True,
                "rationale": "Gloves do not replace hand hygiene; hands may be contaminated when gloves come off.",
            },
            {
                "text": "Wear a gown for every client you touch",
                "correct": False,
                "rationale": (
                    "Under standard precautions a gown is worn when contact with body fluids is expected, not for "
                    "every contact."
                ),
            },
            {
                "text": "Standard precautions apply to every client, whether or not an infection is known",
                "correct": True,
                "rationale": "They are the baseline for all client care.",
            },
            {
                "text": "Standard precautions cover blood only, not other body fluids",
                "correct": False,
                "rationale": (
                    "They cover blood, body fluids, secretions, excretions, non-intact skin and mucous membranes."
                ),
            },
            {
                "text": "Use alcohol rub when your hands are not visibly soiled, and soap and water when they are",
                "correct": True,
                "rationale": "This matches CDC's hand hygiene guidance for healthcare workers.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Teaching aides accurately is part of a COTA's professional responsibility. The core messages are that "
            "standard precautions apply to everyone, that gloves never replace hand hygiene, and when to choose "
            "alcohol rub or soap and water."
        ),
        "references": [HICPAC_ISOLATION_2007, CDC_HAND_HYGIENE],
        "tags": ["standard-precautions", "hand-hygiene", "supervision", "aides"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-038",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>While an aide helps a client with a nosebleed, a drop of the client's blood lands on the aide's "
            "forearm. The aide washes it off at once and finds no cuts, cracks or rashes on the skin underneath. "
            "Under OSHA's bloodborne pathogens standard, how is this contact classified?</p>"
        ),
        "options": [
            {
                "text": "An exposure incident, because any contact with blood counts as one",
                "correct": False,
                "rationale": (
                    "OSHA's definition covers the eyes, mouth, other mucous membranes, non-intact skin and contact "
                    "through the skin, not intact skin."
                ),
            },
            {
                "text": "An exposure incident only if the client is known to have a bloodborne infection",
                "correct": False,
                "rationale": (
                    "The definition depends on the route of contact, not on what is known about the source. Most "
                    "infections are not known at the time."
                ),
            },
            {
                ("text"): (
                    "Not an exposure incident: blood on intact skin is not one, though policy may still ask for a "
                    "report"
                ),
                "correct": True,
                "rationale": (
                    "Blood on intact skin does not meet OSHA's definition. The facility may still ask staff to "
                    "report blood contact, so follow its policy."
                ),
            },
            {
                "text": "Not an exposure incident, because the blood was washed off within a few minutes",
                "correct": False,
                "rationale": (
                    "Washing quickly is right, but it does not decide the classification; the route of contact "
                    "does. Blood on broken skin would be an exposure incident however quickly it was washed."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "OSHA defines an exposure incident as contact of blood or other potentially infectious materials with the "
            "eyes, mouth, other mucous membranes or non-intact skin, or through the skin, during work. Blood on "
            "intact skin is washed off with soap and water at once and is not an exposure incident; the facility's "
            "policy may still ask for a report."
        ),
        "references": [OSHA_BBP, CDC_HAND_HYGIENE],
        "tags": ["bloodborne-pathogens", "exposure-incident"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-039",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>A nursing home resident with an indwelling urinary catheter is on <strong>enhanced barrier "
            "precautions</strong>. The OTR's plan has the COTA practice toilet transfers with her in the therapy gym "
            "bathroom today. Which approach fits the precautions?</p>"
        ),
        "options": [
            {
                (
                    "text"
                ): "Keep the session in her room, since enhanced barrier precautions confine residents to their rooms",
                "correct": False,
                "rationale": (
                    "Unlike contact precautions, enhanced barrier precautions do not restrict residents to their "
                    "rooms; she can come to the gym."
                ),
            },
            {
                "text": "Wear a gown and gloves for the transfer practice, and clean hands before and after",
                "correct": True,
                "rationale": (
                    "Transferring and helping with toileting are high-contact activities, so a gown and gloves are "
                    "worn for them, with hand hygiene as usual."
                ),
            },
            {
                "text": "Wear gloves only, since a gown is needed only when the resident has an active infection",
                "correct": False,
                "rationale": (
                    "Enhanced barrier precautions call for gown and gloves during high-contact care whether or not "
                    "the resident is ill; MDROs spread on clothing as well as hands."
                ),
            },
            {
                "text": "Wear a gown, gloves and an N95 respirator for the whole time she is in the gym",
                "correct": False,
                "rationale": (
                    "A respirator is for airborne precautions. Enhanced barrier precautions call for gown and gloves "
                    "during high-contact activities, not for every moment in the gym."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CMS expects nursing homes to use enhanced barrier precautions, following CDC guidance, for residents "
            "with indwelling devices, chronic wounds or certain MDROs. Staff wear a gown and gloves during "
            "high-contact activities such as dressing, bathing, transferring, hygiene and toileting; the resident is "
            "not confined to the room."
        ),
        "references": [CMS_EBP, HICPAC_ISOLATION_2007],
        "tags": ["enhanced-barrier-precautions", "ppe", "nursing-home"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "infection-040",
        "module": MODULE,
        "type": "single",
        "stem": (
            "<p>An aide is asked to bring a client's lunch tray into a room with an <strong>airborne "
            "precautions</strong> sign. The aide has never been fit tested for a respirator. What should the aide "
            "do?</p>"
        ),
        "options": [
            {
                "text": "Put on a surgical facemask instead, since any mask filters the air",
                "correct": False,
                "rationale": (
                    "A facemask does not protect against airborne particles; airborne precautions call for a "
                    "respirator."
                ),
            },
            {
                "text": "Put on an N95 from the cart and press it firmly against the face before entering",
                "correct": False,
                "rationale": (
                    "A respirator protects only if it has been fit tested for that model and size, after a medical "
                    "evaluation; pressing it on does not replace the fit test."
                ),
            },
            {
                "text": "Enter quickly without a mask and leave at once, keeping the visit under a minute",
                "correct": False,
                "rationale": "Airborne particles stay in the room's air; a short visit is not protection.",
            },
            {
                "text": "Not enter, and tell the supervisor so a fit-tested colleague can take the tray",
                "correct": True,
                "rationale": (
                    "Without a fit test the aide may not use a respirator, so the aide must not enter; reporting lets "
                    "the task be reassigned."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Airborne precautions require a respirator such as an N95. OSHA's respiratory protection standard "
            "requires a medical evaluation and a fit test for the exact respirator before first use, and at least "
            "yearly after that, plus a user seal check each time it is put on. Staff who have not been fit tested do "
            "not enter."
        ),
        "references": [OSHA_RESPIRATORY, HICPAC_ISOLATION_2007],
        "tags": ["airborne-precautions", "respirator", "fit-testing"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "infection-041",
        "module": MODULE,
        "type": "truefalse",
        "stem": (
            "<p>True or false: For a client on <strong>droplet precautions</strong>, staff put on a facemask when "
            "they enter the room, in addition to standard precautions.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": "Correct. Droplet precautions add a facemask on entry to standard precautions.",
            },
            {
                "text": "False",
                "correct": False,
                "rationale": (
                    "Droplets from coughing, sneezing and talking travel a short distance, so a facemask is worn on "
                    "entering the room."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "CDC's isolation guideline adds a facemask on room entry for droplet precautions. A fit-tested respirator "
            "is the requirement for airborne precautions, not droplet precautions."
        ),
        "references": [HICPAC_ISOLATION_2007],
        "tags": ["droplet-precautions", "ppe"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
]
