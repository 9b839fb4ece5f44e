"""Module 1: Safe patient transfers and body mechanics.

Pure data; no Django imports. Facts follow /work/shared/domain.md section 4.
Where a detail varies between sources, the text defers to facility policy,
the supervising OT's plan of care and the manufacturer's instructions.
"""

WATERS_2007 = {
    "citation": (
        "Waters TR. When is it safe to manually lift a patient? Am J Nurs. 2007;107(8):53-58. PMID 17667392."
    ),
    "url": "https://pubmed.ncbi.nlm.nih.gov/17667392/",
}

VHA_SPHM = {
    "citation": (
        "US Department of Veterans Affairs, Veterans Health Administration. "
        "Safe Patient Handling and Mobility algorithms (2014 revision)."
    ),
    "url": "",
}

CDC_STEADI = {
    "citation": (
        "Centers for Disease Control and Prevention. STEADI (Stopping Elderly "
        "Accidents, Deaths and Injuries): screen, assess, intervene."
    ),
    "url": "",
}

NC_AIDE_RULE = {
    "citation": (
        "North Carolina Board of Occupational Therapy. 21 NCAC 38 .1102, Delegation of duties to unlicensed personnel."
    ),
    "url": "",
}

# What actually authorises belt-guarded assistance: the VHA algorithms do not (they say a gait belt
# is not for lifting, transferring or catching a patient), so the lessons cite the belt's
# instructions, the facility's policy and the OT's plan instead.
GAIT_BELT_BASIS = {
    "citation": (
        "Gait belt manufacturer's instructions for use, read with the facility's safe patient handling "
        "policy and the supervising occupational therapist's plan of care."
    ),
    "url": "",
}

EDUCATIONAL_CAUTION = (
    "callout",
    {
        "kind": "caution",
        "title": "Educational content, not facility policy",
        "body": (
            "<p>This module teaches general principles. It does not replace "
            "your facility's safe patient handling policy, the supervising "
            "occupational therapist's plan of care, or the manufacturer's "
            "instructions for any device. What an aide may do also depends "
            "on state law and your job description. When these sources "
            "differ from this lesson, follow them and ask your supervisor.</p>"
        ),
    },
)


