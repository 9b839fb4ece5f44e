"""Module 3: Hygiene and infection control.

Pure data; no Django imports. Facts follow /work/shared/domain.md section 5.
This is an annual compliance module: orientation and annual mandatory
training are excluded from NBCOT employer CE, so it is not PDU-eligible.
"""

CDC_CLEAN_HANDS = {
    "citation": (
        "Centers for Disease Control and Prevention. Clinical safety: hand "
        "hygiene for healthcare workers (Clean Hands)."
    ),
    "url": "https://www.cdc.gov/clean-hands/hcp/clinical-safety/index.html",
}

CDC_HICPAC_HAND_HYGIENE = {
    "citation": (
        "Boyce JM, Pittet D; HICPAC. Guideline for hand hygiene in "
        "health-care settings. MMWR Recomm Rep. 2002;51(RR-16):1-45."
    ),
    "url": "",
}

CDC_NOROVIRUS_2011 = {
    "citation": (
        "Healthcare Infection Control Practices Advisory Committee (HICPAC). "
        "Guideline for the prevention and control of norovirus gastroenteritis "
        "outbreaks in healthcare settings. CDC; 2011."
    ),
    "url": "",
}

CDC_ISOLATION_2007 = {
    "citation": (
        "Siegel JD, Rhinehart E, Jackson M, Chiarello L; HICPAC. 2007 "
        "Guideline for isolation precautions: preventing transmission of "
        "infectious agents in healthcare settings. CDC; 2007. Table 4, "
        "recommendations for application of Standard Precautions (a table "
        "in the body of the guideline; Appendix A lists precautions by "
        "infection)."
    ),
    "url": "",
}

CDC_PPE_SEQUENCE = {
    "citation": (
        "Centers for Disease Control and Prevention. Sequence for putting on "
        "and removing personal protective equipment (PPE)."
    ),
    "url": "",
}

CDC_SPAULDING = {
    "citation": (
        "Centers for Disease Control and Prevention. Guideline for "
        "Disinfection and Sterilization in Healthcare Facilities (2008), "
        "Table 1: methods of sterilization and disinfection."
    ),
    "url": "https://www.cdc.gov/infectioncontrol/guidelines/disinfection/tables/table1.html",
}

EPA_DISINFECTANTS = {
    "citation": (
        "US Environmental Protection Agency. Selected EPA-registered "
        "disinfectants, including List K: disinfectants with claims against "
        "Clostridioides difficile spores."
    ),
    "url": "https://www.epa.gov/pesticide-registration/selected-epa-registered-disinfectants",
}

EDUCATIONAL_CAUTION = (
    "callout",
    {
        "kind": "caution",
        "title": "Educational content, not facility policy",
        "body": (
            "<p>This module teaches general infection-control principles. It "
            "does not replace your facility's infection prevention policies, "
            "isolation signs, the instructions of your infection prevention "
            "team, or product labels. When these differ from this lesson, "
            "follow them and ask your supervisor.</p>"
        ),
    },
)


