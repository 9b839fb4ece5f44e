"""Safe patient transfers: original practice questions for Occupass.

Pure data module (no Django imports). Items cover manual-lifting limits,
body mechanics, gait-belt guarding, stand-pivot and sliding-board transfers,
responding to a fall, lift algorithms and when to get help. All items were
written for this platform; none are copied from exams or prep banks.
Specific surgical precautions are never stated as fact: items defer to the
OT's plan and facility policy.
"""

# Primary sources cited by the items below (facts follow ../shared/domain.md sections 3 and 4).
AOTA_ETHICS = (
    "American Occupational Therapy Association. AOTA 2020 Occupational Therapy Code of Ethics. Am J Occup Ther. "
    "2020;74(Suppl. 3):7413410005."
)
# The AOTA 2020 supervision guidelines (AJOT 7413410020) could not be verified, so items cite the
# state rules that were: they carry the aide conditions and set OTA supervision.
STATE_SUPERVISION_RULES = (
    "State occupational therapy practice acts and board rules, which set aide delegation and OTA supervision; for "
    "example North Carolina 21 NCAC 38 .1102 (Delegation of duties to unlicensed personnel), Nebraska 172 NAC "
    "114-006 and Oregon OAR 339-010-0035. Check the rules of the state where you work."
)
CDC_STEADI = (
    "Centers for Disease Control and Prevention. STEADI (Stopping Elderly Accidents, Deaths & Injuries): Algorithm "
    "for Fall Risk Screening, Assessment, and Intervention. cdc.gov/steadi"
)
GAIT_BELT_IFU = (
    "Gait belt manufacturer's instructions for use, applied together with the facility's safe patient handling policy."
)
NC_AIDE_RULE = (
    "North Carolina Board of Occupational Therapy. 21 NCAC 38 .1102, occupational therapy aides (supervision and "
    "delegated tasks)."
)
NE_AIDE_RULE = (
    "Nebraska Department of Health and Human Services. 172 NAC 114-006, occupational therapy aides (on-site "
    "supervision of client-related tasks)."
)
NIOSH_RNLE = (
    "Waters TR, Putz-Anderson V, Garg A. Applications Manual for the Revised NIOSH Lifting Equation. DHHS (NIOSH) "
    "Publication No. 94-110. Cincinnati, OH: NIOSH; 1994."
)
VHA_ALG_EXTREMITIES = (
    "U.S. Department of Veterans Affairs, Veterans Health Administration. VHA Safe Patient Handling and Mobility "
    "Algorithms (2014 revision), Algorithm 11: Patient Handling Task Requiring Lifting of Extremities."
)
VHA_ALG_FALL = (
    "U.S. Department of Veterans Affairs, Veterans Health Administration. VHA Safe Patient Handling and Mobility "
    "Algorithms (2014 revision), Algorithm 8: Floor/Fall Recovery."
)
VHA_ALG_SEATED = (
    "U.S. Department of Veterans Affairs, Veterans Health Administration. VHA Safe Patient Handling and Mobility "
    "Algorithms (2014 revision), Algorithm 1: Transfer To/From Seated Positions."
)
# Directive 2010-032 was superseded by Directive 1611 (2018). It binds VA facilities only.
VHA_DIRECTIVE = (
    "U.S. Department of Veterans Affairs. VHA Directive 1611: Safe Patient Handling and Mobility Program. "
    "Washington, DC: Veterans Health Administration; 2018 (applies to VA facilities)."
)
# What authorises belt-guarded assistance outside the VA algorithms (which warn against using a gait
# belt to lift, transfer or catch a patient): the facility's policy and the OT's plan.
FACILITY_SPHM_POLICY = (
    "The facility's safe patient handling policy and the supervising occupational therapist's plan of care for the "
    "client (the basis for belt-guarded assistance; the VHA SPHM algorithms warn against using a gait belt to lift, "
    "transfer or catch a patient)."
)
LIFT_IFU = (
    "Mechanical lift manufacturer's instructions for use for the specific model, including its sling compatibility."
)
WATERS_2007 = "Waters TR. When is it safe to manually lift a patient? Am J Nurs. 2007;107(8):53-58. PMID 17667392"
WHEELCHAIR_IFU = "Wheelchair manufacturer's owner's manual / instructions for use for the specific model in use."