LESSON_WHY_35_POUNDS = {
    "slug": "why-35-pounds",
    "title": "Why 35 pounds? Body mechanics and manual-lifting limits",
    "intro": (
        "Research on safe lifting shows that good technique alone cannot make "
        "it safe to lift most adult clients by hand, so equipment and help "
        "are part of every transfer plan."
    ),
    "body": [
        EDUCATIONAL_CAUTION,
        (
            "rich_text",
            "<p>Helping clients move is one of the most common things an OT "
            "aide or technician does: from bed to chair, from chair to mat "
            "table, from sitting to standing. It is also one of the most "
            "physically demanding parts of the job. Many new staff have been "
            "told to <em>lift with your legs, not your back</em> and assume "
            "that good posture keeps them safe. This lesson explains why that "
            "advice helps but is not enough, and why your facility has rules "
            "about when equipment must be used.</p>",
        ),
        ("heading", {"text": "Where the 35-pound figure comes from", "level": "h2"}),
        (
            "rich_text",
            "<p>The US National Institute for Occupational Safety and Health "
            "(NIOSH) developed the Revised NIOSH Lifting Equation to estimate "
            "how much weight most healthy workers can lift without a raised "
            "risk of low-back injury. The equation starts from an ideal lift "
            "and then lowers the recommended weight when conditions are worse: "
            "when the load is held far from the body, when the lift starts low "
            "or ends high, when the worker twists, when lifting is repeated "
            "often, and when the grip is poor.</p>"
            "<p>In 2007 Thomas Waters applied this equation to patient "
            "handling. His conclusion was that the <strong>maximum recommended "
            "weight for manually lifting a patient is 35 pounds</strong>, and "
            "that figure applies only when the patient is cooperative. When a "
            "task requires lifting more than that, assistive devices should be "
            "used instead of a manual lift.</p>",
        ),
        (
            "heading",
            {"text": "Why people are harder to lift than boxes", "level": "h3"},
        ),
        (
            "rich_text",
            "<p>A client is not a neat box with handles. You often cannot hold "
            "the weight close to your body, because a bed, a wheelchair "
            "armrest or the client's own knees are in the way. Clients may "
            "move suddenly, lose their balance, or relax completely when they "
            "are tired. You may have to reach across a bed or turn your trunk "
            "to reach the chair. Each of these is a condition the lifting "
            "equation penalizes.</p>"
            "<p>Even part of a body can be too heavy. One example based on "
            "Waters's work: a leg is about 16 percent of body weight, so "
            "lifting the leg of a client who weighs 250 pounds means handling "
            "roughly 39 pounds, already above the limit.</p>",
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "A gait belt is not a lifting handle",
                "body": (
                    "<p>A gait belt is for guarding and steadying a client "
                    "who is doing most of the work. It is not for lifting a "
                    "client's weight. Putting a belt on the client does not "
                    "change the 35-pound limit.</p>"
                ),
            },
        ),
        ("heading", {"text": "What this means on a normal shift", "level": "h2"}),
        (
            "rich_text",
            "<ul>"
            "<li>Almost every adult client weighs far more than 35 pounds, so "
            "a full manual lift of an adult should never be a routine way to "
            "move someone.</li>"
            "<li>In a safe transfer the client does most of the work. You "
            "cue, guide and guard; you do not carry.</li>"
            "<li>The supervising OT's plan states each client's transfer "
            "method, the amount of help, the equipment and any precautions. "
            "Aides carry out established routines; they do not choose or "
            "change the method.</li>"
            "<li>Many facilities use safe patient handling and mobility "
            "(SPHM) algorithms, such as those published by the Veterans "
            "Health Administration, to match equipment to the task and the "
            "client's abilities.</li>"
            "<li>If a client cannot do their usual part today, stop. Get the "
            "equipment or the extra staff that your facility's policy calls "
            "for, and tell the OT.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Body mechanics still matter", "level": "h2"}),
        (
            "rich_text",
            "<p>Good body mechanics reduce strain during the guarding, "
            "steadying and equipment handling that you do all day. They "
            "cannot make an unsafe load safe, but they make safe tasks easier "
            "on your body:</p>"
            "<ul>"
            "<li>Set an adjustable bed or mat table to a comfortable working "
            "height before you start.</li>"
            "<li>Stand close to the client with your feet apart for a wide, "
            "stable base.</li>"
            "<li>Bend at your hips and knees and keep your back in a neutral "
            "position.</li>"
            "<li>Turn by moving your feet, not by twisting your trunk.</li>"
            "<li>Agree on a count with the client and any co-worker so that "
            "everyone moves together.</li>"
            "</ul>",
        ),
        (
            "checklist",
            {
                "title": "Before any transfer or repositioning",
                "items": [
                    "I have checked the plan of care for the transfer method, level of help and precautions.",
                    "This is an established routine I have been checked off on.",
                    "The equipment named in the plan is here and working.",
                    "Every surface and wheel that could move is locked.",
                    "Extra help is present if the plan or policy requires it.",
                    "The client knows what will happen and has agreed.",
                    "The path is clear and the client wears non-skid footwear.",
                    "I know whom to call and what to do if the client cannot do their part.",
                ],
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Revised NIOSH Lifting Equation",
                        "definition": "A NIOSH tool that estimates a safe "
                        "weight for a lifting task, lowering it when the load "
                        "is far away, low, high, twisted, frequent or hard to "
                        "grip.",
                    },
                    {
                        "term": "Maximum recommended weight (patient handling)",
                        "definition": "35 pounds for a manual patient lift "
                        "under the conditions Waters described, and only for "
                        "a cooperative patient.",
                    },
                    {
                        "term": "Safe patient handling and mobility (SPHM)",
                        "definition": "A program of policies, equipment and "
                        "training that replaces manual lifting with devices "
                        "and planned techniques.",
                    },
                    {
                        "term": "Guarding",
                        "definition": "Staying close with hands ready to "
                        "steady a client who is moving under their own power.",
                    },
                ]
            },
        ),
        ("references", {"items": [WATERS_2007, VHA_SPHM]}),
    ],
}


