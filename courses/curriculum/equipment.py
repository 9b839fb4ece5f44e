"""Module 2: Therapy equipment use.

Pure data; no Django imports. Facts follow /work/shared/domain.md sections
3-5. Device fitting (for example walker or cane height) is not covered by
the checked facts, so the lessons leave fitting to the therapist and the
manufacturer's instructions.
"""

VHA_SPHM = {
    "citation": (
        "US Department of Veterans Affairs, Veterans Health Administration. "
        "Safe Patient Handling and Mobility algorithms (2014 revision)."
    ),
    "url": "",
}

NHS_FHFT_WHEELCHAIR = {
    "citation": "Frimley Health NHS Foundation Trust (FHFT). Patient information leaflet on safe wheelchair use.",
    "url": "",
}

MANUFACTURER_MANUALS = {
    "citation": (
        "Manufacturer user manuals for the specific wheelchair, walker, cane or device in use at your facility."
    ),
    "url": "",
}

# Belt-guarded walking rests on the facility's policy and the OT's plan; the VHA algorithms warn
# against using a gait belt to lift, transfer or catch a patient (docs/content-sources.md).
GAIT_BELT_BASIS = {
    "citation": (
        "Gait belt manufacturer's instructions for use, read with the facility's safe patient handling "
        "policy and the supervising occupational therapist's plan of care."
    ),
    "url": "",
}

NC_AIDE_RULE = {
    "citation": (
        "North Carolina Board of Occupational Therapy. 21 NCAC 38 .1102, Delegation of duties to unlicensed personnel."
    ),
    "url": "",
}