LESSON_HAND_HYGIENE = {
    "slug": "rub-or-wash",
    "title": "Rub or wash? Hand hygiene, C. difficile and norovirus",
    "intro": (
        "When to clean your hands, why alcohol-based hand rub is usually the "
        "first choice, and when only soap and water will do."
    ),
    "body": [
        EDUCATIONAL_CAUTION,
        (
            "rich_text",
            "<p>Hands are one of the main ways germs travel from one client "
            "to the next in a therapy gym. In a single session you might "
            "touch a client's hands, a walker, a mat table, a wheelchair "
            "brake and a box of pegs. Each touch can pick up germs and pass "
            "them on. Clean hands at the right moments are one of the "
            "simplest and most important protections you can give clients "
            "and yourself.</p>",
        ),
        ("heading", {"text": "When to clean your hands", "level": "h2"}),
        (
            "rich_text",
            "<p>CDC guidance for healthcare workers lists these moments:</p>"
            "<ul>"
            "<li>before you touch a client;</li>"
            "<li>before a clean or aseptic task;</li>"
            "<li>when moving from a soiled body site to a clean one on the "
            "same client;</li>"
            "<li>after touching a client or the things around them;</li>"
            "<li>after contact with blood, body fluids or contaminated "
            "surfaces;</li>"
            "<li>immediately after taking off gloves.</li>"
            "</ul>"
            "<p>In therapy, <em>the things around the client</em> includes "
            "their wheelchair, walker, bedside table and the equipment they "
            "have just used.</p>",
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "Gloves do not replace hand hygiene",
                "body": (
                    "<p>Gloves can have tiny holes, and hands get "
                    "contaminated while you take gloves off. Clean your hands "
                    "right after removing gloves, every time.</p>"
                ),
            },
        ),
        ("heading", {"text": "Rub is the default", "level": "h2"}),
        (
            "rich_text",
            "<p>CDC prefers alcohol-based hand sanitizer for most moments "
            "unless your hands are visibly soiled. It works quickly and can "
            "be placed right where you work, so it is easier to use at the "
            "right moment.</p>",
        ),
        (
            "procedure",
            {
                "title": "Using alcohol-based hand rub",
                "steps": [
                    {
                        "instruction": "Apply the amount of product the label recommends into a cupped palm.",
                        "safety_points": "",
                        "common_errors": "<p>Using too little to keep hands wet for the whole rub.</p>",
                    },
                    {
                        "instruction": "Rub over all surfaces of both hands "
                        "and fingers, including backs of hands, thumbs, "
                        "fingertips and between the fingers.",
                        "safety_points": "",
                        "common_errors": "<p>Missing thumbs and fingertips.</p>",
                    },
                    {
                        "instruction": "Keep rubbing for about 20 seconds, until your hands are dry.",
                        "safety_points": "",
                        "common_errors": "<p>Wiping hands on clothing or a towel before they are dry.</p>",
                    },
                ],
            },
        ),
        ("heading", {"text": "When you must wash with soap and water", "level": "h2"}),
        (
            "rich_text",
            "<ul>"
            "<li>Your hands are visibly dirty or soiled.</li>"
            "<li>Before eating and after using the restroom.</li>"
            "<li>During care for a client with infectious diarrhea.</li>"
            "<li>When CDC's guidance says exposure to <strong><em>"
            "Clostridioides difficile</em> (C. difficile)</strong> spores is "
            "likely, for example caring for a client with C. difficile "
            "diarrhea or during an outbreak. Alcohol rub does not kill "
            "spores; washing removes them physically by rubbing and rinsing "
            "them off. Your facility's policy for C. difficile rooms may "
            "require washing on every exit; follow it.</li>"
            "<li>After contact with clients who have norovirus, especially "
            "in an outbreak. CDC's 2011 norovirus guideline favors soap and "
            "water after contact; it notes that in the evidence it "
            "reviewed, hand sanitizer did not appreciably reduce the virus "
            "on fingerpads. Before contact, your usual hand hygiene "
            "applies.</li>"
            "</ul>",
        ),
        (
            "procedure",
            {
                "title": "Washing hands with soap and water",
                "steps": [
                    {
                        "instruction": "Wet your hands with water and apply soap.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Rub all surfaces of the hands and "
                        "fingers for at least 15 seconds; many facilities "
                        "teach 20 seconds.",
                        "safety_points": "<p>The rubbing is what lifts spores and dirt off the skin.</p>",
                        "common_errors": "<p>Rinsing before every surface has been scrubbed.</p>",
                    },
                    {
                        "instruction": "Rinse thoroughly and dry with a disposable towel.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "If the taps are hand-operated, use the towel to turn them off.",
                        "safety_points": "",
                        "common_errors": "<p>Touching the tap with clean hands.</p>",
                    },
                ],
            },
        ),
        (
            "rich_text",
            "<p>Your facility's policy also covers fingernails, rings, "
            "watches and hand lotion. Follow it, because these all affect "
            "how well hand hygiene works.</p>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Hand hygiene",
                        "definition": "Cleaning hands with alcohol-based rub or with soap and water.",
                    },
                    {
                        "term": "Visibly soiled",
                        "definition": "Hands with dirt, blood or body fluids you can see; these must be washed.",
                    },
                    {
                        "term": "C. difficile",
                        "definition": "A bacterium that can cause severe "
                        "diarrhea and forms hardy spores that alcohol rub "
                        "does not remove.",
                    },
                    {
                        "term": "Norovirus",
                        "definition": "A virus that causes outbreaks of "
                        "vomiting and diarrhea; CDC guidance favors "
                        "handwashing during outbreaks.",
                    },
                ]
            },
        ),
        (
            "references",
            {
                "items": [
                    CDC_CLEAN_HANDS,
                    CDC_HICPAC_HAND_HYGIENE,
                    CDC_NOROVIRUS_2011,
                ]
            },
        ),
    ],
}


