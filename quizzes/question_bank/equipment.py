"""Therapy equipment use: original practice questions for Occupass.

Pure data module (no Django imports). Items cover wheelchair set-up and
safety checks, general walker and cane principles (fit and specifics are
deferred to the OT/PT and the manufacturer), ADL equipment, therapy putty
and resistance bands, and cleaning and disinfecting shared equipment. All
items were written for this platform; none are copied from exams or prep
banks.
"""

# Primary sources cited by the items below (facts follow ../shared/domain.md sections 4 and 5).
ADL_DEVICE_IFU = (
    "Manufacturer's instructions for use for the specific adaptive (ADL) device, as selected in the OT plan."
)
AOTA_ETHICS = (
    "American Occupational Therapy Association. AOTA 2020 Occupational Therapy Code of Ethics. Am J Occup Ther. "
    "2020;74(Suppl. 3):7413410005."
)
AOTA_OTPF4 = (
    "American Occupational Therapy Association. Occupational therapy practice framework: Domain and process (4th "
    "ed.). Am J Occup Ther. 2020;74(Suppl. 2):7412410010."
)
# The AOTA 2020 supervision guidelines (AJOT 7413410020) could not be verified, so items cite the
# state rules that were: they carry the aide conditions and set OTA supervision.
STATE_SUPERVISION_RULES = (
    "State occupational therapy practice acts and board rules, which set aide delegation and OTA supervision; for "
    "example North Carolina 21 NCAC 38 .1102 (Delegation of duties to unlicensed personnel), Nebraska 172 NAC "
    "114-006 and Oregon OAR 339-010-0035. Check the rules of the state where you work."
)
CDC_DISINFECTION = (
    "Rutala WA, Weber DJ, Healthcare Infection Control Practices Advisory Committee (HICPAC). Guideline for "
    "Disinfection and Sterilization in Healthcare Facilities, 2008. CDC; Table 1. "
    "cdc.gov/infectioncontrol/guidelines/disinfection"
)
CDC_HAND_HYGIENE = (
    "Centers for Disease Control and Prevention. Clinical Safety: Hand Hygiene for Healthcare Workers. "
    "cdc.gov/clean-hands/hcp/clinical-safety"
)
CDC_ISOLATION = (
    "Siegel JD, Rhinehart E, Jackson M, Chiarello L, HICPAC. 2007 Guideline for Isolation Precautions: Preventing "
    "Transmission of Infectious Agents in Healthcare Settings. CDC; 2007."
)
EPA_LIST_K = (
    "U.S. Environmental Protection Agency. List K: EPA's Registered Antimicrobial Products Effective Against "
    "Clostridioides difficile Spores. epa.gov"
)
EXERCISE_PRODUCT_IFU = (
    "Manufacturer's instructions for use for the specific therapy putty or resistance band product, including its "
    "resistance chart."
)
MOBILITY_AID_IFU = (
    "Walker, rollator and cane manufacturers' instructions for use for the specific device, as fitted by the client's "
    "OT or PT."
)
NHS_FHFT_WHEELCHAIR = "Frimley Health NHS Foundation Trust. Patient information leaflet on safe wheelchair use."
FACILITY_SPHM_POLICY = (
    "The facility's safe patient handling policy and the supervising occupational therapist's plan of care for the "
    "client (the basis for belt-guarded assistance; the VHA SPHM algorithms warn against using a gait belt to lift, "
    "transfer or catch a patient)."
)
VHA_ALG_SEATED = (
    "U.S. Department of Veterans Affairs, Veterans Health Administration. VHA Safe Patient Handling and Mobility "
    "Algorithms (2014 revision), Algorithm 1: Transfer To/From Seated Positions."
)
WHEELCHAIR_IFU = "Wheelchair manufacturer's owner's manual / instructions for use for the specific model in use."
WI_AIDE_RULE = (
    "Wisconsin Administrative Code, Occupational Therapists Affiliated Credentialing Board, OT 4.05 (delegation to "
    "and supervision of occupational therapy aides)."
)