WI_OT_405 = {
    "citation": (
        "Wisconsin Occupational Therapists Affiliated Credentialing Board. "
        "Wis. Admin. Code OT 4.05, supervision of occupational therapy aides."
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
    "citation": "US Environmental Protection Agency. Selected EPA-registered disinfectants (including List K).",
    "url": "https://www.epa.gov/pesticide-registration/selected-epa-registered-disinfectants",
}

EDUCATIONAL_CAUTION = (
    "callout",
    {
        "kind": "caution",
        "title": "Educational content, not facility policy",
        "body": (
            "<p>This module teaches general principles. It does not replace "
            "your facility's policies, the supervising occupational "
            "therapist's plan of care, or the manufacturer's instructions for "
            "each device. What an aide may do depends on state law and your "
            "job description. When these differ from this lesson, follow them "
            "and ask your supervisor.</p>"
        ),
    },
)


LESSON_WHEELCHAIR = {
    "slug": "wheelchair-setup-and-safety-checks",
    "title": "Wheelchair set-up and safety checks",
    "intro": (
        "How to check a wheelchair before use, set it up for a transfer, and "
        "push it safely, while leaving seating decisions to the OT."
    ),
    "body": [
        EDUCATIONAL_CAUTION,
        (
            "rich_text",
            "<p>Wheelchairs are in use all day in most therapy settings. Aides "
            "and technicians often fetch them, check them, clean them and get "
            "them ready for transfers. That makes you the person most likely "
            "to spot a loose footrest or a brake that no longer holds before "
            "it causes a fall.</p>"
            "<p>Some chairs belong to the facility and some belong to the "
            "client. A client's own chair may have been set up for them by a "
            "therapist or supplier, including the cushion, the back and the "
            "position of the footrests. Seating and positioning are the OT's "
            "decision. Do not change a client's cushion, remove positioning "
            "parts or adjust settings unless the plan of care tells you to.</p>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Brakes (wheel locks)",
                        "definition": "Levers that stop the large wheels from "
                        "turning. Lock both whenever the chair is not moving.",
                    },
                    {
                        "term": "Footrests and footplates",
                        "definition": "The supports for the legs and feet. "
                        "Many swing away or lift off to clear space for a "
                        "transfer.",
                    },
                    {
                        "term": "Removable armrest",
                        "definition": "An armrest that lifts off or flips "
                        "back. Seated transfer aids such as sliding boards "
                        "need one.",
                    },
                    {
                        "term": "Casters",
                        "definition": "The small front wheels that swivel to steer the chair.",
                    },
                    {
                        "term": "Anti-tippers",
                        "definition": "Small rear bars or wheels on some chairs that limit tipping backward.",
                    },
                ]
            },
        ),
        ("heading", {"text": "The pre-use safety check", "level": "h2"}),
        (
            "rich_text",
            "<p>Check every chair before you bring it to a client, and any "
            "time something seems wrong. It becomes quick once you know what "
            "to look at. If a chair fails a check, do not use it. Take it "
            "out of service the way your facility requires, label it, and "
            "report it.</p>",
        ),
        (
            "checklist",
            {
                "title": "Wheelchair pre-use check",
                "items": [
                    "Both brakes hold the chair still when you push on it.",
                    "Tires are not cracked or flat; air-filled tires feel firm.",
                    "Casters spin and swivel freely with no hair or thread wrapped around them.",
                    "Footrests swing away, lock back in place and are not bent.",
                    "Armrests are secure; removable ones lift off and lock back on.",
                    "The correct cushion is in the chair, facing the right way, with an intact cover.",
                    "Seat and back upholstery are not torn or sagging.",
                    "Anti-tippers, if fitted, are in place and secure.",
                    "The frame has no cracks, loose bolts or sharp edges.",
                    "The chair has been cleaned since the last client used it.",
                ],
            },
        ),
        ("heading", {"text": "Setting up for a transfer", "level": "h2"}),
        (
            "procedure",
            {
                "title": "Preparing a wheelchair for a transfer",
                "steps": [
                    {
                        "instruction": "Check the plan for the transfer method and which side the chair should go on.",
                        "safety_points": "<p>Transfers usually move toward the client's stronger side.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Position the chair at the angle the method calls for and lock both brakes.",
                        "safety_points": "<p>An unlocked chair can roll away as the client sits down.</p>",
                        "common_errors": "<p>Locking only one brake.</p>",
                    },
                    {
                        "instruction": "Swing away or remove the footrests.",
                        "safety_points": "",
                        "common_errors": "<p>Leaving footrests down, so the "
                        "client catches a foot or steps on a footplate.</p>",
                    },
                    {
                        "instruction": "For a sliding-board transfer, remove the armrest nearest the other surface.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "After the client is seated, replace "
                        "the armrest and footrests and place both feet on the "
                        "footplates.",
                        "safety_points": "<p>Check that hands, clothing and blankets are clear of the wheels.</p>",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "Never stand on the footplates",
                "body": (
                    "<p>If a client stands on the footplates, the chair can "
                    "tip forward. Move footrests out of the way before a "
                    "client gets in or out, and make sure visitors and "
                    "family know this too.</p>"
                ),
            },
        ),
        ("heading", {"text": "Pushing a wheelchair safely", "level": "h2"}),
        (
            "rich_text",
            "<ul>"
            "<li>Tell the client before you start moving, turn or stop.</li>"
            "<li>Keep the client's feet on the footplates; feet that drag "
            "can be caught under the chair and injured.</li>"
            "<li>Ask the client to keep their hands and elbows inside the "
            "armrests, especially in doorways and elevators.</li>"
            "<li>Lock the brakes every time you stop, even briefly.</li>"
            "<li>Follow your facility's training for ramps, curbs, "
            "thresholds and elevators, and the chair's manual for anything "
            "unusual.</li>"
            "</ul>",
        ),
        (
            "references",
            {"items": [NHS_FHFT_WHEELCHAIR, MANUFACTURER_MANUALS, VHA_SPHM]},
        ),
    ],
}