LESSON_STANDARD_PRECAUTIONS = {
    "slug": "standard-precautions-and-ppe",
    "title": "Standard precautions and PPE donning and doffing",
    "intro": (
        "The basic precautions used with every client, how to choose personal "
        "protective equipment, and the order for putting it on and taking it "
        "off."
    ),
    "body": [
        (
            "rich_text",
            "<p>You cannot tell by looking whether a client carries an "
            "infection. Standard precautions are the basic practices used "
            "with every client, every time, whatever their diagnosis. Extra "
            "precautions, called transmission-based precautions, are added "
            "for some infections; a sign at the room entrance tells you what "
            "is needed.</p>",
        ),
        ("heading", {"text": "What standard precautions include", "level": "h2"}),
        (
            "rich_text",
            "<p>The Standard Precautions table (Table 4) of CDC's 2007 "
            "isolation guideline includes these elements, among others:</p>"
            "<ul>"
            "<li>hand hygiene;</li>"
            "<li>gloves, and a gown, when contact with blood or body fluids "
            "is expected;</li>"
            "<li>a mask and eye protection when splashes or sprays are "
            "possible;</li>"
            "<li>safe handling of soiled client-care equipment;</li>"
            "<li>cleaning of the environment;</li>"
            "<li>safe handling of linen;</li>"
            "<li>safe handling of sharps;</li>"
            "<li>placing clients appropriately;</li>"
            "<li>respiratory hygiene and cough etiquette;</li>"
            "<li>safe injection practices;</li>"
            "<li>patient resuscitation with a mouthpiece, resuscitation bag "
            "or other ventilation device, so that staff avoid contact with "
            "the mouth and oral secretions.</li>"
            "</ul>"
            "<p>Aides do not give injections, but the list shows that "
            "Standard Precautions cover every client and every task, "
            "whatever the diagnosis.</p>",
        ),
        ("heading", {"text": "Choosing PPE in therapy", "level": "h3"}),
        (
            "rich_text",
            "<p>Think about what you expect to touch and what could splash. "
            "Helping a client with toileting or hygiene practice usually "
            "means gloves, and often a gown if your clothes could touch the "
            "client or soiled linen. A client who is coughing should be "
            "offered a mask and tissues, following your facility's "
            "respiratory hygiene policy. If you are unsure what to wear, ask "
            "before you go in, not halfway through the session.</p>",
        ),
        (
            "procedure",
            {
                "title": "Putting on (donning) PPE",
                "steps": [
                    {
                        "instruction": "Perform hand hygiene.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Put on the gown and fasten it at the neck and waist.",
                        "safety_points": "",
                        "common_errors": "<p>Leaving the back open.</p>",
                    },
                    {
                        "instruction": "Put on the mask and fit it over your nose and under your chin.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Put on goggles or a face shield.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Put on gloves last, pulling them over the gown cuffs.",
                        "safety_points": "",
                        "common_errors": "<p>Leaving bare wrist between the glove and the gown.</p>",
                    },
                ],
            },
        ),
        (
            "procedure",
            {
                "title": "Taking off (doffing) PPE",
                "steps": [
                    {
                        "instruction": "Remove gloves without touching the outside with bare skin.",
                        "safety_points": "<p>The outside of every piece of PPE is treated as contaminated.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Remove goggles or face shield by the band or ear pieces.",
                        "safety_points": "",
                        "common_errors": "<p>Grabbing the front.</p>",
                    },
                    {
                        "instruction": "Unfasten the gown and peel it away "
                        "from your body, rolling the outside inward.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Remove the mask by the ties or loops.",
                        "safety_points": "",
                        "common_errors": "<p>Touching the front of the mask.</p>",
                    },
                    {
                        "instruction": "Perform hand hygiene immediately.",
                        "safety_points": "<p>If your hands become contaminated "
                        "at any point while removing PPE, clean them before "
                        "continuing.</p>",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "An easy way to remember the order",
                "body": (
                    "<p>Gloves go on last and come off first, because they "
                    "are the most contaminated. Some facilities teach an "
                    "approved variation, such as removing gown and gloves "
                    "together; follow the method in your competency "
                    "training.</p>"
                ),
            },
        ),
        (
            "heading",
            {"text": "Linen, sharps and soiled equipment", "level": "h3"},
        ),
        (
            "rich_text",
            "<p>Standard precautions go beyond what you wear. In a therapy "
            "setting they also mean:</p>"
            "<ul>"
            "<li>Handle used towels, pillowcases and mat covers as little as "
            "possible, hold them away from your uniform and place them "
            "straight into the correct laundry bag.</li>"
            "<li>If you find a needle or other sharp in a bed or chair, do "
            "not pick it up with your hands. Keep others away and follow "
            "your facility's sharps policy, such as calling the nurse to "
            "remove it.</li>"
            "<li>Keep soiled equipment apart from clean equipment until it "
            "has been cleaned, so that it cannot be handed to the next "
            "client by mistake.</li>"
            "<li>Report spills of blood or body fluids so they can be cleaned "
            "up according to policy.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Clients with C. difficile", "level": "h3"}),
        (
            "rich_text",
            "<p>For clients on contact precautions for C. difficile, "
            "facilities commonly require a gown and gloves on entering the "
            "room and handwashing with soap and water on leaving. Equipment "
            "used in the room needs a disinfectant with a C. difficile spore "
            "claim, covered in the next lesson. Always follow the sign on the "
            "door.</p>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Standard precautions",
                        "definition": "Infection-control practices used with every client regardless of diagnosis.",
                    },
                    {
                        "term": "Transmission-based precautions",
                        "definition": "Extra precautions added for certain "
                        "infections, shown by a sign at the room entrance.",
                    },
                    {
                        "term": "PPE",
                        "definition": "Personal protective equipment such as "
                        "gloves, gowns, masks, goggles and face shields.",
                    },
                    {
                        "term": "Donning and doffing",
                        "definition": "Putting PPE on and taking it off.",
                    },
                ]
            },
        ),
        (
            "references",
            {"items": [CDC_ISOLATION_2007, CDC_PPE_SEQUENCE, CDC_CLEAN_HANDS]},
        ),
    ],
}