LESSON_GAIT_BELT_STAND_PIVOT = {
    "slug": "gait-belt-and-stand-pivot",
    "title": "Gait-belt guarding and the stand-pivot transfer",
    "intro": (
        "How to put on a gait belt, guard a client who is standing, and assist "
        "a stand-pivot transfer that the supervising OT has already set up."
    ),
    "body": [
        (
            "rich_text",
            "<p>A stand-pivot transfer moves a client between two surfaces, "
            "such as a bed and a wheelchair, by having them stand up, turn on "
            "their feet and sit down again. It suits clients who can bear "
            "weight on at least one leg and follow simple directions. The "
            "supervising OT decides whether a stand-pivot is right for a "
            "client, how much help they need and which side to move toward. "
            "An aide may assist only with an established routine for a client "
            "whose condition is stable, and only after showing competency.</p>",
        ),
        ("heading", {"text": "Putting on a gait belt", "level": "h2"}),
        (
            "rich_text",
            "<p>A gait belt is a sturdy strap with a buckle that goes around "
            "the client's waist. It gives you a secure place to hold so that "
            "you can steady and guide the client without grabbing clothing "
            "or pulling on arms. It is for guarding and steadying, not for "
            "lifting a client's weight.</p>",
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "What the VHA algorithms say about gait belts",
                "body": (
                    "<p>The Veterans Health Administration's safe patient "
                    "handling and mobility algorithms warn against using a "
                    "gait belt to lift, transfer or catch a patient, and "
                    "point staff to powered lifts and other equipment "
                    "instead. They are not a source for belt-guarded "
                    "transfers. When your facility does use a belt for "
                    "guarding, the authority for it is the facility's safe "
                    "patient handling policy, the supervising OT's plan for "
                    "this client and the belt's instructions for use. The "
                    "client still does the work: the belt lets you steady "
                    "and guide, never carry.</p>"
                ),
            },
        ),
        (
            "procedure",
            {
                "title": "Applying a gait belt",
                "steps": [
                    {
                        "instruction": "Check the plan of care and ask the OT "
                        "or nurse if you are unsure whether a belt is allowed "
                        "for this client.",
                        "safety_points": (
                            "<p>Belts around the abdomen are generally avoided "
                            "after recent abdominal surgery and with a hernia, "
                            "a feeding tube (PEG), an ostomy or pregnancy. The "
                            "OT's plan says what to use instead.</p>"
                        ),
                        "common_errors": "",
                    },
                    {
                        "instruction": "Inspect the belt for fraying, cuts and a buckle that does not grip.",
                        "safety_points": "<p>Remove a damaged belt from use and report it.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Explain what you are doing and ask the client's permission.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Place the belt around the waist over "
                        "clothing and thread it through the buckle, with the "
                        "buckle a little off-center.",
                        "safety_points": "<p>An off-center buckle keeps it "
                        "away from the spine and the middle of the belly.</p>",
                        "common_errors": "<p>Putting the belt on bare skin or high up around the ribs.</p>",
                    },
                    {
                        "instruction": "Tighten until snug, leaving just enough "
                        "room to slide your flat fingers under the belt.",
                        "safety_points": "",
                        "common_errors": "<p>A loose belt slides up under the arms when the client stands.</p>",
                    },
                    {
                        "instruction": "Once the client is standing, check "
                        "the belt again and re-tighten it if needed.",
                        "safety_points": "",
                        "common_errors": "<p>Forgetting to re-check; belts "
                        "often loosen as the client straightens up.</p>",
                    },
                ],
            },
        ),
        ("heading", {"text": "Guarding a standing client", "level": "h3"}),
        (
            "rich_text",
            "<p>The usual teaching is to grip the belt with an underhand grip "
            "and to stand slightly behind the client on their weaker side, "
            "close enough that your body is near theirs. Keep your eyes on the "
            "client, not the floor. Do not pull on the client's arms or lift "
            "under their armpits: a weak shoulder is easily injured. Your "
            "facility's competency training is the standard for your hand "
            "placement.</p>",
        ),
        ("heading", {"text": "The stand-pivot transfer, step by step", "level": "h2"}),
        (
            "procedure",
            {
                "title": "Assisting a stand-pivot transfer from bed to wheelchair",
                "steps": [
                    {
                        "instruction": "Confirm the plan: transfer method, "
                        "level of help, which side is stronger and any "
                        "precautions.",
                        "safety_points": "<p>If anything has changed since "
                        "the plan was written, stop and ask the OT.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Place the wheelchair on the client's "
                        "stronger side at about 30 to 45 degrees to the bed.",
                        "safety_points": "<p>Moving toward the stronger side "
                        "lets the client lead with the leg they can trust.</p>",
                        "common_errors": "<p>Setting the chair up on the "
                        "weaker side because it is more convenient for the "
                        "room.</p>",
                    },
                    {
                        "instruction": "Lock both wheelchair brakes and the "
                        "bed, and swing the footrests out of the way.",
                        "safety_points": "<p>An unlocked chair can roll away as the client sits.</p>",
                        "common_errors": "<p>Leaving footrests in place, which "
                        "trips the client and blocks the pivot.</p>",
                    },
                    {
                        "instruction": "Help the client put on non-skid "
                        "footwear, move to the edge of the bed and place both "
                        "feet flat on the floor.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Put on the gait belt and take your "
                        "guarding position. Agree on a count of three.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "On three, the client leans forward and "
                        "pushes up from the bed to stand. Pause and let them "
                        "find their balance.",
                        "safety_points": "<p>Ask how they feel. If they are "
                        "dizzy or pale, help them sit back down.</p>",
                        "common_errors": "<p>Pulling the client up by the belt instead of letting them push.</p>",
                    },
                    {
                        "instruction": "The client reaches for the far "
                        "armrest and turns with small steps until the chair "
                        "is behind them.",
                        "safety_points": "",
                        "common_errors": "<p>Twisting your own trunk instead of stepping with the client.</p>",
                    },
                    {
                        "instruction": "When they feel the seat against the "
                        "back of their legs, the client reaches for both "
                        "armrests and lowers slowly.",
                        "safety_points": "",
                        "common_errors": "<p>Letting the client drop into the chair.</p>",
                    },
                    {
                        "instruction": "Replace the footrests, position the "
                        "feet and make the client comfortable and safe.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "caution",
                "title": "Stop if the routine stops being routine",
                "body": (
                    "<p>If the client is weaker, more confused or in more "
                    "pain than usual, the task is no longer predictable. Sit "
                    "them down safely, do not continue, and tell the OT.</p>"
                ),
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Gait belt",
                        "definition": "A strap with a buckle worn around the "
                        "client's waist so staff can guard and steady them.",
                    },
                    {
                        "term": "Stand-pivot transfer",
                        "definition": "A transfer in which the client stands, "
                        "turns on their feet and sits on a nearby surface.",
                    },
                    {
                        "term": "Stronger side",
                        "definition": "The side of the body with better "
                        "strength and control; transfers usually move toward "
                        "it.",
                    },
                ]
            },
        ),
        ("references", {"items": [GAIT_BELT_BASIS, VHA_SPHM, WATERS_2007, NC_AIDE_RULE]}),
    ],
}


