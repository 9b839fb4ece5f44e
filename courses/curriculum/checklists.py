"""Demo skills checklists: what an observer watches for when signing off a transfer, a wheelchair
set-up, hand hygiene and PPE. Pure data, self-contained (no imports), so it can move to another
content format as one piece.

Each step restates a step of a lesson in this curriculum as something an observer can see, and
names that lesson (`lesson`: its module slug and lesson slug) so a learner who misses it is sent
back there. Critical steps are the ones whose omission can hurt the client or spread infection.
Sources are the ones the lessons cite. Educational content, not facility policy: a clinic
adapts the steps to its own competency programme before use.
"""

VHA_SPHM = {
    "citation": (
        "US Department of Veterans Affairs, Veterans Health Administration. "
        "Safe Patient Handling and Mobility algorithms (2014 revision)."
    ),
    "url": "",
}
WATERS_2007 = {
    "citation": (
        "Waters TR. When is it safe to manually lift a patient? Am J Nurs. 2007;107(8):53-58. PMID 17667392."
    ),
    "url": "https://pubmed.ncbi.nlm.nih.gov/17667392/",
}
MANUFACTURER_MANUALS = {
    "citation": "Manufacturer user manual for the specific wheelchair in use at your facility.",
    "url": "",
}
CDC_CLEAN_HANDS = {
    "citation": (
        "Centers for Disease Control and Prevention. Clinical safety: hand hygiene for healthcare "
        "workers (Clean Hands)."
    ),
    "url": "https://www.cdc.gov/clean-hands/hcp/clinical-safety/index.html",
}
CDC_HICPAC_HAND_HYGIENE = {
    "citation": (
        "Boyce JM, Pittet D; HICPAC. Guideline for hand hygiene in health-care settings. "
        "MMWR Recomm Rep. 2002;51(RR-16):1-45."
    ),
    "url": "",
}
CDC_PPE_SEQUENCE = {
    "citation": (
        "Centers for Disease Control and Prevention. Sequence for putting on and removing personal "
        "protective equipment (PPE)."
    ),
    "url": "",
}

STAND_PIVOT = ("safe-patient-transfers", "gait-belt-and-stand-pivot")
SLIDING_BOARD = ("safe-patient-transfers", "sliding-boards-and-falls")
WHEELCHAIR = ("therapy-equipment-use", "wheelchair-setup-and-safety-checks")
HAND_HYGIENE = ("hygiene-and-infection-control", "rub-or-wash")
PPE = ("hygiene-and-infection-control", "standard-precautions-and-ppe")

OBSERVERS = ["otr", "cota"]  # and designated preceptors (`preceptors_may_observe`)