LESSON_CLEANING_EQUIPMENT = {
    "slug": "cleaning-shared-equipment",
    "title": "Cleaning shared equipment: Spaulding, EPA labels and contact times",
    "intro": (
        "How to decide what level of cleaning an item needs and how to use a disinfectant so that it actually works."
    ),
    "body": [
        (
            "rich_text",
            "<p>Therapy equipment moves from client to client all day: mat "
            "tables, gait belts, walkers, sliding boards, pegboards and ADL "
            "kits. Cleaning it properly between clients is one of the most "
            "important non-client-related tasks an aide does, and it is easy "
            "to do badly when the gym is busy.</p>",
        ),
        ("heading", {"text": "How much cleaning does an item need?", "level": "h2"}),
        (
            "rich_text",
            "<p>CDC uses the Spaulding scheme, which sorts items by what they "
            "touch:</p>"
            "<ul>"
            "<li><strong>Critical</strong> items enter sterile tissue or the "
            "blood and must be sterile.</li>"
            "<li><strong>Semicritical</strong> items touch mucous membranes "
            "or broken skin and need at least high-level disinfection.</li>"
            "<li><strong>Noncritical</strong> items touch only intact skin "
            "and need low-level or intermediate-level disinfection, with an "
            "exposure of at least one minute.</li>"
            "</ul>"
            "<p>Most therapy equipment, such as mats, gait belts and walkers, "
            "is noncritical.</p>",
        ),
        ("heading", {"text": "Clean first, then disinfect", "level": "h2"}),
        (
            "rich_text",
            "<p>Disinfectant cannot reach germs hidden under dirt, food, "
            "lotion or body fluids. Remove visible soil first, using the "
            "method your facility specifies, and then apply the "
            "disinfectant. Wiping disinfectant over dirt can leave germs "
            "behind on an item that looks clean.</p>",
        ),
        ("heading", {"text": "The label is the law", "level": "h2"}),
        (
            "rich_text",
            "<p>Surface disinfectants used in US healthcare are registered "
            "with the Environmental Protection Agency (EPA). By law, they must "
            "be used as the label says. The most important instruction is "
            "the <strong>contact time</strong>: how long the surface must stay "
            "visibly wet to kill the germs listed. If the surface dries before "
            "the contact time is up, apply more product. The label also tells "
            "you which germs the product kills, what PPE to wear and whether "
            "to rinse afterwards. Check the device manufacturer's instructions "
            "too, because some products damage certain surfaces.</p>",
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "C. difficile needs a List K product",
                "body": (
                    "<p>C. difficile spores survive many common disinfectants. "
                    "EPA List K names products with claims against C. "
                    "difficile spores. Use the product your facility assigns "
                    "for C. difficile rooms and equipment, for its full label "
                    "contact time. A quick wipe with alcohol does not "
                    "work.</p>"
                ),
            },
        ),
        (
            "procedure",
            {
                "title": "Disinfecting a shared item between clients",
                "steps": [
                    {
                        "instruction": "Perform hand hygiene and put on the PPE "
                        "the product label and your policy require.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Check that you have the right product for this item and situation.",
                        "safety_points": "<p>Use a List K product when the "
                        "item was used by a client with C. difficile.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Remove visible soil.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Apply disinfectant to every surface, "
                        "working from cleaner areas to dirtier ones.",
                        "safety_points": "",
                        "common_errors": "<p>Skipping handles, straps, undersides and buckles.</p>",
                    },
                    {
                        "instruction": "Keep the surface wet for the full label contact time, then let it air-dry.",
                        "safety_points": "",
                        "common_errors": "<p>Drying the surface with a towel straight away.</p>",
                    },
                    {
                        "instruction": "Remove PPE, clean your hands and store the item in the clean area.",
                        "safety_points": "",
                        "common_errors": "<p>Putting a clean item back next to dirty ones.</p>",
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "High-touch therapy items to include",
                "items": [
                    "Mat tables and treatment plinths",
                    "Gait belts and transfer boards",
                    "Walker grips and wheelchair armrests and brakes",
                    "Tabletop activity items such as pegboards and cones",
                    "ADL kits, including reachers and sock aid handles",
                    "Shared pens, tablets and timers",
                ],
            },
        ),
        (
            "rich_text",
            "<p>Porous items such as therapy putty, foam and fabric are hard "
            "to disinfect. Follow your facility's policy for issuing them to "
            "one client or replacing them on a schedule.</p>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Spaulding scheme",
                        "definition": "A way of sorting items as critical, "
                        "semicritical or noncritical to decide how they must "
                        "be reprocessed.",
                    },
                    {
                        "term": "Noncritical item",
                        "definition": "An item that touches only intact skin.",
                    },
                    {
                        "term": "Contact time",
                        "definition": "How long a surface must stay wet with "
                        "disinfectant, as stated on the EPA label.",
                    },
                    {
                        "term": "List K",
                        "definition": "EPA's list of registered disinfectants "
                        "with claims against C. difficile spores.",
                    },
                ]
            },
        ),
        (
            "references",
            {"items": [CDC_SPAULDING, EPA_DISINFECTANTS, CDC_ISOLATION_2007]},
        ),
    ],
}