LESSON_WALKERS_AND_CANES = {
    "slug": "walkers-and-canes",
    "title": "Walkers and canes: safety checks and guarding",
    "intro": (
        "How to recognize common walking aids, check them before use, and "
        "guard a client who walks with one, while the therapist handles "
        "choice and fitting."
    ),
    "body": [
        (
            "rich_text",
            "<p>Walking aids help clients stay upright and move more safely, "
            "but only when the right device is set up correctly and used the "
            "way the client was taught. The therapist chooses the device, "
            "sets its height and teaches the walking pattern. Your role is "
            "to bring the device the plan names, check that it is in good "
            "condition, guard the client during an established walking "
            "routine, give the cues the OT has asked for, and report "
            "anything that looks wrong.</p>",
        ),
        ("heading", {"text": "Common walking aids", "level": "h2"}),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Standard walker",
                        "definition": "A frame with four legs and no wheels that the client lifts and places forward.",
                    },
                    {
                        "term": "Front-wheeled walker",
                        "definition": "A walker with two front wheels that "
                        "the client pushes forward rather than lifting.",
                    },
                    {
                        "term": "Rollator",
                        "definition": "A walker with wheels on all legs, hand brakes and usually a seat.",
                    },
                    {
                        "term": "Single-point cane",
                        "definition": "A cane with one tip, giving the least support of the common aids.",
                    },
                    {
                        "term": "Quad cane",
                        "definition": "A cane with a small base and four tips that can stand on its own.",
                    },
                ]
            },
        ),
        ("heading", {"text": "Checking a walking aid", "level": "h2"}),
        (
            "rich_text",
            "<p>Check the device every time you hand it to a client. Look "
            "for problems you can see and feel; you are not judging whether "
            "the device suits the client. If a device fails a check, take it "
            "out of use, label it and report it according to your facility's "
            "policy.</p>",
        ),
        (
            "checklist",
            {
                "title": "Walking aid check",
                "items": [
                    "This is the device named in the client's plan.",
                    "Rubber tips or glides are present, not split and not worn smooth.",
                    "Push-button height adjusters are fully clicked through "
                    "their holes, and all legs are set to the same notch.",
                    "The frame is not bent, cracked or wobbly.",
                    "Hand grips are firm and do not twist or slide.",
                    "Wheels turn freely; rollator hand brakes slow the device and the parking lock holds it still.",
                    "The device is clean.",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "caution",
                "title": "Leave fitting to the therapist",
                "body": (
                    "<p>Do not change the height of a walker or cane, or swap "
                    "one device for another, unless the OT has told you to. "
                    "If a device looks wrong for the client, for example the "
                    "client hunches forward or their shoulders ride up, "
                    "report what you see to the OT.</p>"
                ),
            },
        ),
        ("heading", {"text": "Guarding a client who walks with an aid", "level": "h2"}),
        (
            "procedure",
            {
                "title": "Guarding an established walking routine",
                "steps": [
                    {
                        "instruction": "Check the plan for the device, the "
                        "distance, the level of help and any precautions.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Clear the path of clutter, cords and "
                        "wet patches, and know where the nearest seat is.",
                        "safety_points": "<p>If the plan calls for someone to "
                        "follow with a wheelchair, do not start without "
                        "them.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Apply a gait belt if the plan calls for "
                        "one and the client has non-skid footwear on.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Have the client push up from the chair "
                        "armrests to stand, then take hold of the device.",
                        "safety_points": "<p>A walker is not anchored to the "
                        "floor and can tip if the client pulls on it.</p>",
                        "common_errors": "<p>Letting the client pull themselves up on the walker.</p>",
                    },
                    {
                        "instruction": "Guard slightly behind the client on "
                        "their weaker side, with an underhand grip on the "
                        "belt, and give only the cues the OT has taught.",
                        "safety_points": "",
                        "common_errors": "<p>Walking in front of the client or "
                        "on their stronger side, where you cannot help.</p>",
                    },
                    {
                        "instruction": "To sit, the client backs up until they "
                        "feel the seat behind their legs, reaches back for the "
                        "armrests and lowers slowly.",
                        "safety_points": "<p>Lock a wheelchair's brakes, or "
                        "a rollator's parking lock, before anyone sits.</p>",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "rich_text",
            "<p>Stop and help the client sit down if they report dizziness, "
            "chest pain, shortness of breath or new pain, or if they look "
            "pale or suddenly weaker. Then get help and tell the OT.</p>"
            "<p>A rollator is not a wheelchair. Do not push a client who is "
            "sitting on one unless the manufacturer states that the model is "
            "designed for that.</p>",
        ),
        (
            "references",
            {"items": [GAIT_BELT_BASIS, MANUFACTURER_MANUALS, NC_AIDE_RULE]},
        ),
    ],
}


LESSON_ADL_EQUIPMENT = {
    "slug": "adl-equipment",
    "title": "ADL equipment: reachers, sock aids, button hooks, putty and bands",
    "intro": (
        "What common daily-living aids and exercise items are for, how to set "
        "them up as the OT planned, and how to clean them between clients."
    ),
    "body": [
        (
            "rich_text",
            "<p>Activities of daily living (ADLs) are everyday self-care tasks "
            "such as dressing, eating, bathing and grooming. OTs often teach "
            "clients to use small pieces of equipment that make these tasks "
            "possible or safer. They also use simple exercise items such as "
            "therapy putty and resistance bands. The OT chooses each item and "
            "its resistance level and teaches the technique. You may set items "
            "up, cue an established routine, and clean and store them.</p>",
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Reacher",
                        "definition": "A long-handled grabber with a trigger "
                        "and jaws for picking up light objects from the floor "
                        "or a high shelf.",
                    },
                    {
                        "term": "Sock aid",
                        "definition": "A shaped sleeve with long straps; the "
                        "sock is slid over it, dropped to the floor and pulled "
                        "onto the foot without bending down.",
                    },
                    {
                        "term": "Button hook",
                        "definition": "A handle with a wire loop that pulls a "
                        "button through its hole for people with limited "
                        "finger control.",
                    },
                    {
                        "term": "Built-up utensil",
                        "definition": "A fork, spoon or other tool with a thick handle that is easier to grip.",
                    },
                    {
                        "term": "Therapy putty",
                        "definition": "A soft exercise material for hand strength, made in grades of resistance.",
                    },
                    {
                        "term": "Resistance band",
                        "definition": "An elastic band for strengthening exercise, made in levels of resistance.",
                    },
                ]
            },
        ),
        ("heading", {"text": "Using equipment the way the OT planned", "level": "h2"}),
        (
            "rich_text",
            "<ul>"
            "<li><strong>Reachers</strong> are for light items. Do not let "
            "clients use them for heavy objects or anything that could fall "
            "on them from a high shelf.</li>"
            "<li><strong>Sock aids and other long-handled tools</strong> are "
            "often used when a client must avoid certain movements, for "
            "example after some hip surgeries. The OT's plan sets out exactly "
            "which movements are allowed. Follow it precisely, and ask the OT "
            "if you are unsure.</li>"
            "<li><strong>Button hooks and built-up utensils</strong> help with "
            "weak grip or poor finger control. Set them up on the side and in "
            "the way the OT has shown.</li>"
            "<li><strong>Putty and bands</strong> come in color-coded "
            "resistance levels, and the colors differ between manufacturers. "
            "Use exactly the product and level the plan names; never move a "
            "client up or down a level yourself.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "caution",
                "title": "Resistance bands can snap",
                "body": (
                    "<p>Check each band for nicks, tears and sticky or brittle "
                    "spots before use, and discard damaged bands. Keep bands "
                    "away from the face during exercise. Some bands contain "
                    "latex, so check the client's allergy information and "
                    "your facility's latex policy first.</p>"
                ),
            },
        ),
        ("heading", {"text": "Cleaning ADL equipment", "level": "h2"}),
        (
            "rich_text",
            "<p>Most of these items touch only intact skin. In the Spaulding "
            "scheme that CDC uses, such items are called noncritical and need "
            "low-level or intermediate-level disinfection between clients. "
            "Porous items such as putty, foam tubing and fabric sock aids are "
            "hard to disinfect; follow your facility's policy on whether they "
            "are issued to one client or replaced on a schedule.</p>",
        ),
        (
            "procedure",
            {
                "title": "Cleaning a shared ADL item between clients",
                "steps": [
                    {
                        "instruction": "Perform hand hygiene and put on gloves "
                        "if the disinfectant label or your policy requires "
                        "them.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Remove visible soil first.",
                        "safety_points": "<p>Dirt blocks the disinfectant from reaching the surface.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Wipe every surface with the EPA-registered product your facility supplies.",
                        "safety_points": "",
                        "common_errors": "<p>Missing handles, triggers and straps.</p>",
                    },
                    {
                        "instruction": "Leave the surface wet for the full "
                        "contact time on the product label, and re-wet it if "
                        "it dries early.",
                        "safety_points": "<p>Following the label contact time is required by law.</p>",
                        "common_errors": "<p>Wiping and drying straight away.</p>",
                    },
                    {
                        "instruction": "Let the item air-dry, then store it in "
                        "the clean area. Report or replace anything "
                        "damaged.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Get the OT when a client",
                "items": [
                    "Asks which device to buy or whether they need one.",
                    "Wants to try a different device or resistance level.",
                    "Reports pain, numbness or new symptoms during use.",
                    "Cannot manage the technique they were taught.",
                    "Has a device that no longer seems to fit or work.",
                ],
            },
        ),
        (
            "rich_text",
            "<p>Recommending equipment and choosing task levels are the OT's "
            "job. Wisconsin's rule, for example, bars aides from tasks that "
            "are evaluative or recommending.</p>",
        ),
        (
            "references",
            {
                "items": [
                    CDC_SPAULDING,
                    EPA_DISINFECTANTS,
                    NC_AIDE_RULE,
                    WI_OT_405,
                    MANUFACTURER_MANUALS,
                ]
            },
        ),
    ],
}