QUESTIONS = [
    {
        "key": "transfers-001",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>According to the NIOSH-based guidance published by Waters (2007), what is the <strong>most</strong> a "
            "staff member should lift by hand during a patient-handling task, even under favorable conditions with a "
            "cooperative client?</p>"
        ),
        "options": [
            {
                "text": "51 lb (about 23 kg)",
                "correct": False,
                "rationale": (
                    "51 lb is the load constant of the general NIOSH equation for ideal lifts of objects. A client is "
                    "not an ideal load, so the patient-handling limit is lower."
                ),
            },
            {
                "text": "Half of the staff member's own body weight",
                "correct": False,
                "rationale": (
                    "The guideline is a fixed maximum, not a share of the lifter's weight. A heavier or stronger "
                    "staff member does not get a higher limit."
                ),
            },
            {
                "text": "35 lb (about 16 kg)",
                "correct": True,
                "rationale": (
                    "Waters applied the Revised NIOSH Lifting Equation to patient handling and recommended 35 lb as "
                    "the maximum, and only for a cooperative client. Above that, use an assistive device."
                ),
            },
            {
                "text": "Any weight, as long as two staff members share the lift",
                "correct": False,
                "rationale": (
                    "A client's weight is rarely shared evenly, and clients can shift without warning. When a task is "
                    "over the limit, the guidance is to use equipment, not more people."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Waters (2007) adapted the Revised NIOSH Lifting Equation to patient handling. The result was about 35 lb "
            "as the most a caregiver should lift by hand, and only under favorable conditions with a cooperative "
            "client. When a task would need more, assistive devices are recommended. Gait belts and good technique do "
            "not raise this limit."
        ),
        "references": [WATERS_2007, NIOSH_RNLE],
        "tags": ["lifting-limits", "niosh", "safe-patient-handling"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-002",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: A gait belt makes it safe for one staff member to lift a client who weighs more than "
            "35 lb by hand.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "A gait belt gives you a secure handhold for guiding and steadying a client. It does not reduce "
                    "the weight you would be lifting, so the 35-lb limit still applies."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. The belt is a guarding and assisting tool, not a lifting device. If a task means "
                    "lifting more than 35 lb of the client's weight, use the equipment your facility's algorithm "
                    "calls for."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "The 35-lb recommended limit (Waters 2007) is about the weight the caregiver actually lifts, whatever the "
            "handhold. VHA safe patient handling guidance directs staff to use equipment instead of lifting clients "
            "by hand, except in emergencies. The belt helps you guide and steady a client who is bearing their own "
            "weight."
        ),
        "references": [WATERS_2007, VHA_ALG_SEATED],
        "tags": ["gait-belt", "lifting-limits"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-003",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client weighs 250 lb. A leg is roughly 16% of body weight. An aide is about to lift the client's "
            "whole leg onto the bed with both hands. Which statement is most accurate?</p>"
        ),
        "options": [
            {
                "text": "About 40 lb: over the 35-lb limit, so use the device or method the facility sets",
                "correct": True,
                "rationale": (
                    "16% of 250 lb is 40 lb, which is more than the recommended 35-lb maximum. Even a single limb can "
                    "be too heavy to lift by hand."
                ),
            },
            {
                "text": "The leg weighs about 16 lb, well within safe limits",
                "correct": False,
                "rationale": "This confuses the percentage with the weight. 16% of 250 lb is about 40 lb.",
            },
            {
                "text": "The limit only applies to lifting a whole client, so limb weight does not matter",
                "correct": False,
                "rationale": (
                    "The limit applies to any load lifted by hand, including limbs. VHA has a separate algorithm for "
                    "tasks that require lifting extremities."
                ),
            },
            {
                "text": (
                    "Safe if the aide bends the knees, keeps the back straight and holds the leg close to the body"
                ),
                "correct": False,
                "rationale": (
                    "Good technique does not change the load: about 40 lb is still over the 35-lb limit, however it "
                    "is held."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A leg is about 16% of body weight, so a 250-lb client's leg weighs roughly 40 lb. That is more than the "
            "35-lb recommended maximum. Limb lifting therefore needs equipment, or a method that keeps the load "
            "within limits, as the facility's algorithm directs."
        ),
        "references": [WATERS_2007, VHA_ALG_EXTREMITIES],
        "tags": ["lifting-limits", "limb-lifting"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-004",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": "<p>Which habit best reduces the load on an aide's back while assisting a client at the bedside?</p>",
        "options": [
            {
                "text": ("Keep a wide stance but reach across the bed with straight arms so the legs can stay still"),
                "correct": False,
                "rationale": (
                    "A wide stance helps, but reaching with straight arms holds the load far from the body, which "
                    "multiplies the strain on the back."
                ),
            },
            {
                "text": "Stand close and turn by stepping the feet, not twisting the trunk",
                "correct": True,
                "rationale": (
                    "Keeping the load close shortens the reach, and stepping avoids twisting. The NIOSH lifting "
                    "equation penalizes both reach and twist."
                ),
            },
            {
                "text": "Keeping the feet together so you can pivot quickly at the waist",
                "correct": False,
                "rationale": (
                    "A narrow base is less stable, and pivoting at the waist is a twisting motion that increases "
                    "spinal load."
                ),
            },
            {
                "text": "Bending from the waist with straight knees so the movement is faster",
                "correct": False,
                "rationale": "Bending at the waist puts the load on the low back. The goal is control, not speed.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "The Revised NIOSH Lifting Equation lowers the recommended load when the load is far from the body, very "
            "low or high, or handled with a twisted trunk. Working close, stepping instead of twisting and using a "
            "stable base all reduce strain. Body mechanics do not replace equipment when a task is over the limits."
        ),
        "references": [NIOSH_RNLE, WATERS_2007],
        "tags": ["body-mechanics"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-005",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>During a stand-pivot transfer, a client's knees give way and the COTA lowers him to the floor with "
            "control. The nurse checks him and finds no apparent injury. The client asks the COTA not to tell anyone "
            "because he is worried he will lose his walking privileges. What should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Respect the client's wishes and leave the event out of the record, since he was not hurt",
                "correct": False,
                "rationale": (
                    "Leaving out a fall makes the record inaccurate and hides information the team needs to keep the "
                    "client safe. Veracity and safety come before this request."
                ),
            },
            {
                "text": "Record the fall only in a personal notebook in case it happens again",
                "correct": False,
                "rationale": (
                    "Private notes are not part of the record. They do not start the facility's safety review and do "
                    "not inform the OTR."
                ),
            },
            {
                "text": (
                    "Tell the OTR verbally but leave it out of the documentation, since no injury was found and he "
                    "asked for privacy"
                ),
                "correct": False,
                "rationale": (
                    "The fall must be documented and reported through the facility's incident process whether or not "
                    "an injury was found; telling the OTR alone leaves no record."
                ),
            },
            {
                "text": (
                    "Explain kindly that it must be reported, then file the incident report, document objectively and "
                    "tell the OTR"
                ),
                "correct": True,
                "rationale": (
                    "Accurate reporting and documentation are professional duties. They also give the OTR the "
                    "information needed to keep the client safe."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "An OTA must document accurately and follow the facility's reporting procedures. The AOTA Code of Ethics "
            "calls for veracity (truthful, accurate communication) and nonmaleficence (avoiding harm). The OTR also "
            "needs to know about the fall and the change in the client's ability, and may re-evaluate. The COTA can "
            "still explain this kindly and respect the client's worries."
        ),
        "references": [AOTA_ETHICS, STATE_SUPERVISION_RULES, VHA_ALG_FALL],
        "tags": ["falls", "incident-reporting", "documentation", "ethics"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-006",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: Training staff in proper body mechanics is, by itself, enough to prevent back injuries "
            "from lifting dependent clients by hand.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Body mechanics training alone has not reduced patient-handling injuries. The load itself must be "
                    "reduced, usually with equipment."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Technique cannot make an unsafe load safe. Most adult clients weigh far more than the "
                    "35-lb maximum recommended for a manual patient lift, so equipment is needed as well as training."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Patient-handling injuries come from loads that exceed safe limits, and technique cannot make an unsafe "
            "load safe. Waters (2007) applied the Revised NIOSH Lifting Equation to patient handling and set a 35-lb "
            "limit, above which assistive devices should be used. Safe patient handling programs therefore combine "
            "equipment, training and policy."
        ),
        "references": [WATERS_2007, NIOSH_RNLE],
        "tags": ["body-mechanics", "safe-patient-handling"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-007",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": "<p>Which description matches correct gait belt application?</p>",
        "options": [
            {
                "text": "Over clothing, snug enough for flat fingers to slide under, buckle off-center",
                "correct": True,
                "rationale": (
                    "This fit stays in place as the client moves, leaves room for your hand, and keeps the buckle "
                    "from pressing on bony areas."
                ),
            },
            {
                "text": "Directly on bare skin, pulled as tight as possible so it cannot move",
                "correct": False,
                "rationale": (
                    "Bare skin can be pinched or chafed. An overtight belt is uncomfortable and leaves no room for "
                    "your hand."
                ),
            },
            {
                "text": "Loose enough to fit your whole fist underneath, for a better grip",
                "correct": False,
                "rationale": (
                    "A loose belt slides up toward the ribs or arms when the client moves, so it gives poor control."
                ),
            },
            {
                "text": ("Buckled at the center of the back over the spine, so the client cannot reach and undo it"),
                "correct": False,
                "rationale": (
                    "A buckle over the spine presses into the client's back when they sit against the chair. The "
                    "buckle should sit off-center."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A gait belt goes around the waist over clothing. It should be snug enough that only flat fingers slide "
            "under it, with the buckle off-center. Recheck the fit once the client is standing, because belts often "
            "loosen when posture changes. Follow the product's instructions and facility policy."
        ),
        "references": [GAIT_BELT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["gait-belt"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-008",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client with a weaker left side is walking, and an aide is guarding. Where should the aide be, and "
            "how should the aide hold the gait belt?</p>"
        ),
        "options": [
            {
                "text": "Slightly ahead of the client on the right side, with a hand resting on the client's shoulder",
                "correct": False,
                "rationale": (
                    "This is the stronger side. From ahead, the aide cannot follow or guide the client's trunk, and a "
                    "hand on the shoulder gives little control."
                ),
            },
            {
                "text": "Slightly behind the client on the left side, with an underhand grip on the belt",
                "correct": True,
                "rationale": (
                    "This puts the aide where support is most likely to be needed. An underhand (palm-up) grip is "
                    "secure and less likely to slip."
                ),
            },
            {
                "text": "Directly in front, walking backward and pulling the belt to set the pace",
                "correct": False,
                "rationale": (
                    "Walking backward is a trip hazard for the aide. Pulling the client forward can throw them off "
                    "balance."
                ),
            },
            {
                "text": "Beside the client on the left, with a hand hooked under the client's left armpit",
                "correct": False,
                "rationale": (
                    "Holding or lifting under the arm can injure the shoulder, especially a weak one, and gives poor "
                    "trunk control."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Guard from slightly behind the client on the weaker side, with an underhand grip on the gait belt, as "
            "the facility's policy and the OT's plan direct. From there the aide can steady the client's trunk and, "
            "if needed, guide a slow descent; the belt is never used to lift or catch the client. Pulling on limbs or "
            "the armpit risks injury and gives poor control."
        ),
        "references": [GAIT_BELT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["gait-belt", "guarding", "ambulation"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-009",
        "module": "safe-patient-transfers",
        "type": "multi",
        "stem": (
            "<p>A COTA is about to work on bed-to-wheelchair transfers with a client for the first time, following "
            "the intervention plan written by the supervising OTR. Which <strong>three</strong> pieces of information "
            "should the COTA confirm before starting?</p>"
        ),
        "options": [
            {
                "text": "The client's body weight alone, since weight decides which transfer method to use",
                "correct": False,
                "rationale": (
                    "Weight matters, but safe patient handling algorithms also weigh the client's weight bearing, "
                    "cooperation and upper-body strength. Weight alone does not decide the method."
                ),
            },
            {
                "text": "The client's weight-bearing status and any precautions listed in the plan and medical orders",
                "correct": True,
                "rationale": "These limit what the client may safely do and must be known before any transfer.",
            },
            {
                "text": "The transfer method, level of assistance and equipment set out in the OTR's plan",
                "correct": True,
                "rationale": (
                    "The COTA carries out the plan the OTR has set, so the planned method and equipment come first."
                ),
            },
            {
                "text": "Any tubes, lines, incisions or ostomy near the waist that affect gait belt placement",
                "correct": True,
                "rationale": (
                    "These change where a belt can go and may call for another guarding method. Clarify this before "
                    "starting."
                ),
            },
            {
                "text": "The client's insurance authorization for the number of therapy visits",
                "correct": False,
                "rationale": "This is an administrative matter. It does not affect the safety of today's transfer.",
            },
            {
                "text": "The client's likely discharge destination",
                "correct": False,
                "rationale": (
                    "The team needs this for long-term planning, but it does not affect how to do today's transfer "
                    "safely."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Before carrying out an intervention, the OTA reviews the OTR's plan and the relevant orders. That means "
            "weight-bearing status, precautions, the planned method and level of assistance, and anything that "
            "changes how the client can be handled, such as tubes or incisions at the waist. Safe patient handling "
            "algorithms choose the method from the client's weight bearing, cooperation and upper-body strength, not "
            "weight alone."
        ),
        "references": [STATE_SUPERVISION_RULES, VHA_ALG_SEATED],
        "tags": ["chart-review", "precautions", "transfer-planning"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-010",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client with right hemiparesis (stronger left side) transferred from bed to wheelchair by "
            "stand-pivot this morning. The COTA is now setting up to return the client from the wheelchair to the "
            "bed. The OTR's plan says the client transfers toward the stronger side. How should the COTA position the "
            "wheelchair?</p>"
        ),
        "options": [
            {
                "text": "In the same spot it was in this morning, without moving it",
                "correct": False,
                "rationale": (
                    "If the chair stays where it was, the bed is now on the client's weaker right side. The return "
                    "trip would be toward the weak side."
                ),
            },
            {
                "text": (
                    "So the bed is on the client's right, so the return transfer practices leading with the weaker leg"
                ),
                "correct": False,
                "rationale": (
                    "The plan says to transfer toward the stronger side every time. Practising with the weaker leg is "
                    "a change to the plan that only the OTR can make."
                ),
            },
            {
                "text": "Facing the bed head-on, so the client can step straight toward it",
                "correct": False,
                "rationale": (
                    "Facing the bed leaves no room to pivot. The client would have to make a full half-turn to sit, "
                    "with the footrests and chair front in the way."
                ),
            },
            {
                "text": "Bed on the client's left, chair at 30-45 degrees, brakes locked, footrests away",
                "correct": True,
                "rationale": (
                    "The client can then step and pivot toward the stronger left side. The angle shortens the pivot, "
                    "and locked brakes and cleared footrests remove rolling and tripping hazards."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Transfers are done toward the client's stronger side whenever possible. After a transfer in one "
            "direction, the chair usually has to be moved for the return trip so the stronger side leads again. Set "
            "the chair at about 30-45 degrees, lock the brakes and swing the footrests away before the client stands."
        ),
        "references": [VHA_ALG_SEATED],
        "tags": ["stand-pivot", "hemiparesis", "wheelchair-setup"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-011",
        "module": "safe-patient-transfers",
        "type": "ordering",
        "stem": (
            "<p>Put the steps of an assisted stand-pivot transfer from the edge of the bed to a wheelchair in the "
            "correct order. The client is already sitting at the edge of the bed with both feet flat on the floor, "
            "wearing a gait belt and non-skid footwear. Each step can only start once the one before it is done.</p>"
        ),
        "options": [
            {
                "text": (
                    "Position the wheelchair on the client's stronger side at about 30-45 degrees to the bed, lock "
                    "both brakes and swing the footrests away"
                ),
                "correct": True,
                "rationale": (
                    "Set up and stabilize the destination first. That way you never have to leave a client sitting at "
                    "the edge of the bed to fix the chair."
                ),
            },
            {
                "text": (
                    "On a count of three, the client pushes up to stand while you guard with an underhand grip on the "
                    "gait belt"
                ),
                "correct": True,
                "rationale": (
                    "A shared count lets client and helper move together. The belt lets you steady the trunk."
                ),
            },
            {
                "text": "The client pivots toward the stronger side and reaches for the far armrest of the wheelchair",
                "correct": True,
                "rationale": (
                    "Turning toward the stronger side uses the better leg. Reaching for the far armrest helps the "
                    "client line up with the seat."
                ),
            },
            {
                "text": "The client lowers into the seat with control, then you replace the footrests",
                "correct": True,
                "rationale": (
                    "A controlled sit protects the client. Footrests go back on only after the client is seated."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Set up and lock the destination first, then stand together on a count, pivot toward "
            "the stronger side and sit with control. Footrests are replaced last, once the client is safely seated. "
            "Throughout, the helper guards and does not lift the client's weight."
        ),
        "references": [FACILITY_SPHM_POLICY, WHEELCHAIR_IFU],
        "tags": ["stand-pivot", "wheelchair-setup", "gait-belt"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-012",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A COTA is guarding a client who is walking with a walker during a session planned by the OTR. The "
            "client suddenly says her knees are buckling and begins to sink slowly toward the floor. The COTA is "
            "close behind her with an underhand grip on the gait belt. What should the COTA do?</p>"
        ),
        "options": [
            {
                (
                    "text"
                ): "Pull up on the gait belt and hold her upright until her knees lock and she regains her footing",
                "correct": False,
                "rationale": (
                    "Holding up a falling client means lifting far more than a safe load. It often injures the staff "
                    "member and does not prevent the fall."
                ),
            },
            {
                "text": "Release the belt and step clear so that her weight does not pull the COTA down as well",
                "correct": False,
                "rationale": (
                    "Releasing is the fallback only when a fall is too fast or too heavy to guide. She is sinking "
                    "slowly and the COTA is close, so guiding her down protects her better and is what the lesson "
                    "teaches."
                ),
            },
            {
                "text": ("Widen the stance and guide her slowly down to the floor, protecting her head"),
                "correct": True,
                "rationale": (
                    "You cannot reliably stop a fall, but you can slow and guide it. Guiding her down and keeping her "
                    "head clear of hard surfaces reduces injury to both of you."
                ),
            },
            {
                "text": "Grab the client under both arms and lift her back to standing",
                "correct": False,
                "rationale": (
                    "Lifting under the arms can injure the client's shoulders. It is also a manual lift of most of "
                    "her weight."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Never try to catch or hold up a falling client: no caregiver can safely take that load (Waters 2007), "
            "and the VHA SPHM algorithms warn against using a gait belt to lift, transfer or catch a patient. When a "
            "client sinks slowly and you are close, guide the descent: slow and steer it, and protect the head. Only "
            "if a fall is too fast or too heavy to guide do you release rather than twist or take the weight. Then "
            "call for help and follow the facility's fall-recovery policy, which uses equipment, not a manual lift, "
            "to get the client off the floor."
        ),
        "references": [WATERS_2007, VHA_ALG_SEATED, FACILITY_SPHM_POLICY],
        "tags": ["falls", "controlled-lowering", "gait-belt"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-013",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A COTA has just lowered a client to the floor with control after he lost his balance in the therapy "
            "gym. He is alert, says he is fine and wants to get up. What should the COTA do next?</p>"
        ),
        "options": [
            {
                "text": (
                    "Ask a coworker to help lift him straight back into his chair, since he is alert and says he is "
                    "not hurt"
                ),
                "correct": False,
                "rationale": (
                    "Being alert does not rule out injury, and two staff lifting an adult off the floor by hand is "
                    "far over safe limits. He must be checked first, then moved with equipment."
                ),
            },
            {
                "text": "Have him get up on his own as quickly as possible to show he is not hurt",
                "correct": False,
                "rationale": (
                    "Getting up quickly before an injury check can cause harm. A client who has just fallen may fall "
                    "again."
                ),
            },
            {
                "text": "Leave him on the floor and go to find the OTR",
                "correct": False,
                "rationale": "The client should not be left alone. Call for help from where you are.",
            },
            {
                "text": (
                    "Stay with him, call for help, keep him still until checked, then use the floor-recovery equipment"
                ),
                "correct": True,
                "rationale": (
                    "This keeps the client safe until he is checked, and it avoids a manual lift from the floor."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "After a fall, stay with the client and call for help. He should be checked for injury before he moves. "
            "VHA's floor-recovery algorithm uses lift equipment, not manual lifting from the floor. Then report the "
            "event according to facility policy."
        ),
        "references": [VHA_ALG_FALL],
        "tags": ["falls", "floor-recovery"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-014",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>An aide is helping a client set up for a sliding-board transfer that the client has done many times. "
            "How should the board be placed?</p>"
        ),
        "options": [
            {
                "text": (
                    "Client leans away; slide the board well under the near thigh, a quarter to a third of its length"
                ),
                "correct": True,
                "rationale": (
                    "Leaning away takes weight off the near thigh, so the board slides in easily and far enough to be "
                    "stable."
                ),
            },
            {
                "text": "Place only the tip of the board under the thigh so it is easy to remove",
                "correct": False,
                "rationale": (
                    "A board that is barely under the client can slip out or tip as the client moves onto it."
                ),
            },
            {
                "text": (
                    "Push the board under the client while the client sits fully upright with weight on both hips, so "
                    "the board stays level"
                ),
                "correct": False,
                "rationale": (
                    "If the client does not lean away, the board has to be forced under. That drags on the skin and "
                    "the board may not go in far enough."
                ),
            },
            {
                "text": "Have the client hold the board by wrapping the fingers around its edge",
                "correct": False,
                "rationale": "Fingers curled around the edge can be pinched between the board and the surface.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Leaning away takes weight off the near thigh, so the board slides under easily. About a quarter to a "
            "third of the board goes under the client, and the other end rests on the target surface. The client "
            "keeps fingers clear of the board edges and moves across in small scoots."
        ),
        "references": [GAIT_BELT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["sliding-board"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-015",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>For a sliding-board transfer, how should the height of the target surface compare with the surface "
            "the client starts from?</p>"
        ),
        "options": [
            {
                "text": "Slightly higher, so the client ends up sitting more upright",
                "correct": False,
                "rationale": "Scooting uphill takes more effort and raises the risk of sliding back.",
            },
            {
                "text": "As high as the bed goes, to save staff from bending",
                "correct": False,
                "rationale": (
                    "A high target means scooting uphill, which is harder to control, and it raises the height of any "
                    "fall."
                ),
            },
            {
                "text": "Level with it or slightly lower",
                "correct": True,
                "rationale": "Moving across or slightly downhill takes less effort and is easier to control.",
            },
            {
                "text": "It does not matter, as long as the board is long enough",
                "correct": False,
                "rationale": (
                    "The height difference changes how hard and how safe the scoot is, whatever the board length."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Set the two surfaces level, or the target slightly lower, so the client scoots across or slightly "
            "downhill. Place the chair at about 45 degrees so the client moves toward the stronger side, remove the "
            "near armrest, lock the brakes and clear the footrests. The client then moves in small, controlled scoots."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU],
        "tags": ["sliding-board", "transfer-setup"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-016",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: During a sliding-board transfer, the client should curl the fingers under the edge of "
            "the board for a better grip.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "Fingers under the board edge can be trapped and pinched as the client's weight moves across the "
                    "board."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Clients keep their fingers clear of the board edges, as trained in the OT plan."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Keeping fingers off the board edges prevents pinch injuries. The client moves across in small scoots "
            "while the helper guards with a gait belt."
        ),
        "references": [VHA_ALG_SEATED, GAIT_BELT_IFU],
        "tags": ["sliding-board"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-017",
        "module": "safe-patient-transfers",
        "type": "ordering",
        "stem": (
            "<p>Put the steps of a guarded sliding-board transfer from a wheelchair to a bed in the correct order. "
            "The client is wearing a gait belt.</p>"
        ),
        "options": [
            {
                "text": (
                    "Position the wheelchair at about 45 degrees to the bed so the client will move toward the "
                    "stronger side, lock the brakes, remove the armrest next to the bed and clear the footrests"
                ),
                "correct": True,
                "rationale": "The chair must be stable and the path clear before the board goes in.",
            },
            {
                "text": "Ask the client to lean away from the bed to take weight off the near thigh",
                "correct": True,
                "rationale": (
                    "Leaning away makes room to slide the board under the thigh without dragging on the skin."
                ),
            },
            {
                "text": (
                    "Slide the board under the near thigh so about a quarter to a third of it is under the client, "
                    "with the other end on the bed"
                ),
                "correct": True,
                "rationale": "A board placed well under the client and resting on both surfaces is stable.",
            },
            {
                "text": (
                    "The client moves across in small scoots with fingers clear of the board edges while you guard "
                    "with the gait belt"
                ),
                "correct": True,
                "rationale": "Small scoots keep the move controlled, and clear fingers avoid pinch injuries.",
            },
            {
                "text": (
                    "When the client is seated securely on the bed, have the client lean away from the board and "
                    "remove it"
                ),
                "correct": True,
                "rationale": "The board comes out last, once the client's weight is fully on the new surface.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Stabilize and clear the chair first, then place the board under the unweighted thigh, scoot across in "
            "small moves, and remove the board only when the client is secure. The stronger side leads, the brakes "
            "stay locked, and the helper guards rather than lifts."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU],
        "tags": ["sliding-board", "wheelchair-setup"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-018",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>The OTR asks a COTA for observations that will help the OTR decide whether a client's transfer method "
            "still matches the facility's safe patient handling algorithm. Which set of observations is "
            "<strong>most</strong> useful?</p>"
        ),
        "options": [
            {
                "text": "The client's age and admitting diagnosis",
                "correct": False,
                "rationale": (
                    "Age and diagnosis are background. They do not tell the OTR what the client can actually do in a "
                    "transfer today."
                ),
            },
            {
                "text": (
                    "Weight bearing through the legs, consistency in following instructions, and upper-body strength"
                ),
                "correct": True,
                "rationale": (
                    "These are the client factors that safe patient handling algorithms use to choose between "
                    "hands-on help and equipment."
                ),
            },
            {
                "text": "How strong the staff members on the unit are",
                "correct": False,
                "rationale": (
                    "Algorithms are based on the client's abilities and safe load limits, not on the strength of "
                    "individual staff."
                ),
            },
            {
                "text": (
                    "Whether the client's family will help with transfers after discharge, and how they lift him at "
                    "home"
                ),
                "correct": False,
                "rationale": (
                    "Discharge plans matter later, but the algorithm matches equipment to what the client can do now: "
                    "weight bearing, cooperation and upper-body strength."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "VHA safe patient handling algorithms guide equipment choice by asking about the client's ability to bear "
            "weight, to cooperate and follow instructions, and to use the upper body. The COTA contributes accurate "
            "observations of these factors. The OTR interprets them and decides any change to the plan."
        ),
        "references": [VHA_ALG_SEATED, STATE_SUPERVISION_RULES],
        "tags": ["lift-algorithm", "transfer-planning", "client-observation"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-019",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client's plan calls for transfers with a full-body mechanical lift. When the COTA and an aide "
            "arrive, the lift's battery is dead and the unit's other lift is in use elsewhere. The aide suggests a "
            "quick two-person manual lift instead. What should the COTA do?</p>"
        ),
        "options": [
            {
                "text": "Agree to the two-person lift just this once, since the client is waiting",
                "correct": False,
                "rationale": (
                    "Convenience is not an emergency. Lifting a dependent client by hand exceeds safe limits for both "
                    "staff members."
                ),
            },
            {
                "text": (
                    "Have the client try a stand-pivot transfer with the aide guarding, since that avoids lifting his "
                    "weight by hand"
                ),
                "correct": False,
                "rationale": (
                    "The plan calls for a full-body lift because the client cannot safely stand. Switching to a "
                    "stand-pivot is a change of method that only the OTR can make, and it risks a fall."
                ),
            },
            {
                "text": "Cancel the session without telling anyone so the client can rest in bed",
                "correct": False,
                "rationale": (
                    "The team needs to know the transfer did not happen and why, and the equipment problem must be "
                    "reported."
                ),
            },
            {
                "text": (
                    "Decline the manual lift, get the battery charged or another lift, and tell the nurse and OTR of "
                    "the delay"
                ),
                "correct": True,
                "rationale": (
                    "This keeps both the client and staff safe and makes sure the team knows about the delay and the "
                    "equipment problem."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "VHA safe patient handling guidance limits manual lifting to true emergencies. When the required "
            "equipment is not available, the safe choice is to delay the task, fix the equipment problem and tell the "
            "team. Changing the transfer method is a plan change, and that belongs to the OTR."
        ),
        "references": [VHA_ALG_SEATED, WATERS_2007, STATE_SUPERVISION_RULES],
        "tags": ["mechanical-lift", "safe-patient-handling", "policy"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-020",
        "module": "safe-patient-transfers",
        "type": "multi",
        "stem": (
            "<p>A client had a feeding tube (PEG) placed last week and is scheduled for transfer training with a "
            "COTA. The OTR's plan calls for stand-pivot transfers with guarding. Which <strong>three</strong> actions "
            "are appropriate?</p>"
        ),
        "options": [
            {
                "text": "Tighten the belt over the tube so the tube cannot move during the transfer",
                "correct": False,
                "rationale": "Pressure over a tube site can dislodge or damage the tube and injure the skin.",
            },
            {
                "text": "Avoid placing the gait belt over the PEG site",
                "correct": True,
                "rationale": "A belt over a new tube site can pull on the tube or press on the wound.",
            },
            {
                "text": "Skip guarding entirely because a belt cannot be used",
                "correct": False,
                "rationale": (
                    "The client still needs guarding. The open question is how, and that should be clarified with the "
                    "OTR."
                ),
            },
            {
                "text": "Before starting, check with the OTR which guarding method the plan intends for this client",
                "correct": True,
                "rationale": "If a belt cannot be placed safely, the OTR decides on the alternative method or device.",
            },
            {
                "text": "Guard by holding the client under the arms and lifting as he stands",
                "correct": False,
                "rationale": (
                    "Lifting under the arms can injure the shoulders and amounts to lifting the client's weight by "
                    "hand."
                ),
            },
            {
                "text": "Lock the wheelchair brakes, swing the footrests away and confirm non-skid footwear",
                "correct": True,
                "rationale": "These set-up steps apply to every stand-pivot, whatever guarding method is used.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Gait belts should not go over the abdomen after recent abdominal surgery, over a PEG tube, ostomy or "
            "hernia, or during pregnancy. The COTA clarifies the alternative with the OTR instead of improvising. "
            "Every routine set-up step for a safe stand-pivot still applies."
        ),
        "references": [GAIT_BELT_IFU, VHA_ALG_SEATED, STATE_SUPERVISION_RULES],
        "tags": ["gait-belt", "precautions", "peg-tube"],
        "difficulty": 3,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-021",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>Why does an aide usually guard a walking client from slightly behind and on the client's weaker "
            "side?</p>"
        ),
        "options": [
            {
                "text": ("Support is most often needed on that side, and from behind the aide can steady the trunk"),
                "correct": True,
                "rationale": (
                    "This position lets the aide react to a loss of balance and guide the client safely down if "
                    "needed."
                ),
            },
            {
                "text": (
                    "It keeps the aide out of the client's line of sight, so the client walks more naturally and does "
                    "not lean on the aide"
                ),
                "correct": False,
                "rationale": (
                    "The position is chosen for safety, not to hide from the client. The client should know you are "
                    "there."
                ),
            },
            {
                "text": "It lets the aide lift the client by the belt if the knees buckle",
                "correct": False,
                "rationale": (
                    "The aide should never try to lift or catch a falling client. The position supports a guided, "
                    "controlled descent."
                ),
            },
            {
                "text": "It lets the aide hold the client's hand and pull them along",
                "correct": False,
                "rationale": "Pulling on the client's hand can throw them off balance and does not control the trunk.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Guarding slightly behind and on the weaker side, with an underhand grip on the gait belt, puts the aide "
            "close to the client's center of mass. From there the aide can steady small losses of balance or ease the "
            "client down in a fall. It is not a position for lifting or catching."
        ),
        "references": [GAIT_BELT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["guarding", "ambulation", "gait-belt"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-022",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: If a client starts to fall while you are guarding, you should try to catch them and "
            "hold them upright.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "A caregiver usually cannot stop a fall. Trying to catch or hold up the client puts a sudden, "
                    "very heavy load on your back and can injure you both."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Never try to catch a falling client. Ease them down with control, protect the head, "
                    "then call for help."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Never try to catch a falling client: the load is far over the 35-lb limit (Waters 2007), and the VHA "
            "SPHM algorithms warn against using a gait belt to lift, transfer or catch a patient. If you are close "
            "and the client sinks slowly, guide the descent as your facility trains you and protect the head; if the "
            "fall is too fast to guide, release rather than take the weight. Then follow the facility's fall-recovery "
            "policy."
        ),
        "references": [WATERS_2007, VHA_ALG_SEATED, FACILITY_SPHM_POLICY],
        "tags": ["falls", "controlled-lowering"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-023",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A COTA supervises an OT aide. The facility has just replaced its sit-to-stand lift with a new model. "
            'The aide says, "I used the old one all the time, so I can run the new one." What should the COTA do '
            "before the aide uses the new lift with clients?</p>"
        ),
        "options": [
            {
                "text": "Let the aide use it, since the aide was competent on the old model",
                "correct": False,
                "rationale": (
                    "Competence on one model does not carry over automatically. Controls, sling attachments and "
                    "limits can differ."
                ),
            },
            {
                "text": "Let the aide learn it while transferring the first client of the day",
                "correct": False,
                "rationale": "Learning on a client puts the client at risk. Competence must come before client use.",
            },
            {
                "text": "Have the aide train on and show competence with the new model before any client use",
                "correct": True,
                "rationale": (
                    "Aides must show competence in a delegated task before doing it with clients, and that means "
                    "competence on the actual equipment."
                ),
            },
            {
                "text": (
                    "Have the aide read the manufacturer's quick-reference card for the new model and then start "
                    "using it with clients"
                ),
                "correct": False,
                "rationale": (
                    "Reading alone does not show competence. The aide needs to demonstrate safe use of the new model "
                    "first."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Aides may do delegated tasks only after showing competence in them, and the OTA may supervise aides. "
            "Each lift has its own controls, sling attachments and weight limits set by the manufacturer. Competence "
            "is checked on the actual equipment before it is used with clients."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE, LIFT_IFU],
        "tags": ["aide-supervision", "competency", "mechanical-lift"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-024",
        "module": "safe-patient-transfers",
        "type": "multi",
        "stem": (
            "<p>A COTA supervises an OT aide who has shown competence with transfer equipment. Which "
            "<strong>three</strong> tasks may the COTA appropriately assign to the aide?</p>"
        ),
        "options": [
            {
                "text": "Clean and inspect the clinic's gait belts and sliding boards before the clinic opens",
                "correct": True,
                "rationale": "This is a non-client-related task: preparing and maintaining equipment.",
            },
            {
                "text": "Decide whether a client is ready to progress from sliding-board to stand-pivot transfers",
                "correct": False,
                "rationale": (
                    "Judging readiness to progress is an evaluative decision that needs OT judgment. It is not an "
                    "aide task."
                ),
            },
            {
                "text": (
                    "Set up a wheelchair beside the mat table, with brakes locked and footrests swung away, before a "
                    "session"
                ),
                "correct": True,
                "rationale": "Preparing the work area and equipment is a suitable non-client-related task.",
            },
            {
                "text": (
                    "Guard a stable client during a routine transfer the client has done many times with a "
                    "predictable outcome, with the COTA available as state rules require"
                ),
                "correct": True,
                "rationale": (
                    "A routine client-related task is acceptable when the outcome is predictable, the client is "
                    "stable, the client has shown the ability and the routine is established."
                ),
            },
            {
                "text": "Teach a newly admitted client's family a transfer method the OTR has not yet set up",
                "correct": False,
                "rationale": "This is not a routine, established task. It needs skilled judgment and adaptation.",
            },
            {
                "text": "Change a client's transfer method after the client reports new dizziness",
                "correct": False,
                "rationale": (
                    "A change in the client's condition calls for OT judgment and a report to the OTR. An aide may "
                    "not adapt the plan."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "Aides do not provide skilled OT. They may do non-client-related tasks, such as preparing and maintaining "
            "equipment. They may do routine client-related tasks only when the outcome is predictable, the client and "
            "setting are stable, the client has shown the ability and the routine is established. Supervision rules "
            "vary by state; Nebraska, for example, requires on-site supervision for client-related tasks."
        ),
        "references": [NC_AIDE_RULE, NE_AIDE_RULE],
        "tags": ["aide-supervision", "delegation", "scope-of-practice"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-025",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client sits up at the edge of the bed before a planned transfer. She says the room is spinning and "
            "she feels as if she might faint. What should the COTA do first?</p>"
        ),
        "options": [
            {
                "text": "Have her take slow deep breaths and, once the spinning eases, stand with extra guarding",
                "correct": False,
                "rationale": (
                    "Waiting for the feeling to pass and going ahead skips the report. A new symptom like this needs "
                    "the nurse and OTR to assess it before any transfer."
                ),
            },
            {
                "text": "Stop, keep her supported sitting or help her lie down, and report to the nurse and OTR",
                "correct": True,
                "rationale": (
                    "This keeps the client safe and gets the new symptom to the people who need to assess it."
                ),
            },
            {
                "text": "Give her a minute, then go ahead with the transfer without mentioning it",
                "correct": False,
                "rationale": (
                    "The symptom is new information about her condition that the team needs. Going ahead without "
                    "reporting it is unsafe."
                ),
            },
            {
                "text": "Write it in the note at the end of the day",
                "correct": False,
                "rationale": (
                    "Documentation matters, but a symptom like this needs to be reported promptly, not just recorded "
                    "later."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "New symptoms such as dizziness or feeling faint affect whether the client can perform safely. The COTA "
            "keeps the client safe, does not go ahead, and reports promptly so the nurse and OTR can assess. "
            "Gathering accurate observations and passing them on is a key part of the OTA's collaboration with the "
            "OTR."
        ),
        "references": [STATE_SUPERVISION_RULES, AOTA_ETHICS],
        "tags": ["client-observation", "reporting", "transfer-safety"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-026",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": "<p>Which footwear is safest for a client who is about to do a stand-pivot transfer?</p>",
        "options": [
            {
                "text": "Ordinary cotton socks",
                "correct": False,
                "rationale": "Smooth socks can slip on hard floors when the client pivots.",
            },
            {
                "text": "Loose backless slippers",
                "correct": False,
                "rationale": "Backless slippers can slide off or catch, causing a trip during the pivot.",
            },
            {
                "text": "Supportive leather-soled shoes with the laces tied firmly",
                "correct": False,
                "rationale": (
                    "Leather soles are often slippery on therapy floors. Fit and support matter, but so does a "
                    "non-skid sole."
                ),
            },
            {
                "text": "Well-fitting shoes or socks with non-skid soles",
                "correct": True,
                "rationale": "Non-skid soles grip the floor during the stand and pivot.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Secure, non-skid footwear is part of the set-up for every standing transfer, along with locked brakes "
            "and cleared footrests. Footwear is also one of the everyday factors addressed in fall-prevention "
            "approaches such as CDC's STEADI."
        ),
        "references": [VHA_ALG_SEATED, CDC_STEADI],
        "tags": ["footwear", "fall-prevention", "stand-pivot"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-027",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: If one wheelchair brake is broken, it is acceptable to do a transfer as long as a "
            "coworker holds the chair steady.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": (
                    "A person holding the chair cannot reliably stop it rolling or swiveling when the client pushes "
                    "on it. Every surface in a transfer must be locked."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Use another chair, and report the broken brake so the chair can be taken out of service."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "VHA safe patient handling guidance says to make sure every chair, bed or other surface in a transfer is "
            "locked. A chair with a faulty brake should be tagged, removed from use and reported according to "
            "facility policy and the manufacturer's instructions."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU],
        "tags": ["brakes", "transfer-setup", "wheelchair"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-028",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A COTA is carrying out stand-pivot transfer training from the OTR's plan with a client who has good "
            "strength in both arms. As the client stands and begins to turn toward the wheelchair, where should the "
            "COTA tell the client to place a hand?</p>"
        ),
        "options": [
            {
                "text": "Around the COTA's neck",
                "correct": False,
                "rationale": (
                    "A client hanging on your neck can pull you off balance and seriously injure your neck and back."
                ),
            },
            {
                "text": "Crossed over the chest until seated",
                "correct": False,
                "rationale": "This stops the client from using the arms for balance and to lower into the seat.",
            },
            {
                "text": "On the far armrest of the wheelchair",
                "correct": True,
                "rationale": (
                    "Reaching for the far armrest guides the client to turn far enough and gives firm support for a "
                    "controlled sit."
                ),
            },
            {
                "text": "Still on the bed surface behind the client until fully turned",
                "correct": False,
                "rationale": (
                    "Holding on behind the body twists the trunk and slows the pivot. The hand should move to the "
                    "destination surface."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Reaching for the far armrest helps the client line up with the seat and gives a stable support for a "
            "controlled sit. The client should never hold on to the staff member's neck or shoulders. Cues like this "
            "are part of carrying out the OTR's transfer plan."
        ),
        "references": [VHA_ALG_SEATED],
        "tags": ["stand-pivot", "client-instruction"],
        "difficulty": 1,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-029",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>VHA safe patient handling guidance says staff should not lift clients by hand except in an emergency. "
            "Which situation is an example of such an emergency?</p>"
        ),
        "options": [
            {
                "text": "The lift is in use on another unit and the client is tired of waiting",
                "correct": False,
                "rationale": "This is an inconvenience, not an emergency. Delay the task or find another lift.",
            },
            {
                "text": "A client in cardiac arrest must be moved at once so resuscitation can begin",
                "correct": True,
                "rationale": (
                    "A life-threatening event such as an active code is the kind of emergency the guidance means."
                ),
            },
            {
                "text": "A 95-lb client asks to be lifted by hand because she finds the lift sling uncomfortable",
                "correct": False,
                "rationale": (
                    "Even a small adult is far over the 35-lb limit. Discomfort is a reason to ask the OT about the "
                    "sling, not an emergency."
                ),
            },
            {
                "text": "A client has slid down in bed and no slide sheet or lift can be found nearby right now",
                "correct": False,
                "rationale": (
                    "Repositioning in bed is routine, not an emergency. Get the slide sheet or lift, or more help, "
                    "before moving the client."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "VHA algorithms allow manual lifting only in true emergencies, such as during an active code. Everyday "
            "pressures like waiting, short staffing or a client who looks light do not count. In those cases, use "
            "equipment or delay the task."
        ),
        "references": [VHA_ALG_SEATED, WATERS_2007],
        "tags": ["safe-patient-handling", "manual-lifting"],
        "difficulty": 2,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-030",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client who has been doing stand-pivot transfers with minimal assistance needs far more help today "
            "and can barely bear weight on his legs. The facility's safe patient handling policy says that a client "
            "who cannot bear weight is moved with the full-body lift until the OT reassesses. What should the COTA "
            "do?</p>"
        ),
        "options": [
            {
                "text": "Use the full-body lift as the policy directs, and report the change to the OTR today",
                "correct": True,
                "rationale": (
                    "The policy already says what to do today, and the OTR must hear promptly so the OTR can reassess "
                    "and change the plan if needed."
                ),
            },
            {
                "text": "Continue the stand-pivot and use more force to help him up",
                "correct": False,
                "rationale": "Using more force means lifting his weight by hand, which risks injury to both of them.",
            },
            {
                "text": "Formally rewrite his transfer plan to a mechanical lift without involving the OTR",
                "correct": False,
                "rationale": (
                    "Using equipment for safety today is right, but formally changing the plan is the OTR's "
                    "responsibility."
                ),
            },
            {
                "text": (
                    "Use the full-body lift, and note the change in today's documentation for the OTR to read later"
                ),
                "correct": False,
                "rationale": (
                    "The lift is right, but a sudden change in function is reported to the OTR promptly and directly, "
                    "not left in a note for whenever it is read."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A change in weight-bearing ability changes which method the safe patient handling policy calls for. The "
            "COTA follows the policy for today's transfer and reports the change promptly, and the OTR, who owns the "
            "plan, reassesses."
        ),
        "references": [VHA_ALG_SEATED, STATE_SUPERVISION_RULES],
        "tags": ["change-in-status", "reporting", "lift-algorithm"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-031",
        "module": "safe-patient-transfers",
        "type": "multi",
        "stem": (
            "<p>A client with left hemiparesis (stronger right side) is moving from a wheelchair to a mat table by "
            "stand-pivot, as written in the OTR's plan. Which <strong>three</strong> set-up actions should the COTA "
            "take?</p>"
        ),
        "options": [
            {
                "text": "Leave the footrests down so the client can push up from the footplates",
                "correct": False,
                "rationale": (
                    "Pushing or standing on the footplates can tip the chair forward, and the footrests get in the "
                    "way of foot placement."
                ),
            },
            {
                "text": "Position the wheelchair so the client will move toward the right side",
                "correct": True,
                "rationale": "Transfers go toward the stronger side, here the right.",
            },
            {
                "text": "Lock both wheelchair brakes and swing the footrests away",
                "correct": True,
                "rationale": "Locked brakes keep the chair still, and cleared footrests prevent tripping and tipping.",
            },
            {
                "text": "Leave the brakes off so the chair can be nudged closer as the client sits",
                "correct": False,
                "rationale": "An unlocked chair can roll away just as the client sits or stands.",
            },
            {
                "text": "Confirm non-skid footwear and fasten the gait belt snugly over clothing",
                "correct": True,
                "rationale": "Good footwear and a well-fitted belt are basic parts of a guarded stand-pivot.",
            },
            {
                "text": "Place the chair facing the mat table so the client can step straight onto it",
                "correct": False,
                "rationale": (
                    "Facing the table leaves no room to pivot. An angle of about 30-45 degrees shortens the turn."
                ),
            },
        ],
        "choose_n": 3,
        "rationale": (
            "A safe stand-pivot set-up means moving toward the stronger side, the chair at about 30-45 degrees, both "
            "brakes locked, footrests swung away, non-skid footwear and a snug gait belt. Standing on footplates or "
            "moving an unlocked chair are common causes of tips and falls."
        ),
        "references": [VHA_ALG_SEATED, WHEELCHAIR_IFU],
        "tags": ["stand-pivot", "hemiparesis", "wheelchair-setup"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-032",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>An aide is about to guard a client rising from a chair. Which stance gives the aide the most stable "
            "base?</p>"
        ),
        "options": [
            {
                "text": "Feet about shoulder-width apart, one slightly ahead of the other, knees slightly bent",
                "correct": True,
                "rationale": (
                    "A wide, staggered base with bent knees lets the aide shift weight with the client without "
                    "twisting or reaching."
                ),
            },
            {
                "text": "Feet together and knees locked straight",
                "correct": False,
                "rationale": "A narrow base with locked knees is unstable and forces the aide to bend at the waist.",
            },
            {
                "text": (
                    "Leaning forward from the waist with the feet planted well back, ready to take the client's weight"
                ),
                "correct": False,
                "rationale": (
                    "Leaning from the waist strains the back, and feet planted far back give a poor base. The aide "
                    "guards; the aide does not take the client's weight."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "A wide, staggered base of support with bent knees keeps the aide close to the client and lets the legs, "
            "not the back, do the work. The NIOSH lifting equation shows how reach and twisting raise spinal load. "
            "Stance does not make lifting a client's weight safe; it supports guarding."
        ),
        "references": [NIOSH_RNLE, WATERS_2007],
        "tags": ["body-mechanics", "guarding"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-033",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            '<p>A coworker tells a new COTA, "We always do a two-person lift for Mr. L. (220 lb). The ceiling lift '
            "takes too long.\" The facility has a safe patient handling policy, and Mr. L.'s plan calls for the "
            "ceiling lift. What is the COTA's best response?</p>"
        ),
        "options": [
            {
                "text": "Go along with the team's usual practice to fit in",
                "correct": False,
                "rationale": (
                    "Team habit does not make a manual lift of a dependent 220-lb client safe, and it breaks both the "
                    "plan and the policy."
                ),
            },
            {
                "text": "Do the two-person lift, but bend the knees carefully",
                "correct": False,
                "rationale": "Technique cannot bring this load within safe limits.",
            },
            {
                "text": (
                    "Use the ceiling lift as the plan and policy require, and raise the workaround with the supervisor"
                ),
                "correct": True,
                "rationale": (
                    "This protects the client and staff now and addresses the unsafe practice through the proper "
                    "channel."
                ),
            },
            {
                "text": (
                    "Refuse to treat Mr. L. until the team agrees in writing to follow the plan and the policy for "
                    "every transfer"
                ),
                "correct": False,
                "rationale": (
                    "Refusing care does not help the client. The COTA can use the lift and raise the issue through "
                    "proper channels."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Lifting a dependent 220-lb client by hand is far over the 35-lb recommended limit, even when two people "
            "share it. The facility's own safe patient handling policy is what binds its staff; in VA facilities, "
            "VHA Directive 1611 requires such a program, but other employers set their own. Following the plan and "
            "reporting unsafe workarounds reflects the professional duty to avoid harm."
        ),
        "references": [WATERS_2007, FACILITY_SPHM_POLICY, AOTA_ETHICS],
        "tags": ["safe-patient-handling", "policy", "professional-responsibility"],
        "difficulty": 2,
        "domain": "D3",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-034",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: Recheck a gait belt and snug it again after the client stands up, because it can "
            "loosen when the client changes position.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "rationale": (
                    "Correct. A belt that was snug in sitting often loosens when the client stands and the waist "
                    "changes shape."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "rationale": (
                    "Belts often loosen when a client goes from sitting to standing. A loose belt rides up and gives "
                    "poor control."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Fit the belt snugly over clothing with the buckle off-center, then recheck it once the client is "
            "standing. A loose belt can slide up toward the ribs or arms and gives poor control."
        ),
        "references": [GAIT_BELT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["gait-belt"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-035",
        "module": "safe-patient-transfers",
        "type": "multi",
        "stem": (
            "<p>While guarding a client on a walk to the dining room, a COTA gathers information for the OTR about "
            "factors that may affect the client's safe mobility. Which <strong>three</strong> client reports are most "
            "important to pass on as possible fall-risk factors?</p>"
        ),
        "options": [
            {
                "text": "The client mentions she fell at home last month",
                "correct": True,
                "rationale": "A fall in the past year is one of the key screening questions in CDC's STEADI approach.",
            },
            {
                "text": "The client rose from the chair without using her hands",
                "correct": False,
                "rationale": (
                    "This is a reassuring sign of leg strength, not a risk factor, although it can still be "
                    "documented."
                ),
            },
            {
                "text": "The client says she feels unsteady when she walks",
                "correct": True,
                "rationale": "Feeling unsteady when standing or walking is another STEADI key question.",
            },
            {
                "text": "The client says she has stopped walking to her mailbox because she is afraid of falling",
                "correct": True,
                "rationale": (
                    "Worry about falling is the third STEADI key question, and it can limit participation in valued "
                    "occupations."
                ),
            },
            {
                "text": "The client wore well-fitting shoes with non-skid soles",
                "correct": False,
                "rationale": "Suitable footwear lowers fall risk. It is a protective factor, not a risk factor.",
            },
            {
                "text": "The client walked the whole distance without stopping or reporting symptoms",
                "correct": False,
                "rationale": "This is a reassuring finding about today's endurance, not a sign of added fall risk.",
            },
        ],
        "choose_n": 3,
        "rationale": (
            "CDC's STEADI approach (screen, assess, intervene) starts with three key questions. Has the person fallen "
            "in the past year? Do they feel unsteady? Do they worry about falling? The COTA passes these reports to "
            "the OTR, who is responsible for evaluation and any change to the plan. More than one in four adults aged "
            "65 and older fall each year."
        ),
        "references": [CDC_STEADI, STATE_SUPERVISION_RULES],
        "tags": ["fall-risk", "steadi", "client-observation"],
        "difficulty": 2,
        "domain": "D1",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-036",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A COTA and an aide are about to move a client from bed to wheelchair with a floor-based full-body "
            "lift, as the plan requires. The sling the plan names is in the laundry, and the closet holds a sling "
            "of the right size from a different manufacturer. What should the COTA do?</p>"
        ),
        "options": [
            {
                (
                    "text"
                ): "Use the other sling, checking that its loops fit the hooks of the lift before lifting the client",
                "correct": False,
                "rationale": (
                    "Loops that seem to fit are not the test. Only slings the lift's manufacturer approves for that "
                    "lift are used, because attachments and load ratings differ between systems."
                ),
            },
            {
                "text": "Do a careful two-person stand-pivot instead, guarding with a gait belt",
                "correct": False,
                "rationale": (
                    "The plan calls for a full-body lift because the client cannot safely bear weight. Changing the "
                    "method is the OTR's decision, and it risks a fall."
                ),
            },
            {
                "text": "Wait for an approved sling for this lift, and tell the nurse and OTR about the delay",
                "correct": True,
                "rationale": (
                    "A sling is part of the lift system: use one the manufacturer approves for this lift, in the "
                    "type and size the plan names. A short delay, reported, is safer than an improvised lift."
                ),
            },
            {
                "text": "Ask a third colleague to help lift the client into the chair by hand this once",
                "correct": False,
                "rationale": "Three people sharing an adult's weight are still each far over the 35-lb limit.",
            },
        ],
        "choose_n": None,
        "rationale": (
            "Mechanical lifts and slings work as a system: use only a sling the lift's manufacturer approves for that "
            "lift, in the type and size the plan names, within both weight limits. When the right sling is not "
            "available, the COTA delays the transfer and reports the delay rather than improvising a sling, a "
            "different method or a manual lift."
        ),
        "references": [LIFT_IFU, WATERS_2007, FACILITY_SPHM_POLICY],
        "tags": ["mechanical-lift", "slings", "safe-patient-handling"],
        "difficulty": 2,
        "domain": "D2",
        "nbcot_style": True,
        "audience": "cota",
    },
    {
        "key": "transfers-037",
        "module": "safe-patient-transfers",
        "type": "single",
        "stem": (
            "<p>A client has slid down in bed and needs to be moved up. The plan says to use a slide sheet with two "
            "staff. Which approach is correct?</p>"
        ),
        "options": [
            {
                "text": "Raise the bed to working height, lock it, and slide the client up on the sheet on a count",
                "correct": True,
                "rationale": (
                    "A working height protects your back, locked wheels keep the bed still, and the slide sheet "
                    "lets the client move without being lifted."
                ),
            },
            {
                "text": "Keep the bed low for safety and pull the client up by the arms on the count of three",
                "correct": False,
                "rationale": (
                    "A low bed makes staff stoop, and pulling on the arms can injure the client's shoulders."
                ),
            },
            {
                "text": "Hook your arms under the client's armpits from behind the bed head and pull the client up",
                "correct": False,
                "rationale": "Lifting under the armpits can injure the shoulders and is a manual lift of the trunk.",
            },
            {
                "text": "Leave the slide sheet under the client afterwards so the next move is quicker",
                "correct": False,
                "rationale": (
                    "A slide sheet left in place is slippery and the client can slide down again; remove it unless "
                    "the plan says otherwise."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Repositioning in bed is done with a friction-reducing device, at a working height, with the bed locked, "
            "the client helping as able and everyone moving on a shared count. Pulling on the arms or under the "
            "armpits risks injury to client and staff."
        ),
        "references": [FACILITY_SPHM_POLICY, WATERS_2007],
        "tags": ["bed-repositioning", "slide-sheet", "body-mechanics"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
    {
        "key": "transfers-038",
        "module": "safe-patient-transfers",
        "type": "truefalse",
        "stem": (
            "<p>True or false: Once a client is raised in a full-body lift, an aide may step away for a moment to "
            "fetch the wheelchair, as long as the client is calm.</p>"
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "rationale": "A client in a lift is never left unattended, even briefly; the chair is placed first.",
            },
            {
                "text": "False",
                "correct": True,
                "rationale": (
                    "Correct. Set up the destination before lifting and stay with the client throughout, guiding "
                    "the client rather than the lift arm."
                ),
            },
        ],
        "choose_n": None,
        "rationale": (
            "Manufacturers' instructions and facility policies agree that a client in a lift is never left "
            "unattended. Set up and lock the chair before the lift, raise the client only as high as needed, and "
            "stay with them."
        ),
        "references": [LIFT_IFU, FACILITY_SPHM_POLICY],
        "tags": ["mechanical-lift", "safe-patient-handling"],
        "difficulty": 1,
        "domain": None,
        "nbcot_style": False,
        "audience": "aide",
    },
]