OSHA_BBP = {
    "citation": (
        "Occupational Safety and Health Administration. Bloodborne pathogens "
        "standard, 29 CFR 1910.1030 (definition of an exposure incident in "
        "paragraph (b))."
    ),
    "url": "https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.1030",
}

OSHA_RESPIRATORY = {
    "citation": (
        "Occupational Safety and Health Administration. Respiratory "
        "protection standard, 29 CFR 1910.134 (medical evaluation and fit "
        "testing of respirators)."
    ),
    "url": "https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.134",
}

CMS_EBP = {
    "citation": (
        "Centers for Medicare & Medicaid Services. QSO-24-08-NH: enhanced "
        "barrier precautions in nursing homes (2024); and CDC, Implementation "
        "of personal protective equipment use in nursing homes to prevent "
        "spread of multidrug-resistant organisms."
    ),
    "url": "https://www.cdc.gov/long-term-care-facilities/hcp/prevent-mdro/ppe.html",
}


LESSON_BLOODBORNE_PATHOGENS = {
    "slug": "bloodborne-pathogens-and-exposure-incidents",
    "title": "Bloodborne pathogens: what counts as an exposure incident",
    "intro": (
        "What OSHA's bloodborne pathogens standard asks of you and your "
        "employer, and how to tell an exposure incident from blood on intact "
        "skin."
    ),
    "body": [
        (
            "rich_text",
            "<p>Therapy staff do not usually handle needles, but blood and "
            "other body fluids still turn up in therapy work: a skin tear "
            "during a transfer, a wound dressing that leaks during dressing "
            "practice, a nosebleed in the gym. The US Occupational Safety and "
            "Health Administration (OSHA) protects workers from germs carried "
            "in blood, such as hepatitis B, hepatitis C and HIV, through its "
            "<strong>bloodborne pathogens standard</strong> (29 CFR "
            "1910.1030). Your employer has duties under it, and so do you.</p>",
        ),
        ("heading", {"text": "What your employer must provide", "level": "h2"}),
        (
            "rich_text",
            "<p>If your job can bring you into contact with blood or other "
            "potentially infectious materials, the standard expects your "
            "employer to have a written exposure control plan, to train you "
            "when you start and at least once a year after that, to provide "
            "the gloves and other protective equipment you need at no cost, "
            "to offer the hepatitis B vaccine, and to arrange a confidential "
            "medical evaluation if you have an exposure incident. Ask your "
            "supervisor where the plan is kept and who to call after an "
            "exposure; you should know both before you need them.</p>",
        ),
        ("heading", {"text": "Exposure incident or not?", "level": "h2"}),
        (
            "rich_text",
            "<p>The standard defines an <strong>exposure incident</strong> as "
            "contact of blood or other potentially infectious materials with "
            "the eyes, the mouth or another mucous membrane, with "
            "<em>non-intact</em> skin, or through the skin (for example a "
            "needlestick or a cut from a contaminated sharp), that happens "
            "while you are doing your job.</p>"
            "<p>Blood on healthy, <strong>intact skin</strong> is therefore "
            "not an exposure incident. Wash it off with soap and water at "
            "once, and then look closely at the skin. Skin is not intact if "
            "it is chapped, cracked, scratched, has a hangnail or a healing "
            "cut, or has dermatitis. If any of that was under the blood, the "
            "contact is an exposure incident. Many facilities ask staff to "
            "report every blood contact anyway, so follow your facility's "
            "policy as well as the definition.</p>",
        ),
        (
            "procedure",
            {
                "title": "After blood or body fluid reaches you",
                "steps": [
                    {
                        "instruction": "Make the client safe, then stop what you are doing.",
                        "safety_points": "<p>Call for a colleague to stay with the client if you need to leave.</p>",
                        "common_errors": "<p>Finishing the task first and washing later.</p>",
                    },
                    {
                        "instruction": "Wash skin with soap and water; flush "
                        "eyes, nose or mouth with plenty of clean water.",
                        "safety_points": "<p>Use the eyewash station if splashes reached the eyes.</p>",
                        "common_errors": "<p>Using alcohol rub on visibly soiled skin.</p>",
                    },
                    {
                        "instruction": "Check whether the skin that was "
                        "touched is intact, and whether any fluid reached the "
                        "eyes, nose or mouth.",
                        "safety_points": "",
                        "common_errors": "<p>Judging intact skin at a glance "
                        "without looking for small cuts or cracks.</p>",
                    },
                    {
                        "instruction": "If it was an exposure incident, report "
                        "it to your supervisor at once, as the exposure control "
                        "plan directs.",
                        "safety_points": "<p>Some follow-up treatment works "
                        "best when it starts within hours, so do not wait for "
                        "the end of the shift.</p>",
                        "common_errors": "<p>Deciding the source client "
                        "\u201clooks healthy\u201d and not reporting.</p>",
                    },
                    {
                        "instruction": "Complete the incident documentation your facility requires.",
                        "safety_points": "<p>Medical evaluation and test "
                        "results after an exposure are confidential.</p>",
                        "common_errors": "",
                    },
                ],
            },
        ),
        ("heading", {"text": "Everyday habits that prevent exposures", "level": "h2"}),
        (
            "rich_text",
            "<ul>"
            "<li>Wear gloves whenever you expect to touch blood, body fluids, "
            "mucous membranes or broken skin, and cover your own cuts with a "
            "waterproof dressing.</li>"
            "<li>Add eye protection and a mask when a splash or spray is "
            "possible, such as during oral care or suctioning.</li>"
            "<li>Clean your hands right after taking gloves off.</li>"
            "<li>Never pick up broken glass with your hands, and never recap, "
            "bend or throw a used needle or lancet in the trash: leave sharps "
            "to staff trained for them and use the sharps container.</li>"
            "<li>Clean up blood spills as your facility's policy says, using "
            "an EPA-registered disinfectant for its label contact time.</li>"
            "</ul>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Exposure incident",
                        "definition": "Contact of blood or other potentially "
                        "infectious materials with eyes, mouth, other mucous "
                        "membranes, non-intact skin, or through the skin, "
                        "during your work.",
                    },
                    {
                        "term": "Intact skin",
                        "definition": "Skin with no cuts, cracks, chapping, "
                        "hangnails or dermatitis; blood on it is not an "
                        "exposure incident.",
                    },
                    {
                        "term": "Exposure control plan",
                        "definition": "Your employer's written plan for "
                        "preventing exposures and for what happens after one.",
                    },
                ]
            },
        ),
        ("references", {"items": [OSHA_BBP, CDC_ISOLATION_2007, CDC_CLEAN_HANDS]}),
    ],
}