QUESTIONS = [
    {
        "key": "equipment-001",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": "<p>A client is about to get out of a wheelchair. What should be done to the chair first?</p>",
        "options": [
            {
                "text": "Leave the brakes unlocked and the footrests in place",
                "correct": False,
                "rationale": (
                    "An unlocked chair can roll away as the client stands, and footrests in place are a trip and "
                    "tipping hazard."
                ),
            },
            {
                "text": "Lock one brake and tilt the chair back slightly",
                "correct": False,
                "rationale": "Both brakes must be locked. Tilting the chair makes it unstable.",
            },
            {
                "text": "Lock both brakes and swing the footrests away (or remove them)",
                "correct": True,
                "rationale": (
                    "Locked brakes stop the chair rolling, and cleared footrests remove a trip hazard and keep the "
                    "client off the footplates."
                ),
            },
            {
                "text": "Push the chair against the bed so it cannot move, leaving the brakes off",
                "correct": False,
                "rationale": (
                    "A chair resting against a bed can still roll or swivel away when the client pushes on it. Locked "
                    "brakes are needed."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Before a client gets into or out of a wheelchair, lock both brakes and swing away or remove the "
            "footrests. Locked brakes keep the chair from rolling. Cleared footrests prevent tripping and stop the "
            "client from stepping on the footplates, which can tip the chair."
        ),
        "references": [NHS_FHFT_WHEELCHAIR, WHEELCHAIR_IFU, VHA_ALG_SEATED],
        "tags": ["wheelchair", "brakes", "transfer-setup"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-002",
        "module": "therapy-equipment-use",
        "type": "truefalse",
        "stem": (
            "<p>True or false: A client may stand on the wheelchair footplates to get a better push when rising from "
            "the chair.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Standing on the footplates puts the client's weight in front of the front wheels, and the chair "
                    "can tip forward."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Never stand on the footplates. Swing the footrests away before the client stands, and "
                    "keep the feet flat on the floor."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Wheelchair manuals and patient safety leaflets warn that standing on the footplates can tip the chair "
            "forward. Before a transfer, lock the brakes and swing the footrests away so the client's feet are flat "
            "on the floor."
        ),
        "references": [NHS_FHFT_WHEELCHAIR, WHEELCHAIR_IFU],
        "tags": ["wheelchair", "footplates", "tipping"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-003",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client sitting in a wheelchair drops a magazine on the floor just in front of the footplates. What "
            "is the safest suggestion from the aide?</p>"
        ),
        "options": [
            {
                "text": "Lean forward and reach down between the knees",
                "correct": False,
                "rationale": (
                    "Leaning far forward moves the client's weight over the front of the chair. The chair can tip, or "
                    "the client can slide out."
                ),
            },
            {
                "text": "Stand on the footplates to reach down more easily",
                "correct": False,
                "rationale": "Standing on the footplates can tip the chair forward.",
            },
            {
                "text": "Unlock the brakes and roll forward a little so the magazine is within easy reach",
                "correct": False,
                "rationale": (
                    "Rolling forward does not bring the magazine closer to the hands, and reaching from an unlocked "
                    "chair lets it roll away as the client leans."
                ),
            },
            {
                "text": "Use a reacher or ask for help rather than leaning far out of the chair",
                "correct": True,
                "rationale": "A reacher lets the client pick up a light item while staying safely seated.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Wheelchair manuals warn that leaning far out of the chair changes its balance and can tip it. A reacher "
            "lets the client pick up light items while staying seated. The OT plan may include specific training in "
            "reaching and reacher use."
        ),
        "references": [WHEELCHAIR_IFU, NHS_FHFT_WHEELCHAIR],
        "tags": ["wheelchair", "reacher", "tipping"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-004",
        "module": "therapy-equipment-use",
        "type": "ordering",
        "stem": (
            "<p>A client is finishing a stand-pivot transfer into a wheelchair. Put the steps from here on in the "
            "correct order.</p>"
        ),
        "options": [
            {
                "text": "The client lowers into the seat with control while both brakes stay locked",
                "correct": True,
                "rationale": "The brakes stay locked until the client is fully seated and settled.",
            },
            {
                "text": "Swing the footrests back into place",
                "correct": True,
                "rationale": "Footrests go back only after the client is seated and positioned.",
            },
            {
                "text": "Place the client's feet on the footplates",
                "correct": True,
                "rationale": (
                    "Feet on the footplates keep them from dragging or catching under the chair when it moves."
                ),
            },
            {
                "text": "Unlock the brakes only when you are ready to move the chair",
                "correct": True,
                "rationale": "The brakes come off last, just before moving.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "After a transfer, the chair stays locked while the client settles in the seat. The footrests go back on "
            "before the feet can go on the footplates, and the brakes are released last, just before the chair is "
            "moved."
        ),
        "references": [WHEELCHAIR_IFU, NHS_FHFT_WHEELCHAIR],
        "tags": ["wheelchair", "wheelchair-setup", "stand-pivot"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-005",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>During a routine check of the clinic's wheelchairs, which finding means the chair should be taken out "
            "of service and reported before anyone uses it?</p>"
        ),
        "options": [
            {
                "text": "With the brake engaged, the wheel still turns when pushed",
                "correct": True,
                "rationale": "A brake that does not hold the wheel cannot keep the chair still during transfers.",
            },
            {
                "text": "The footrests swing away and lock back into place when tested",
                "correct": False,
                "rationale": "This is normal function.",
            },
            {
                "text": "The chair has a label showing it belongs to the therapy department",
                "correct": False,
                "rationale": "An ownership label has nothing to do with safety.",
            },
            {
                "text": "The tires are in good condition and the brakes grip firmly",
                "correct": False,
                "rationale": "These are signs of a chair in safe working order.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Brakes that do not hold the wheel cannot keep the chair still during transfers. Tag a chair with a "
            "faulty brake, loose or missing parts or damaged footrests, remove it from use, and report it according "
            "to facility policy and the manufacturer's maintenance instructions."
        ),
        "references": [WHEELCHAIR_IFU, VHA_ALG_SEATED],
        "tags": ["wheelchair", "safety-check", "equipment-maintenance"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-006",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>During a home visit, a COTA notices that the client's own wheelchair rolls slightly when he pushes up "
            'from it, even with both brakes on. The client says he has "got used to it." What should the COTA '
            "do?</p>"
        ),
        "options": [
            {
                "text": "Tell him to keep one hand on the wheel and push up with the other until it is repaired",
                "correct": False,
                "rationale": (
                    "Holding the wheel does not make a faulty brake safe, and without a report no repair is arranged."
                ),
            },
            {
                "text": "Explain the risk, document it and report it to the OTR so repair can be arranged",
                "correct": True,
                "rationale": (
                    "This gives the OTR accurate information about an environmental factor that affects the client's "
                    "safety."
                ),
            },
            {
                "text": "Accept his judgment, since he is used to the chair",
                "correct": False,
                "rationale": (
                    "Respecting his preferences does not mean ignoring a safety hazard. The team needs to know about "
                    "faulty equipment."
                ),
            },
            {
                "text": "Wait until the OTR's next reevaluation to mention it",
                "correct": False,
                "rationale": "A brake that does not hold is an immediate fall risk. Report it promptly.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The condition of a client's equipment is part of the environment that affects occupational performance "
            "and safety. The COTA gathers this information, documents it accurately and reports it to the OTR, who "
            "coordinates any change. Brakes that do not hold create a real risk of falls during transfers."
        ),
        "references": [WHEELCHAIR_IFU, STATE_SUPERVISION_RULES, AOTA_OTPF4],
        "tags": ["wheelchair", "home-safety", "reporting"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-007",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>The OTR plans to start sliding-board transfer training with a client next week and asks the COTA to "
            "check the client's equipment. The client's wheelchair has fixed armrests that cannot be removed or swung "
            "away. What should the COTA report?</p>"
        ),
        "options": [
            {
                "text": "The chair is ideal, because fixed armrests give the client something to hold while sliding",
                "correct": False,
                "rationale": "A fixed armrest on the transfer side blocks the path of the board and the client.",
            },
            {
                "text": "Fixed armrests will block the board; seated transfer aids need a removable armrest",
                "correct": True,
                "rationale": (
                    "The armrest on the transfer side sits exactly where the board and the client's hips need to pass."
                ),
            },
            {
                "text": "Armrests make no difference to sliding-board transfers",
                "correct": False,
                "rationale": "The transfer-side armrest must be out of the way for the board to be placed and used.",
            },
            {
                "text": "The board can simply be placed over the top of the armrest",
                "correct": False,
                "rationale": (
                    "A board balanced over an armrest is steep and unstable, and the client would have to slide up "
                    "and over it."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "VHA guidance notes that a seated transfer aid such as a sliding board needs chair arms that can be "
            "removed or recessed. Reporting this to the OTR early lets the OTR plan for a different chair or method "
            "before training starts."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU, STATE_SUPERVISION_RULES],
        "tags": ["wheelchair", "armrests", "sliding-board"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-008",
        "module": "therapy-equipment-use",
        "type": "truefalse",
        "stem": (
            "<p>True or false: When lifting an empty wheelchair into a car trunk, it is safe to grip it by the "
            "removable armrests or swing-away footrests.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Removable parts can come loose when the chair is lifted by them, and the chair can drop."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Lift by the fixed parts of the frame named in the manufacturer's instructions, not by "
                    "parts designed to come off."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Armrests and footrests are made to detach or swing away, so they may release under the chair's weight. "
            "Wheelchair manuals tell users which frame parts are safe to lift by. Removing detachable parts first "
            "also makes the chair lighter to lift."
        ),
        "references": [WHEELCHAIR_IFU],
        "tags": ["wheelchair", "armrests", "footrests"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-009",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client tells an aide that her walker feels too tall and asks the aide to lower it. What should the "
            "aide do?</p>"
        ),
        "options": [
            {
                "text": "Lower it two notches, since the client knows what feels right",
                "correct": False,
                "rationale": (
                    "The therapist set the fit for this client. Changing it without them can make walking less safe."
                ),
            },
            {
                "text": "Tell the client that walker height never needs changing once it is set",
                "correct": False,
                "rationale": (
                    "The fit may need rechecking, for example after a change in footwear or condition. The point is "
                    "who checks it."
                ),
            },
            {
                "text": "Ask another client of similar height which setting they use",
                "correct": False,
                "rationale": (
                    "Fit depends on the individual client and is set by the therapist, not copied from someone else."
                ),
            },
            {
                "text": "Tell the OT or PT who set up the walker so that they can check the fit",
                "correct": True,
                "rationale": "Fitting mobility devices is the therapist's job. The aide reports the concern.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The OT or PT sets walker and cane height, using the manufacturer's adjustment method and the client's "
            "needs. Aides report concerns about fit instead of adjusting it themselves. This keeps changes within the "
            "plan and the aide's role."
        ),
        "references": [MOBILITY_AID_IFU, STATE_SUPERVISION_RULES],
        "tags": ["walker", "equipment-fit", "scope-of-practice"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-010",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>Before a client walks with a height-adjustable walker, which check is most important for the aide to "
            "make?</p>"
        ),
        "options": [
            {
                "text": "The rubber tips have been removed so the walker slides more smoothly",
                "correct": False,
                "rationale": "The tips give grip. Without them the walker can slip.",
            },
            {
                "text": (
                    "The walker is set to the aide's own height so the aide can guard from a comfortable posture"
                ),
                "correct": False,
                "rationale": "The walker is fitted to the client as the therapist set it, not to the person guarding.",
            },
            {
                "text": "Every height button is fully engaged and all legs are set to matching heights",
                "correct": True,
                "rationale": (
                    "A button that is not fully engaged can let a leg collapse, and uneven legs make the walker rock."
                ),
            },
            {
                "text": "One leg is set shorter to help the client lean toward the stronger side",
                "correct": False,
                "rationale": "Uneven legs make the walker unstable. Fit is set by the therapist.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Quick pre-use checks of the adjustment buttons, tips and frame follow the manufacturer's instructions. A "
            "leg that is not locked can give way under load. If anything is wrong, report it and do not use the "
            "walker until it is fixed."
        ),
        "references": [MOBILITY_AID_IFU],
        "tags": ["walker", "safety-check"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-011",
        "module": "therapy-equipment-use",
        "type": "truefalse",
        "stem": (
            "<p>True or false: Worn, cracked or split rubber tips on a cane or walker should be reported and replaced "
            "before the device is used.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": "Correct. Worn tips grip the floor poorly and can let the device slip.",
            },
            {
                "text": "False",
                "correct": False,
                "rationale": "Worn tips are a slipping hazard. The device should not be used until they are replaced.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Rubber tips give a cane or walker its grip on the floor. Checking them is a simple pre-use safety step "
            "under the manufacturer's instructions. Report worn tips and replace them before use."
        ),
        "references": [MOBILITY_AID_IFU],
        "tags": ["cane", "walker", "safety-check"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-012",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client uses a four-wheeled walker with a seat (a rollator) and wants to sit on it to rest during a "
            "walk. What should the aide make sure of first?</p>"
        ),
        "options": [
            {
                "text": "Both brakes are locked and the walker is on level ground before the client sits",
                "correct": True,
                "rationale": "A locked walker on level ground stays put while the client sits.",
            },
            {
                "text": "The client sits while the walker is still rolling slowly, to save time",
                "correct": False,
                "rationale": "A moving walker can roll out from under the client.",
            },
            {
                "text": "The aide holds the handles and pushes the client along on the seat, like a wheelchair",
                "correct": False,
                "rationale": (
                    "A rollator seat is for resting, not for transport. Manufacturers warn against pushing someone "
                    "who is seated on it."
                ),
            },
            {
                "text": "The brakes are released so the client can push off easily later",
                "correct": False,
                "rationale": "With the brakes released, the walker can roll away as the client sits.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Rollator manufacturers tell users to lock the brakes before sitting, because an unlocked walker can roll "
            "away. The seat is for resting, not transport. The use of a client's particular device follows the "
            "manufacturer's instructions and the OT or PT plan."
        ),
        "references": [MOBILITY_AID_IFU],
        "tags": ["rollator", "walker", "brakes"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-013",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>The OTR's plan for a client with right-sided weakness includes walking to the bathroom with a "
            "front-wheeled walker and contact guard. Where should the COTA be while guarding?</p>"
        ),
        "options": [
            {
                "text": "In front of the walker, walking backward to steady it",
                "correct": False,
                "rationale": (
                    "Walking backward is a trip hazard and blocks the client's path. The walker does not need "
                    "steadying from the front."
                ),
            },
            {
                "text": "On the client's left side, holding the client's left arm",
                "correct": False,
                "rationale": "This is the stronger side, and holding an arm gives poor trunk control.",
            },
            {
                "text": "Several steps behind the client, so as not to crowd the walker, ready to call for help",
                "correct": False,
                "rationale": (
                    "Contact guard means staying close with a hand on the gait belt. From several steps away the COTA "
                    "cannot steady the client."
                ),
            },
            {
                "text": "Slightly behind on the right, with an underhand grip on the gait belt",
                "correct": True,
                "rationale": (
                    "This is on the weaker side, where support is most likely to be needed, and it lets the COTA "
                    "guide a controlled lowering."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "When guarding a client who walks with a device, stay slightly behind on the weaker side, with an "
            "underhand grip on the gait belt. From there the COTA can steady the trunk and, if needed, ease the "
            "client down instead of trying to catch them."
        ),
        "references": [FACILITY_SPHM_POLICY, MOBILITY_AID_IFU],
        "tags": ["walker", "guarding", "ambulation"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-014",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client brings a cane from home to an outpatient session. The COTA notices that it looks much taller "
            "than the cane the client used in the clinic, and its rubber tip is worn smooth. What is the COTA's best "
            "action?</p>"
        ),
        "options": [
            {
                "text": "Tell the OTR (and the PT if involved) and document it, so fit and condition are checked",
                "correct": True,
                "rationale": (
                    "This passes on accurate information and leaves fit decisions to the therapist responsible for "
                    "the device."
                ),
            },
            {
                "text": "Cut the cane down to match the clinic cane",
                "correct": False,
                "rationale": (
                    "Cutting is permanent. Fit decisions belong to the therapist responsible for the device, "
                    "following the manufacturer's instructions."
                ),
            },
            {
                "text": "Say nothing, since the cane belongs to the client",
                "correct": False,
                "rationale": "A device that may be the wrong height with a worn tip is a fall risk, whoever owns it.",
            },
            {
                "text": ("Give the client a clinic cane of the right height to take home, and tell the OTR next week"),
                "correct": False,
                "rationale": (
                    "Choosing and issuing a mobility aid is for the therapist, and a worn tip and wrong height need "
                    "reporting now, not next week."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Details about a client's mobility devices are part of the information the OTA gathers about factors "
            "affecting performance and safety. The OTA reports them to the OTR and leaves fit decisions to the "
            "therapist who prescribed the device. A worn tip is a slipping hazard and should be dealt with before use."
        ),
        "references": [MOBILITY_AID_IFU, STATE_SUPERVISION_RULES],
        "tags": ["cane", "equipment-fit", "reporting"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-015",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": "<p>Which task is a reacher best suited for?</p>",
        "options": [
            {
                "text": "Taking a heavy jar of pasta sauce down from a high kitchen shelf",
                "correct": False,
                "rationale": (
                    "A reacher's jaws are made for light objects. A heavy jar can slip from the jaws and fall on the "
                    "client."
                ),
            },
            {
                "text": "Lifting a full kettle off the back burner while seated at the stove",
                "correct": False,
                "rationale": "A hot, heavy kettle held at the end of a reacher is unstable and can spill and scald.",
            },
            {
                "text": "Picking a dropped sock or a light package up off the floor",
                "correct": True,
                "rationale": "A reacher extends the client's reach for light objects.",
            },
            {
                "text": "Holding a jar steady on the counter while the other hand opens it",
                "correct": False,
                "rationale": (
                    "A reacher grips at its tip and cannot hold a jar steady against a twisting force; a nonslip mat "
                    "or jar holder does that."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A reacher lets the client pick up light items from the floor or a shelf without bending, stretching or "
            "climbing. The OT selects devices and trains their use according to the client's goals and any "
            "precautions."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["reacher", "adl-equipment"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-016",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": "<p>What is a sock aid designed to do?</p>",
        "options": [
            {
                "text": "Take socks off at the end of the day without bending, by pulling its cords",
                "correct": False,
                "rationale": (
                    "A sock aid is for putting socks on. Taking them off without bending is usually done with a "
                    "reacher or dressing stick."
                ),
            },
            {
                "text": "Hold a sock open so it can be pulled on without bending to the foot",
                "correct": True,
                "rationale": (
                    "The client slides the foot into the sock held open on the aid, then pulls it on with the cords."
                ),
            },
            {
                "text": "Keep a sock from slipping down the leg during walking practice",
                "correct": False,
                "rationale": "A sock aid is removed once the sock is on; it does not hold the sock up.",
            },
            {
                "text": "Stretch the opening of a shoe so the foot slides in without bending",
                "correct": False,
                "rationale": "That is the job of a long-handled shoehorn, not a sock aid.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "A sock aid lets a client put on socks without reaching down to the feet. The OT may recommend one for "
            "clients who cannot or should not bend far, for example because of precautions listed in their plan. The "
            "OT trains its use as part of dressing intervention."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["sock-aid", "adl-equipment", "dressing"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-017",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client has limited finger dexterity and struggles to fasten shirt buttons. Which device is designed "
            "for this task?</p>"
        ),
        "options": [
            {
                "text": "Dressing stick",
                "correct": False,
                "rationale": "A dressing stick pushes and pulls garments on and off; it does not fasten buttons.",
            },
            {
                "text": "Zipper pull",
                "correct": False,
                "rationale": "A zipper pull is a loop or tab for zippers, not buttons.",
            },
            {
                "text": "Elastic shoelaces",
                "correct": False,
                "rationale": "Elastic laces replace tying shoes; they do not help with shirt buttons.",
            },
            {
                "text": "Button hook",
                "correct": True,
                "rationale": "The wire loop goes through the buttonhole, catches the button and pulls it through.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "A button hook makes fastening buttons easier when finger dexterity or strength is limited, and some "
            "clients use it one-handed. The OT selects the device and trains the client in its use."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["button-hook", "adl-equipment", "dressing"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-018",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": "<p>Why might an OT recommend built-up (enlarged) handles on eating utensils?</p>",
        "options": [
            {
                "text": "The added weight of the handle builds arm strength over the course of each meal",
                "correct": False,
                "rationale": (
                    "Built-up handles are chosen for grip, not for strengthening; mealtimes are not an exercise "
                    "session."
                ),
            },
            {
                "text": "They allow food to be cut with one hand",
                "correct": False,
                "rationale": "That describes a rocker knife.",
            },
            {
                "text": "A larger handle is easier to grip for a client who cannot close the hand fully",
                "correct": True,
                "rationale": "A larger handle needs less finger bending and grip force.",
            },
            {
                "text": "They keep food from sliding off the plate",
                "correct": False,
                "rationale": "That is the job of a plate guard or scoop dish.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Built-up handles enlarge the grip so clients with limited finger motion or weak grasp can hold utensils "
            "and feed themselves. Foam tubing or purpose-made handles may be used, as the OT plan specifies."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["built-up-utensils", "adl-equipment", "feeding"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-019",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>An aide is setting out a rocker knife for a client's lunch session. Which statement about rocker "
            "knives is correct?</p>"
        ),
        "options": [
            {
                "text": "Its curved blade cuts with a rocking motion, one-handed, and it is still sharp",
                "correct": True,
                "rationale": "The curved blade allows one-handed cutting, and like any knife it needs safe handling.",
            },
            {
                "text": "It has no sharp edge, so it can be left anywhere in the clinic",
                "correct": False,
                "rationale": "Rocker knives have a cutting edge. Handle and store them like any knife.",
            },
            {
                "text": "It is only for spreading and cannot cut meat",
                "correct": False,
                "rationale": "Rocker knives are designed to cut food, including meat.",
            },
            {
                "text": ("The client needs a fork in the other hand to hold the food still while rocking the blade"),
                "correct": False,
                "rationale": (
                    "The rocking motion cuts without a second hand to hold the food; that is why it suits one-handed "
                    "eating."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A rocker knife has a curved blade that cuts as it rocks, which lets a client with use of one hand cut "
            "food. It is still a sharp instrument, so set it out, clean it and store it following facility policy."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["rocker-knife", "adl-equipment", "feeding"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-020",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A client who can use only one hand after a stroke wants to cut his own meat at lunch. The OTR's plan "
            "includes one-handed eating techniques. Which device should the COTA use for this part of the session?</p>"
        ),
        "options": [
            {
                "text": "Plate guard",
                "correct": False,
                "rationale": "A plate guard helps scoop food onto a utensil one-handed, but it does not cut.",
            },
            {
                "text": "Rocker knife",
                "correct": True,
                "rationale": "A rocker knife lets him cut food with one hand.",
            },
            {
                "text": "Built-up handle fork",
                "correct": False,
                "rationale": "A built-up handle is easier to grasp, but a fork does not cut meat with one hand.",
            },
            {
                "text": "Nonslip mat and a standard knife",
                "correct": False,
                "rationale": (
                    "A mat steadies the plate, but a standard knife still needs a fork in the other hand to hold the "
                    "meat."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A rocker knife supports independent, one-handed cutting at meals, in line with the client's goal and the "
            "OTR's plan. The COTA carries out the planned intervention and reports the client's response to the OTR."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["rocker-knife", "one-handed", "feeding"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-021",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            '<p>A client\'s home exercise program lists "red putty." The clinic now stocks a different brand of '
            "putty from the one the OT used. What should the aide do?</p>"
        ),
        "options": [
            {
                "text": "Give the new brand's red putty, since red means the same everywhere",
                "correct": False,
                "rationale": "Resistance color codes are not standardized across manufacturers.",
            },
            {
                "text": "Give the firmest putty available so the client progresses faster",
                "correct": False,
                "rationale": (
                    "Choosing resistance is part of the OT's plan. Putty that is too firm may cause pain or strain."
                ),
            },
            {
                "text": "Ask the OT which putty to give; color codes differ between brands",
                "correct": True,
                "rationale": (
                    "The same color can mean different resistance in different brands, so the OT should confirm."
                ),
            },
            {
                "text": "Give the new brand's putty that feels closest to the old red when squeezed by hand",
                "correct": False,
                "rationale": (
                    "Feel is not a reliable measure of resistance, and choosing the resistance is part of the OT's "
                    "plan."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Each manufacturer publishes its own resistance chart, and colors do not match across brands. The OT "
            "chooses the resistance as part of the plan, so the aide checks with the OT instead of guessing. The same "
            "applies to resistance bands."
        ),
        "references": [EXERCISE_PRODUCT_IFU, STATE_SUPERVISION_RULES],
        "tags": ["therapy-putty", "manufacturer-instructions", "home-program"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-022",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>Before handing a resistance band to a client for an exercise the OT planned, what should the aide "
            "check?</p>"
        ),
        "options": [
            {
                "text": "That the band is the strongest one available",
                "correct": False,
                "rationale": "Resistance is chosen by the OT for this client, not the strongest available.",
            },
            {
                "text": "That the band reaches its full length when you pull it as far as it will go",
                "correct": False,
                "rationale": "Over-stretching a band on purpose can weaken it. It is not a way to inspect it.",
            },
            {
                "text": "That the band has been stretched several times to warm it up before use",
                "correct": False,
                "rationale": (
                    "Pre-stretching is not a safety check and can itself open up a small tear. Inspect the band for "
                    "damage."
                ),
            },
            {
                "text": "No nicks, tears, sticky patches or thin spots that could make it snap",
                "correct": True,
                "rationale": "A band that snaps can hit the client, including in the face or eyes.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Inspect bands before each use and remove damaged ones from service, as manufacturers instruct. A band "
            "that snaps can injure the client. The OT chooses the resistance level as part of the plan."
        ),
        "references": [EXERCISE_PRODUCT_IFU],
        "tags": ["resistance-band", "safety-check", "manufacturer-instructions"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-023",
        "module": "therapy-equipment-use",
        "type": "truefalse",
        "stem": (
            "<p>True or false: A given color of resistance band means the same level of resistance whichever company "
            "made it.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Each manufacturer sets its own color-to-resistance scheme, so the same color can mean different "
                    "resistance in different brands."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Check the specific product's resistance chart and the resistance the OT chose before "
                    "giving a band to a client."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Band and putty colors are not standardized across brands. Follow the OT's plan and the specific "
            "manufacturer's chart, and ask the OT when the clinic stock differs from what the plan names."
        ),
        "references": [EXERCISE_PRODUCT_IFU],
        "tags": ["resistance-band", "manufacturer-instructions"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-024",
        "module": "therapy-equipment-use",
        "type": "multi",
        "stem": (
            "<p>A client who had hip replacement surgery is following hip precautions set by the surgeon and listed "
            "in the OTR's plan. The COTA is carrying out the lower-body dressing training the OTR planned, with "
            "adaptive equipment. Which <strong>three</strong> actions are appropriate?</p>"
        ),
        "options": [
            {
                "text": "Teach the client precaution angles the COTA found on a general health website",
                "correct": False,
                "rationale": "Precautions come from the surgeon and the client's plan, not from general websites.",
            },
            {
                "text": "Skip the precautions because the client says the surgeon told her she is fine",
                "correct": False,
                "rationale": (
                    "Any change to precautions must come through the medical order and the plan. The COTA checks with "
                    "the OTR instead of acting on a verbal report."
                ),
            },
            {
                "text": "Review the specific precautions written in the client's plan before the session",
                "correct": True,
                "rationale": (
                    "Precautions are specific to each client. The COTA must know exactly what this client's plan says."
                ),
            },
            {
                "text": "Add a device that worked for another client, without checking with the OTR",
                "correct": False,
                "rationale": (
                    "Adding equipment the plan does not include changes the intervention. Discuss it with the OTR "
                    "first."
                ),
            },
            {
                "text": "Use the long-handled devices the OTR's plan specifies, such as a sock aid and reacher",
                "correct": True,
                "rationale": "The COTA carries out the intervention with the equipment the OTR selected.",
            },
            {
                "text": "Stop and consult the OTR if the client cannot complete a step within the precautions",
                "correct": True,
                "rationale": "Problems carrying out the plan are reported to the OTR, who decides how to adapt it.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Hip precautions differ from one client to another and are set by the surgeon and the plan, so follow the "
            "client's written precautions exactly. The COTA uses the devices in the plan and checks with the OTR when "
            "something does not fit. Acting on a client's verbal report or on general websites risks harm."
        ),
        "references": [STATE_SUPERVISION_RULES, ADL_DEVICE_IFU, AOTA_ETHICS],
        "tags": ["hip-precautions", "dressing", "adl-equipment"],
        "difficulty": 3,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-025",
        "module": "therapy-equipment-use",
        "type": "multi",
        "stem": (
            "<p>A COTA is responsible for cleaning a shared transfer board and walker between clients. Which "
            "<strong>three</strong> actions meet infection-control standards?</p>"
        ),
        "options": [
            {
                "text": "Spray the disinfectant and wipe it dry right away",
                "correct": False,
                "rationale": "Wiping it off at once cuts the contact time short, so the product may not work.",
            },
            {
                "text": "Skip disinfection because these items touch only intact skin",
                "correct": False,
                "rationale": (
                    "Items that touch only intact skin are noncritical, but they still need low- or "
                    "intermediate-level disinfection between clients."
                ),
            },
            {
                "text": "Remove visible soil before applying the disinfectant",
                "correct": True,
                "rationale": "Soil can shield microbes from the disinfectant, so cleaning comes first.",
            },
            {
                "text": "Use whatever household cleaner is on hand, since all cleaners disinfect",
                "correct": False,
                "rationale": (
                    "A cleaner that removes dirt is not necessarily a disinfectant. Use the facility's approved "
                    "EPA-registered product."
                ),
            },
            {
                "text": (
                    "Use an EPA-registered disinfectant and keep the surface wet for the full contact time on the "
                    "label"
                ),
                "correct": True,
                "rationale": (
                    "The label contact time is how long the product needs to work, and following the label is "
                    "required by law."
                ),
            },
            {
                "text": "Perform hand hygiene right after removing gloves",
                "correct": True,
                "rationale": "Hands can be contaminated through glove defects or while taking the gloves off.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Under the Spaulding scheme, equipment that touches only intact skin is noncritical and needs low- or "
            "intermediate-level disinfection, with at least 1 minute of contact. Clean off soil first and follow the "
            "EPA label contact time. Gloves do not replace hand hygiene."
        ),
        "references": [CDC_DISINFECTION, CDC_HAND_HYGIENE],
        "tags": ["disinfection", "shared-equipment", "infection-control"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-026",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>Under the Spaulding classification used by CDC, how is a walker handle or a gait belt classified, and "
            "what does it need between clients?</p>"
        ),
        "options": [
            {
                "text": "Noncritical; it needs low- or intermediate-level disinfection",
                "correct": True,
                "rationale": "It touches only intact skin, which makes it noncritical.",
            },
            {
                "text": "Semicritical; it needs high-level disinfection",
                "correct": False,
                "rationale": "Semicritical items touch mucous membranes or broken skin. A walker handle does not.",
            },
            {
                "text": "Critical; it must be sterilized",
                "correct": False,
                "rationale": "Critical items enter sterile tissue or the bloodstream, such as surgical instruments.",
            },
            {
                "text": (
                    "Not classified, because it touches only intact skin, so it needs no cleaning between clients"
                ),
                "correct": False,
                "rationale": (
                    "Items that touch intact skin are noncritical, and they still need low- or intermediate-level "
                    "disinfection between clients."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Spaulding scheme sorts items by the tissue they contact. Mats, gait belts, walkers and similar items "
            "touch only intact skin, so they are noncritical. They need low- or intermediate-level disinfection, with "
            "at least 1 minute of exposure and the label contact time followed."
        ),
        "references": [CDC_DISINFECTION],
        "tags": ["spaulding", "disinfection", "shared-equipment"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-027",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A disinfectant wipe's label lists a 3-minute wet contact time. An aide wipes down a mat table, and "
            "the surface is dry after about 1 minute. What should the aide do?</p>"
        ),
        "options": [
            {
                "text": "Nothing; once the surface has been wiped, it is disinfected",
                "correct": False,
                "rationale": "If the surface dries before the contact time, the product may not have worked.",
            },
            {
                "text": "Re-wet it so it stays visibly wet for the full 3 minutes",
                "correct": True,
                "rationale": "The surface must stay wet with the product for the whole label contact time.",
            },
            {
                "text": "Wipe it with a dry cloth to speed up drying",
                "correct": False,
                "rationale": "Drying the surface shortens the contact time even more.",
            },
            {
                "text": "Spray water on it to keep it wet for 3 minutes",
                "correct": False,
                "rationale": "Water dilutes the product. The surface must stay wet with the disinfectant itself.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The label contact time is how long the surface must stay wet with the product for it to work as claimed. "
            "EPA-registered labels are legally binding, so staff follow them exactly. If a product dries too fast, "
            "apply more, or the facility can choose a product that suits the task."
        ),
        "references": [CDC_DISINFECTION],
        "tags": ["disinfection", "contact-time", "shared-equipment"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-028",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A COTA uses a clinic reacher during a session with a client on contact precautions for <em>C. "
            "difficile</em>. What should happen to the reacher after the session?</p>"
        ),
        "options": [
            {
                "text": "Wipe it with an alcohol pad and return it to the clinic",
                "correct": False,
                "rationale": "Alcohol does not reliably kill C. difficile spores.",
            },
            {
                "text": (
                    "Wipe it with a hospital disinfectant wipe that has no C. difficile claim, then return it to the "
                    "shared bin"
                ),
                "correct": False,
                "rationale": (
                    "Only products with a C. difficile spore claim (EPA List K) are expected to work against spores."
                ),
            },
            {
                "text": "Clean it with alcohol-based hand sanitizer",
                "correct": False,
                "rationale": "Hand sanitizer is not a surface disinfectant and does not kill C. difficile spores.",
            },
            {
                "text": (
                    "Keep it for that client only, or disinfect it with a List K product per the label, as policy "
                    "directs"
                ),
                "correct": True,
                "rationale": (
                    "Dedicated equipment or a sporicidal List K product stops spores from spreading to other clients."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "C. difficile forms spores that ordinary alcohol products do not reliably kill. EPA List K names "
            "disinfectants with claims against C. difficile spores, and they must be used according to the label. CDC "
            "isolation guidance favors dedicated equipment for clients on contact precautions, with cleaning and "
            "disinfection before any shared item is used again."
        ),
        "references": [EPA_LIST_K, CDC_ISOLATION, CDC_DISINFECTION],
        "tags": ["c-difficile", "list-k", "shared-equipment"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-029",
        "module": "therapy-equipment-use",
        "type": "truefalse",
        "stem": (
            "<p>True or false: If you wore gloves while disinfecting equipment, you do not need to perform hand "
            "hygiene after taking them off.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": "Gloves can have small defects, and hands are often contaminated while removing them.",
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Perform hand hygiene right after removing gloves. Gloves do not replace hand hygiene."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            'CDC lists "immediately after glove removal" among the moments for hand hygiene. Alcohol-based hand rub '
            "is preferred unless hands are visibly soiled, in which case wash with soap and water."
        ),
        "references": [CDC_HAND_HYGIENE],
        "tags": ["hand-hygiene", "gloves", "infection-control"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-030",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>During a dressing session, a client with arthritis tells the COTA she has stopped wearing her "
            "favorite button-front blouses because the buttons take too long. What is the COTA's best action?</p>"
        ),
        "options": [
            {
                "text": "Tell her to wear only pullover tops from now on",
                "correct": False,
                "rationale": "This dismisses an activity she values. The client's priorities should guide the plan.",
            },
            {
                "text": (
                    "Order a button hook for her home so she can keep wearing the blouses, and tell the OTR afterwards"
                ),
                "correct": False,
                "rationale": (
                    "Recommending and ordering equipment is part of the OTR's plan. The COTA shares the observation "
                    "first."
                ),
            },
            {
                "text": ("Document what she said, including that she values these blouses, and share it with the OTR"),
                "correct": True,
                "rationale": (
                    "This passes on information about a valued occupation and a barrier to it, so the OTR can address "
                    "it in collaboration with the client."
                ),
            },
            {
                "text": "Ignore the comment, since dressing is not on today's session plan",
                "correct": False,
                "rationale": (
                    "The client's report is useful information about her occupational performance, even if it falls "
                    "outside today's activity."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Client reports about valued activities and the barriers to them feed the occupational profile and the "
            "plan. The COTA gathers and documents this information and shares it with the OTR, who may consider "
            "options such as a button hook together with the client."
        ),
        "references": [AOTA_OTPF4, STATE_SUPERVISION_RULES],
        "tags": ["button-hook", "client-observation", "occupational-profile"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-031",
        "module": "therapy-equipment-use",
        "type": "multi",
        "stem": (
            "<p>A COTA is about to carry out a resistance-band exercise program that the OTR set up for a client's "
            "shoulder. Which <strong>three</strong> things should the COTA check before starting?</p>"
        ),
        "options": [
            {
                "text": "Which band color another client of the same age uses",
                "correct": False,
                "rationale": "Resistance is individual and set in this client's plan.",
            },
            {
                "text": (
                    "Whether the client can go faster than last time, so the COTA can double the repetitions beyond "
                    "what the plan allows"
                ),
                "correct": False,
                "rationale": "Going beyond the limits the OTR set changes the plan and needs the OTR's input.",
            },
            {
                "text": "The band, for nicks, tears or thin spots",
                "correct": True,
                "rationale": "A damaged band can snap and injure the client.",
            },
            {
                "text": "The client's insurance plan, to decide which band to use",
                "correct": False,
                "rationale": "Band selection depends on the client's needs and the plan, not on insurance.",
            },
            {
                "text": "The band resistance and exercises the OTR specified in the plan",
                "correct": True,
                "rationale": "The COTA carries out the program the OTR set up.",
            },
            {
                "text": (
                    "Whether the client reports new pain, swelling or other changes since the last session, to pass "
                    "on to the OTR"
                ),
                "correct": True,
                "rationale": (
                    "Changes in the client's condition affect whether the program is still safe, and the OTR needs to "
                    "know."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Before carrying out an exercise program, the COTA checks that the equipment is safe, confirms the "
            "parameters in the OTR's plan and gathers information about any change in the client's condition. Changes "
            "are reported to the OTR, who decides whether the plan should change."
        ),
        "references": [EXERCISE_PRODUCT_IFU, STATE_SUPERVISION_RULES],
        "tags": ["resistance-band", "home-program", "client-observation"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-032",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>The OTR's plan for a client with a weak grip and limited finger bending includes self-feeding with "
            "adapted utensils. Which utensil modification should the COTA provide?</p>"
        ),
        "options": [
            {
                "text": "Utensils with built-up (enlarged) foam handles",
                "correct": True,
                "rationale": "A larger handle is easier to hold with a weak grip and limited finger bending.",
            },
            {
                "text": "Standard thin-handled utensils, so the client works harder",
                "correct": False,
                "rationale": (
                    "Thin handles are the problem for this client, and a failed grasp makes self-feeding harder."
                ),
            },
            {
                "text": "A rocker knife in place of a spoon",
                "correct": False,
                "rationale": "A rocker knife is for one-handed cutting. It does not solve a weak grip on a spoon.",
            },
            {
                "text": "Utensils with extra-long handles",
                "correct": False,
                "rationale": "Long handles help when reach is limited, not when grasp is weak.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Built-up handles match this client's need for an easier grasp, as the OTR's plan intends. The COTA "
            "carries out the intervention with the modification that fits the identified problem and reports how the "
            "client responds."
        ),
        "references": [ADL_DEVICE_IFU, AOTA_OTPF4],
        "tags": ["built-up-utensils", "feeding", "grasp"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-033",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>A COTA overhears an OT aide telling a client, \"You should buy a sock aid and a reacher. They'll "
            'solve your dressing problems." The client has not been evaluated for dressing. What should the COTA '
            "do?</p>"
        ),
        "options": [
            {
                "text": (
                    "Say nothing now, since the advice may help, and raise it with the aide privately at the end of "
                    "the day"
                ),
                "correct": False,
                "rationale": (
                    "The client may act on advice that was never based on an evaluation. The client needs to hear now "
                    "that the OT team will assess dressing, and the OTR needs to know."
                ),
            },
            {
                "text": (
                    "Tell the client the OT team will assess this, then correct the aide privately and inform the OTR"
                ),
                "correct": True,
                "rationale": (
                    "This corrects the situation for the client, gives the aide professional feedback and keeps the "
                    "OTR informed."
                ),
            },
            {
                "text": "Give the client a sock aid and reacher to take home",
                "correct": False,
                "rationale": (
                    "Issuing equipment before the OTR has evaluated the need skips the evaluation and the plan."
                ),
            },
            {
                "text": "Reprimand the aide in front of the client",
                "correct": False,
                "rationale": "A public reprimand is unprofessional. Give feedback privately.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Aides may not perform tasks that are evaluative, assessive, task-selective or recommending. The OTA may "
            "supervise aides and is responsible for correcting tasks that go beyond their role. The client's dressing "
            "needs should go through evaluation by the OTR."
        ),
        "references": [WI_AIDE_RULE, AOTA_ETHICS],
        "tags": ["aide-supervision", "scope-of-practice", "adl-equipment"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-034",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>An aide is about to push a client in a wheelchair down the hall to the therapy gym. Where should the "
            "client's feet be?</p>"
        ),
        "options": [
            {
                "text": "Lightly on the floor so the client can help steer",
                "correct": False,
                "rationale": "Feet on the floor can catch and be pulled under the chair, injuring the legs.",
            },
            {
                "text": "On the footplates, with the footrests in place",
                "correct": True,
                "rationale": "Feet on the footplates are supported and clear of the floor and the wheels.",
            },
            {
                "text": "Tucked back under the seat",
                "correct": False,
                "rationale": "Feet tucked under the seat can be caught by the front wheels or the frame.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "For transport, put the footrests in place with the client's feet on the footplates. For transfers, it is "
            "the opposite: lock the brakes and swing the footrests away. Follow the chair's manual for its particular "
            "footrests."
        ),
        "references": [WHEELCHAIR_IFU, NHS_FHFT_WHEELCHAIR],
        "tags": ["wheelchair", "footrests", "transport"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "equipment-035",
        "module": "therapy-equipment-use",
        "type": "single",
        "stem": (
            "<p>During a therapy-putty exercise from the OTR's plan, a client says she has sharp pain and new "
            "tingling in her fingers. What should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Encourage her to push through the pain to build strength",
                "correct": False,
                "rationale": "Working through sharp pain and new tingling risks harm.",
            },
            {
                "text": "Switch to a firmer putty so she finishes the set faster",
                "correct": False,
                "rationale": "Firmer putty would increase the strain, and changing resistance is a plan decision.",
            },
            {
                "text": "Continue, but lower the number of repetitions and tell her to squeeze more slowly",
                "correct": False,
                "rationale": (
                    "New sharp pain and tingling are reasons to stop, not to adjust the exercise on the spot; "
                    "changing the dose is a plan decision."
                ),
            },
            {
                "text": "Stop, note the symptoms and report them to the OTR before the program continues",
                "correct": True,
                "rationale": "New sharp pain and tingling are reasons to stop and let the OTR assess.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "When a client has new symptoms during a planned intervention, the COTA stops, documents what happened "
            "and reports to the OTR, who decides whether to change the plan. This reflects the duty to avoid harm "
            "(nonmaleficence)."
        ),
        "references": [STATE_SUPERVISION_RULES, AOTA_ETHICS, EXERCISE_PRODUCT_IFU],
        "tags": ["therapy-putty", "hand-exercise", "reporting"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-036",
        "module": "therapy-equipment-use",
        "type": "multi",
        "stem": (
            "<p>A COTA is preparing a client's wheelchair for a sliding-board transfer to the bed, following the "
            "OTR's plan. The client's left side is stronger. Which <strong>three</strong> set-up steps are "
            "correct?</p>"
        ),
        "options": [
            {
                "text": "Leave the armrest next to the bed in place so the client can push on it while sliding",
                "correct": False,
                "rationale": "That armrest blocks the board and the client's path.",
            },
            {
                "text": "Position the chair so the bed is on the client's left, at about 45 degrees to the bed",
                "correct": True,
                "rationale": (
                    "The transfer goes toward the stronger left side, and the angle shortens the distance across the "
                    "board."
                ),
            },
            {
                "text": "Remove or swing away the armrest on the side next to the bed",
                "correct": True,
                "rationale": "The board and the client's hips must pass where that armrest sits.",
            },
            {
                "text": "Lock both brakes and move the footrests out of the way",
                "correct": True,
                "rationale": "The chair must not move, and the feet need a clear space on the floor.",
            },
            {
                "text": "Place the chair so the client transfers toward the right side, to exercise that side",
                "correct": False,
                "rationale": "The right is the weaker side here. Transfers go toward the stronger side.",
            },
            {
                "text": "Leave the brakes unlocked so the chair can slide closer to the bed during the transfer",
                "correct": False,
                "rationale": "An unlocked chair can roll away and open a gap under the board.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "For a sliding-board transfer, the chair goes at about 45 degrees on the stronger side, the near armrest "
            "is removed, the brakes are locked and the footrests are cleared. VHA guidance notes that seated transfer "
            "aids need removable or recessing chair arms and that all surfaces must be locked."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU],
        "tags": ["wheelchair", "sliding-board", "wheelchair-setup"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "equipment-037",
        "module": "therapy-equipment-use",
        "type": "ordering",
        "stem": (
            "<p>Put the steps for cleaning and disinfecting a shared walker between clients in the correct order.</p>"
        ),
        "options": [
            {
                "text": "Perform hand hygiene and put on gloves as facility policy requires",
                "correct": True,
                "rationale": "Start with clean hands and the protection the policy calls for.",
            },
            {
                "text": "Clean off any visible soil",
                "correct": True,
                "rationale": "Soil can shield microbes from the disinfectant, so cleaning comes before disinfecting.",
            },
            {
                "text": (
                    "Apply an EPA-registered disinfectant and keep the surfaces wet for the full label contact time"
                ),
                "correct": True,
                "rationale": "The product only works as claimed if the surface stays wet for the label time.",
            },
            {
                "text": "Remove gloves and perform hand hygiene",
                "correct": True,
                "rationale": (
                    "Used gloves are contaminated. Take them off and clean your hands before handling clean equipment."
                ),
            },
            {
                "text": "Once the walker has air-dried, return it to the clean equipment area",
                "correct": True,
                "rationale": "Only clean, dry equipment goes back into storage, handled with clean hands.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Clean first, then disinfect for the full label contact time, as CDC guidance and EPA labels require. "
            "Take off the gloves and clean your hands before handling the now-clean walker, so it is not contaminated "
            "again on the way back to storage."
        ),
        "references": [CDC_DISINFECTION, CDC_HAND_HYGIENE],
        "tags": ["disinfection", "shared-equipment", "hand-hygiene"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
]