MODULE = {
    "slug": "therapy-equipment-use",
    "title": "Therapy equipment use",
    "topic": "equipment",
    "summary": (
        "How to check, set up and clean wheelchairs, walking aids and common "
        "ADL equipment, and where your role ends and the OT's begins."
    ),
    "objectives": [
        "Perform a pre-use safety check on a wheelchair and take a faulty chair out of service.",
        "Set up a wheelchair for a transfer with brakes locked and footrests cleared.",
        "Inspect walkers and canes for safe condition and guard a client during an established walking routine.",
        "Describe the purpose of reachers, sock aids, button hooks, built-up "
        "utensils, therapy putty and resistance bands.",
        "Clean shared ADL equipment using an EPA-registered disinfectant for the full label contact time.",
        "Identify equipment questions that must be referred to the OT.",
    ],
    "audience": "New OT aides and technicians; OTA students",
    # Claims what the content supports (courses/credit_check.py; tests/courses/test_credit_claims.py).
    "estimated_minutes": 30,
    "ce_contact_hours": "0.25",
    "pdu_eligible": True,
    "state_categories": [],
    "category_lessons": [],
    "category_contact_hours": None,
    "renewal_months": None,
    "pass_mark": 80,
    "references": [
        NHS_FHFT_WHEELCHAIR,
        MANUFACTURER_MANUALS,
        VHA_SPHM,
        CDC_SPAULDING,
        EPA_DISINFECTANTS,
        NC_AIDE_RULE,
        WI_OT_405,
    ],
    "lessons": [LESSON_WHEELCHAIR, LESSON_WALKERS_AND_CANES, LESSON_ADL_EQUIPMENT],
}