LESSON_TRANSMISSION_PRECAUTIONS = {
    "slug": "droplet-airborne-and-enhanced-barrier-precautions",
    "title": "Droplet, airborne and enhanced barrier precautions",
    "intro": (
        "What the signs on a client's door mean for your PPE, why airborne "
        "precautions need a fit-tested respirator, and how enhanced barrier "
        "precautions change therapy in nursing homes."
    ),
    "body": [
        (
            "rich_text",
            "<p>Standard precautions apply to every client. Some clients "
            "also need <strong>transmission-based precautions</strong>, "
            "chosen by how their infection spreads. CDC's 2007 isolation "
            "guideline describes three kinds: contact, droplet and airborne. "
            "Nursing homes also use <strong>enhanced barrier "
            "precautions</strong> for some residents. The sign at the door "
            "tells you which apply; your infection prevention team decides, "
            "not you.</p>",
        ),
        ("heading", {"text": "Droplet precautions", "level": "h2"}),
        (
            "rich_text",
            "<p>Some germs, such as influenza, spread in large droplets when "
            "a person coughs, sneezes or talks, and travel only a short "
            "distance. For a client on droplet precautions, put on a "
            "facemask when you enter the room, in addition to standard "
            "precautions. If the client must leave the room, for example to "
            "reach the therapy gym when the plan and the infection "
            "prevention team allow it, the client wears a facemask if they "
            "can tolerate one.</p>",
        ),
        ("heading", {"text": "Airborne precautions and respirators", "level": "h2"}),
        (
            "rich_text",
            "<p>Other germs, such as those that cause tuberculosis, measles "
            "and chickenpox, travel on tiny particles that stay in the air. "
            "Clients on airborne precautions stay in an airborne infection "
            "isolation room with the door closed. Staff entering wear a "
            "<strong>respirator</strong>, such as an N95, not an ordinary "
            "facemask.</p>"
            "<p>A respirator only protects you if it seals to your face. "
            "Under OSHA's respiratory protection standard (29 CFR 1910.134), "
            "your employer must have you medically evaluated and "
            "<strong>fit tested</strong> for the exact make, model and size "
            "before you first use it, and fit tested again at least once a "
            "year. Each time you put it on, do the user seal check you were "
            "taught. If you have not been fit tested, you must not enter the "
            "room: tell your supervisor so the session can be reassigned or "
            "rescheduled.</p>",
        ),
        ("heading", {"text": "Enhanced barrier precautions (nursing homes)", "level": "h2"}),
        (
            "rich_text",
            "<p>Multidrug-resistant organisms (MDROs) often live on a "
            "resident's skin or in a wound without causing illness, and they "
            "spread on staff hands and clothing during close care. Since "
            "2024, CMS has expected nursing homes to use <strong>enhanced "
            "barrier precautions</strong> (CMS memo QSO-24-08-NH, following "
            "CDC guidance). Residents on them typically have a chronic wound, "
            "an indwelling medical device such as a urinary catheter, "
            "feeding tube or central line, or a known MDRO where contact "
            "precautions do not otherwise apply.</p>"
            "<p>Under enhanced barrier precautions, staff wear a "
            "<strong>gown and gloves during high-contact care</strong>. "
            "CDC's list of high-contact activities includes dressing, "
            "bathing or showering, transferring, providing hygiene, changing "
            "linens, changing briefs or helping with toileting, and device or "
            "wound care. Much of that is therapy work. Unlike contact "
            "precautions, enhanced barrier precautions do not confine the "
            "resident to their room: they can still come to the gym and to "
            "group activities.</p>",
        ),
        (
            "checklist",
            {
                "title": "Before a session with a client on precautions",
                "items": [
                    "I have read the sign at the door and checked the facility's policy for this kind of precaution.",
                    "I know which PPE the planned activities need, including gown and gloves for "
                    "high-contact care under enhanced barrier precautions.",
                    "For airborne precautions, I have been fit tested for the respirator available "
                    "and will do a seal check.",
                    "I have planned with the OT how the session can be adapted if the client must stay in the room.",
                    "I know how shared equipment will be cleaned or kept for this client.",
                ],
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Droplet precautions",
                        "definition": "A facemask on entering the room, added to standard precautions.",
                    },
                    {
                        "term": "Airborne precautions",
                        "definition": "An airborne infection isolation room "
                        "and a fit-tested respirator for everyone entering.",
                    },
                    {
                        "term": "Fit test",
                        "definition": "A test that a particular respirator "
                        "model and size seals to your face; done before first "
                        "use and at least yearly.",
                    },
                    {
                        "term": "Enhanced barrier precautions",
                        "definition": "Gown and gloves for high-contact care "
                        "of nursing home residents at higher risk of carrying "
                        "MDROs.",
                    },
                ]
            },
        ),
        ("references", {"items": [CDC_ISOLATION_2007, OSHA_RESPIRATORY, CMS_EBP, CDC_PPE_SEQUENCE]}),
    ],
}