LESSON_SLIDING_BOARD_AND_FALLS = {
    "slug": "sliding-boards-and-falls",
    "title": "Sliding boards, lift algorithms and responding to a fall",
    "intro": (
        "How a sliding-board transfer works, why facilities use lift "
        "algorithms, and what to do if a client starts to fall."
    ),
    "body": [
        (
            "rich_text",
            "<p>A sliding board, also called a transfer board, is a smooth "
            "board that bridges the gap between two seats. The client moves "
            "across it in a series of small sitting scoots instead of "
            "standing up. It can suit clients who cannot stand safely but "
            "have enough sitting balance and arm strength to shift their own "
            "weight. As with every transfer, the supervising OT decides "
            "whether it is the right method and sets the level of help.</p>",
        ),
        ("heading", {"text": "The sliding-board transfer", "level": "h2"}),
        (
            "procedure",
            {
                "title": "Assisting a sliding-board transfer",
                "steps": [
                    {
                        "instruction": "Check the plan for the method, the "
                        "direction of the transfer and any precautions.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Set the chair at about 45 degrees on "
                        "the side the plan names, usually the stronger side. "
                        "The target seat should be level with or slightly "
                        "lower than the starting seat.",
                        "safety_points": "<p>Sliding uphill takes more effort and makes a slip more likely.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Lock the brakes, remove the armrest "
                        "nearest the other surface and move the footrests out "
                        "of the way.",
                        "safety_points": "<p>This transfer needs a chair with a removable armrest.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Put on the gait belt. Ask the client to "
                        "lean away from the target so you can slide the board "
                        "well under the thigh nearest it.",
                        "safety_points": "<p>Roughly a quarter to a third of "
                        "the board should sit under the client, with the "
                        "other end firmly on the target seat.</p>",
                        "common_errors": "<p>Placing the board barely under the thigh, so it tips or slips.</p>",
                    },
                    {
                        "instruction": "Ask the client to keep their fingers "
                        "off the edges of the board and to move across in "
                        "small scoots while you guard.",
                        "safety_points": "<p>Fingers curled around the board can be pinched as the client moves.</p>",
                        "common_errors": "<p>Dragging the client across in one big pull.</p>",
                    },
                    {
                        "instruction": "When the client is fully on the seat, "
                        "ask them to lean away so you can remove the board. "
                        "Replace the armrest and footrests.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        ("heading", {"text": "Why facilities use lift algorithms", "level": "h2"}),
        (
            "rich_text",
            "<p>Safe patient handling programs often use decision charts, "
            "called algorithms, to choose the right equipment for each task. "
            "The Veterans Health Administration published a widely used set "
            "whose 2014 revision covers 13 handling tasks. Common themes "
            "include transferring toward the stronger side, locking every "
            "surface, using seated transfer aids only with chairs that have "
            "removable armrests, and avoiding manual lifting except in an "
            "emergency.</p>"
            "<p>Your part is to follow the method the plan and your facility "
            "have chosen. Use mechanical lifts and other devices only after "
            "you have been trained and checked off on them. If a client "
            "cannot manage the usual method today, do not make it work by "
            "lifting them yourself; stop and get help.</p>",
        ),
        ("heading", {"text": "When a client starts to fall", "level": "h2"}),
        (
            "rich_text",
            "<p>The most important rule is simple: <strong>do not try to "
            "catch a falling client</strong>. A falling adult weighs far more "
            "than the 35-pound limit, and trying to hold them up can injure "
            "both of you. If you are close and guarding and the client sinks "
            "slowly, you may be able to guide a controlled descent: keep your "
            "back straight, bend your knees, ease the client toward the floor "
            "and protect their head. Guiding is not catching: you slow and "
            "steer the fall, you do not hold the client up. Only when a fall "
            "is too fast or too heavy to guide should you release your hold "
            "rather than twist or take the weight, and then move obstacles "
            "away and call for help at once. Practice the technique your "
            "facility teaches.</p>",
        ),
        (
            "procedure",
            {
                "title": "After a fall",
                "steps": [
                    {
                        "instruction": "Stay with the client and call for help using your facility's method.",
                        "safety_points": "",
                        "common_errors": "<p>Leaving the client alone to go and find someone.</p>",
                    },
                    {
                        "instruction": "Keep the client still and reassure them. Do not help them get up.",
                        "safety_points": "<p>A nurse or therapist needs to "
                        "check for injury before the client is moved.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Help move the client only by the "
                        "method the team chooses, usually a lift device.",
                        "safety_points": "<p>Never lift a client off the floor by hand.</p>",
                        "common_errors": "",
                    },
                    {
                        "instruction": "Report what you saw and complete the incident report your facility requires.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Falls are common: notice and report",
                "body": (
                    "<p>CDC reports that more than one in four adults aged 65 "
                    "and older fall each year. Its STEADI approach is to "
                    "screen, assess and intervene. Screening and assessment "
                    "belong to the OT and the team; your job is to notice "
                    "changes such as new unsteadiness and report them.</p>"
                ),
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Sliding board",
                        "definition": "A smooth board that bridges two seats "
                        "so a client can scoot across without standing.",
                    },
                    {
                        "term": "SPHM algorithm",
                        "definition": "A decision chart that matches handling "
                        "equipment to the task and the client's abilities.",
                    },
                    {
                        "term": "Controlled descent",
                        "definition": "Guiding a falling client toward the floor without trying to hold their weight.",
                    },
                ]
            },
        ),
        ("references", {"items": [VHA_SPHM, WATERS_2007, CDC_STEADI]}),
    ],
}


LIFT_IFU = {
    "citation": (
        "Mechanical lift and sling manufacturers' instructions for use for the "
        "specific models in use, including weight capacity, sling sizing and "
        "which slings are approved for which lift."
    ),
    "url": "",
}


LESSON_LIFTS_SLINGS_REPOSITIONING = {
    "slug": "mechanical-lifts-slings-and-bed-repositioning",
    "title": "Mechanical lifts, slings and repositioning in bed",
    "intro": (
        "How powered lifts and slings replace manual lifting, the checks to "
        "make before every lift, and how to reposition a client in bed "
        "without lifting their weight."
    ),
    "body": [
        (
            "rich_text",
            "<p>The 35-pound limit from the first lesson means that most "
            "transfers of a client who cannot bear weight, and most moves up "
            "or across a bed, need equipment. Facilities use two main kinds "
            "of powered lift: <strong>full-body lifts</strong> (floor-based "
            "or ceiling-mounted) for clients who cannot stand or help much, "
            "and <strong>sit-to-stand lifts</strong> for clients who can bear "
            "some weight and follow directions. For repositioning in bed they "
            "use <strong>friction-reducing devices</strong> such as slide "
            "sheets. Safe patient handling programs, including the VHA "
            "algorithms, point staff to this equipment instead of lifting by "
            "hand.</p>"
            "<p>The supervising OT's plan, together with the nursing care "
            "plan, names the lift, the sling and the number of staff for each "
            "client. Aides use a lift only after they have been trained and "
            "checked off on that model; your facility's policy says how many "
            "staff a lift needs.</p>",
        ),
        ("heading", {"text": "Slings: the right one, the right size, intact", "level": "h2"}),
        (
            "rich_text",
            "<p>A sling is part of the lift system. Use only a sling the "
            "lift's manufacturer approves for that lift, in the type and size "
            "the plan names, and within the weight capacity of both the sling "
            "and the lift. Before every use, look for fraying, tears, "
            "stretched or worn straps and loops, and damaged buckles or "
            "clips. A sling that fails inspection is taken out of use and "
            "reported, never \u201cjust used once more\u201d. Many slings "
            "are for one client only; follow your facility's policy for "
            "laundering and reuse.</p>",
        ),
        (
            "procedure",
            {
                "title": "Assisting with a full-body lift transfer",
                "steps": [
                    {
                        "instruction": "Check the plan for the lift, sling "
                        "type and size, and number of staff; gather the team.",
                        "safety_points": "<p>If the named sling or lift is not available, stop and ask.</p>",
                        "common_errors": "<p>Substituting a sling from another brand or another client.</p>",
                    },
                    {
                        "instruction": "Inspect the lift (battery, controls, emergency lowering) and the sling.",
                        "safety_points": (
                            "<p>Know where the emergency stop and lowering controls are before you start.</p>"
                        ),
                        "common_errors": "",
                    },
                    {
                        "instruction": "Explain the lift to the client and "
                        "position the sling as the manufacturer's instructions "
                        "show, by rolling the client with a colleague.",
                        "safety_points": "",
                        "common_errors": "<p>A sling that is off-center or twisted under the client.</p>",
                    },
                    {
                        "instruction": "Attach the sling straps or loops "
                        "exactly as the instructions show, and check every "
                        "attachment before lifting.",
                        "safety_points": "<p>Raise the client only slightly "
                        "at first and check again before lifting higher.</p>",
                        "common_errors": "<p>Crossing or mismatching loops on the two sides.</p>",
                    },
                    {
                        "instruction": "Lift only as high as needed to clear "
                        "the surface, and move slowly, guiding the client, "
                        "never the lift arm.",
                        "safety_points": "<p>Follow the manufacturer's "
                        "instruction on the lift's casters during lifting; "
                        "it differs between models.</p>",
                        "common_errors": "<p>Leaving the client unattended in the lift, even for a moment.</p>",
                    },
                    {
                        "instruction": "Lower the client onto the locked "
                        "chair or bed, remove the sling as the plan directs "
                        "and make the client comfortable.",
                        "safety_points": "",
                        "common_errors": "",
                    },
                ],
            },
        ),
        ("heading", {"text": "Repositioning in bed", "level": "h2"}),
        (
            "rich_text",
            "<p>Moving a client up the bed or turning them is one of the most "
            "frequent handling tasks, and pulling a client up by the arms or "
            "under the armpits can injure their shoulders and your back. "
            "Instead:</p>"
            "<ul>"
            "<li>Raise the bed to a working height and lock its wheels.</li>"
            "<li>Use a slide sheet or other friction-reducing device, with "
            "the number of staff your policy sets, or the ceiling lift with a "
            "repositioning sling if the plan says so.</li>"
            "<li>Let the client help as much as they can, for example by "
            "bending the knees and pushing with the feet on the count.</li>"
            "<li>Move on a shared count, shifting your weight from foot to "
            "foot instead of reaching and pulling.</li>"
            "<li>Remove friction-reducing devices when you finish, unless the "
            "plan says to leave one in place, because lying on them can be "
            "slippery.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "safety",
                "title": "When the routine changes",
                "body": (
                    "<p>If the client is heavier, weaker, more confused or in "
                    "more pain than usual, or the equipment does not match "
                    "the plan, the task is no longer routine. Make the client "
                    "safe, do not improvise a manual lift, and tell the OT "
                    "and the nurse.</p>"
                ),
            },
        ),
        (
            "key_terms",
            {
                "terms": [
                    {
                        "term": "Full-body lift",
                        "definition": "A floor-based or ceiling-mounted "
                        "powered lift that carries the client's whole weight "
                        "in a sling.",
                    },
                    {
                        "term": "Sit-to-stand lift",
                        "definition": "A powered lift for a client who can bear some weight and follow directions.",
                    },
                    {
                        "term": "Friction-reducing device",
                        "definition": "A slide sheet or similar device that "
                        "lets a client be moved in bed without being lifted.",
                    },
                ]
            },
        ),
        ("references", {"items": [LIFT_IFU, WATERS_2007, VHA_SPHM, GAIT_BELT_BASIS]}),
    ],
}


MODULE = {
    "slug": "safe-patient-transfers",
    "title": "Safe patient transfers and body mechanics",
    "topic": "transfers",
    "summary": (
        "Why manual lifting has limits, and how to guard and assist "
        "stand-pivot and sliding-board transfers that the supervising OT has "
        "planned, how to use mechanical lifts and slings, and how to "
        "reposition a client in bed. Includes what to do when a client starts "
        "to fall."
    ),
    "objectives": [
        "Explain why the maximum recommended weight for manually lifting a "
        "patient is 35 pounds and what that means for everyday transfers.",
        "Apply a gait belt correctly and describe its use for guarding and steadying, not lifting.",
        "Demonstrate the set-up and guarding steps of a stand-pivot transfer toward the client's stronger side.",
        "Demonstrate the set-up of a sliding-board transfer, including board placement and finger safety.",
        "Describe the correct response when a client starts to fall and the steps to take after a fall.",
        "Check a mechanical lift and sling before use, and reposition a client in bed without lifting their weight.",
    ],
    "audience": "New OT aides and technicians; OTA students",
    # Claims what the content supports (courses/credit_check.py; tests/courses/test_credit_claims.py).
    "estimated_minutes": 40,
    "ce_contact_hours": "0.5",
    "pdu_eligible": True,
    "state_categories": [],
    "category_lessons": [],
    "category_contact_hours": None,
    "renewal_months": None,
    "pass_mark": 80,
    "references": [WATERS_2007, VHA_SPHM, GAIT_BELT_BASIS, LIFT_IFU, CDC_STEADI, NC_AIDE_RULE],
    "lessons": [
        LESSON_WHY_35_POUNDS,
        LESSON_GAIT_BELT_STAND_PIVOT,
        LESSON_SLIDING_BOARD_AND_FALLS,
        LESSON_LIFTS_SLINGS_REPOSITIONING,
    ],
}