CHECKLISTS = [
    {
        "module": "safe-patient-transfers",
        "slug": "check-off-stand-pivot-transfer",
        "title": "Check-off: stand-pivot transfer with a gait belt",
        "skill": "Assisting an established stand-pivot transfer, bed to wheelchair, with a gait belt",
        "observer_instructions": (
            "<p>Observe with a client whose stand-pivot routine the supervising OT has already set, or "
            "with a colleague playing the client. Watch without prompting; step in only to keep "
            "anyone safe, and if you do, mark the step not done.</p>"
            "<p>Mark a step not applicable only when the situation truly lacks it (e.g. a chair without "
            "footrests) and say why in the comment.</p>"
        ),
        "required_observations": 1,
        "required_for_module": True,
        "renewal_months": 12,
        "steps": [
            ("Confirms the plan: method, level of help, stronger side and precautions", True, STAND_PIVOT),
            ("Inspects the gait belt and checks a belt is allowed for this client", True, STAND_PIVOT),
            ("Explains the transfer and asks the client's permission", False, STAND_PIVOT),
            ("Places the chair on the stronger side at about 30 to 45 degrees", False, STAND_PIVOT),
            ("Locks both wheelchair brakes and the bed", True, WHEELCHAIR),
            ("Swings the footrests out of the way", True, WHEELCHAIR),
            ("Client wears non-skid footwear, sits at the edge with both feet flat", False, STAND_PIVOT),
            ("Applies the belt over clothing, buckle off-center, snug to flat fingers", True, STAND_PIVOT),
            ("Guards from slightly behind on the weaker side with an underhand grip on the belt", True, STAND_PIVOT),
            ("Agrees a count of three; lets the client push up and find balance", False, STAND_PIVOT),
            ("Does not lift the client or pull on arms or under the armpits", True, STAND_PIVOT),
            ("Steps with the client while turning instead of twisting their own trunk", False, STAND_PIVOT),
            ("Client reaches back for both armrests and lowers slowly", False, STAND_PIVOT),
            ("Replaces footrests, positions the feet and leaves the client safe", False, WHEELCHAIR),
        ],
        "references": [VHA_SPHM, WATERS_2007],
    },
    {
        "module": "safe-patient-transfers",
        "slug": "check-off-sliding-board-transfer",
        "title": "Check-off: sliding-board transfer",
        "skill": "Assisting an established sliding-board transfer between wheelchair and mat or bed",
        "observer_instructions": (
            "<p>Observe with a client whose sliding-board routine the OT has set, or a colleague playing "
            "the client. The chair must have a removable armrest. Watch the hands on the board closely.</p>"
        ),
        "required_observations": 1,
        "renewal_months": 12,
        # Not every technician uses sliding boards: clinics assign this one to those who do.
        "required_for_module": False,
        "steps": [
            ("Checks the plan for method, direction and precautions", True, SLIDING_BOARD),
            ("Sets the chair at about 45 degrees, target seat level or slightly lower", False, SLIDING_BOARD),
            ("Locks both brakes", True, WHEELCHAIR),
            ("Removes the near armrest and moves the footrests out of the way", True, SLIDING_BOARD),
            ("Puts on the gait belt", True, STAND_PIVOT),
            ("Places the board well under the near thigh, other end firmly on the target", True, SLIDING_BOARD),
            ("Reminds the client to keep fingers off the board's edges", True, SLIDING_BOARD),
            ("Guards while the client moves across in small scoots; no dragging", True, SLIDING_BOARD),
            ("Removes the board with the client leaning away; replaces armrest and footrests", False, SLIDING_BOARD),
        ],
        "references": [VHA_SPHM],
    },
    {
        "module": "therapy-equipment-use",
        "slug": "check-off-wheelchair-set-up",
        "title": "Check-off: wheelchair set-up and brake check",
        "skill": "Pre-use check of a wheelchair and setting it up for a transfer",
        "observer_instructions": (
            "<p>Give the learner a ward or gym wheelchair. Ask them to check it aloud, then to set it up "
            "for a stand-pivot transfer on the side a sample plan of care names.</p>"
        ),
        "required_observations": 1,
        "required_for_module": True,
        "renewal_months": None,
        "steps": [
            ("Pushes on the chair with each brake on to prove both brakes hold", True, WHEELCHAIR),
            ("Checks tires, casters, footrests, armrests, cushion, upholstery and frame", False, WHEELCHAIR),
            ("Takes a faulty chair out of use and reports it", True, WHEELCHAIR),
            ("Checks the plan for the transfer method and the side the chair goes on", False, WHEELCHAIR),
            ("Positions the chair at the angle the method calls for", False, WHEELCHAIR),
            ("Locks both brakes before the client moves", True, WHEELCHAIR),
            ("Swings away or removes the footrests", True, WHEELCHAIR),
            (
                "Afterwards replaces footrests, feet on footplates, hands and clothing clear of wheels",
                False,
                WHEELCHAIR,
            ),
        ],
        "references": [MANUFACTURER_MANUALS, VHA_SPHM],
    },
    {
        "module": "hygiene-and-infection-control",
        "slug": "check-off-hand-hygiene",
        "title": "Check-off: hand hygiene with alcohol rub and with soap and water",
        "skill": "Hand hygiene: choosing rub or wash, and doing each correctly",
        "observer_instructions": (
            "<p>Ask the learner to clean their hands with alcohol-based rub, then to say when rub is not "
            "enough and to wash with soap and water. A fluorescent lotion and UV light, if you have one, "
            "shows missed areas.</p>"
        ),
        "required_observations": 1,
        "required_for_module": True,
        "renewal_months": 12,
        "steps": [
            ("Rub: applies the label amount into a cupped palm", False, HAND_HYGIENE),
            ("Rub: covers all surfaces, including thumbs, fingertips and between fingers", True, HAND_HYGIENE),
            ("Rub: keeps rubbing until the hands are dry (about 20 seconds), no wiping", True, HAND_HYGIENE),
            ("Names when to wash instead: visibly soiled, C. difficile, norovirus, diarrhea", True, HAND_HYGIENE),
            ("Wash: wets hands and applies soap", False, HAND_HYGIENE),
            ("Wash: rubs all surfaces for at least 15 to 20 seconds before rinsing", True, HAND_HYGIENE),
            ("Wash: rinses and dries with a disposable towel", False, HAND_HYGIENE),
            ("Wash: turns hand-operated taps off with the towel", False, HAND_HYGIENE),
        ],
        "references": [CDC_CLEAN_HANDS, CDC_HICPAC_HAND_HYGIENE],
    },
    {
        "module": "hygiene-and-infection-control",
        "slug": "check-off-donning-and-doffing-ppe",
        "title": "Check-off: donning and doffing PPE",
        "skill": "Putting on and taking off gown, mask, eye protection and gloves in order",
        "observer_instructions": (
            "<p>Use training PPE. The learner puts everything on, then takes it off. Watch the order and "
            "whether the outside of any item touches bare skin while doffing.</p>"
        ),
        "required_observations": 1,
        "required_for_module": True,
        "renewal_months": 12,
        "steps": [
            ("Performs hand hygiene before donning", True, PPE),
            ("Gown on, fastened at neck and waist", False, PPE),
            ("Mask fitted over the nose and under the chin", False, PPE),
            ("Goggles or face shield on", False, PPE),
            ("Gloves last, pulled over the gown cuffs", True, PPE),
            ("Removes gloves without touching the outside with bare skin", True, PPE),
            ("Removes eye protection by the band or ear pieces", False, PPE),
            ("Peels the gown away, rolling the outside inward", True, PPE),
            ("Removes the mask by the ties or loops without touching the front", False, PPE),
            ("Performs hand hygiene immediately after doffing", True, PPE),
        ],
        "references": [CDC_PPE_SEQUENCE, CDC_CLEAN_HANDS],
    },
]