MODULE = {
    "slug": "hygiene-and-infection-control",
    "title": "Hygiene and infection control",
    "topic": "infection-control",
    "summary": (
        "Hand hygiene, standard precautions, PPE, the cleaning of shared "
        "therapy equipment, bloodborne pathogens, and droplet, airborne and "
        "enhanced barrier precautions. An annual compliance module."
    ),
    "objectives": [
        "Identify the moments for hand hygiene during a therapy session.",
        "Choose between alcohol-based hand rub and soap and water, including for C. difficile and norovirus.",
        "List the elements of standard precautions.",
        "Demonstrate the CDC order for donning and doffing gown, mask, eye protection and gloves.",
        "Classify therapy equipment with the Spaulding scheme and disinfect it "
        "for the full EPA label contact time, using a List K product when "
        "required.",
        "Tell an OSHA exposure incident from blood on intact skin, and choose "
        "the PPE that droplet, airborne and enhanced barrier precautions call "
        "for.",
    ],
    "audience": "All OT aides, technicians, OTAs and OTA students; annual refresher for therapy staff",
    # Claims what the content supports (courses/credit_check.py; tests/courses/test_credit_claims.py).
    "estimated_minutes": 40,
    "ce_contact_hours": "0.5",
    "pdu_eligible": False,
    "state_categories": [],
    "category_lessons": [],
    "category_contact_hours": None,
    "renewal_months": 12,
    "pass_mark": 80,
    "references": [
        CDC_CLEAN_HANDS,
        CDC_HICPAC_HAND_HYGIENE,
        CDC_NOROVIRUS_2011,
        CDC_ISOLATION_2007,
        CDC_PPE_SEQUENCE,
        CDC_SPAULDING,
        EPA_DISINFECTANTS,
        OSHA_BBP,
        OSHA_RESPIRATORY,
        CMS_EBP,
    ],
    "lessons": [
        LESSON_HAND_HYGIENE,
        LESSON_STANDARD_PRECAUTIONS,
        LESSON_CLEANING_EQUIPMENT,
        LESSON_BLOODBORNE_PATHOGENS,
        LESSON_TRANSMISSION_PRECAUTIONS,
    ],
}
