"""Default question bank: original items written for Occupass, one file per module.

Each item: key, module (module slug), type (single|multi|truefalse|ordering), stem (HTML),
options [{text, correct, rationale}], choose_n, rationale, references [str], tags [str],
difficulty 1-3, domain ("D1"/"D2"/"D3"/None), nbcot_style, audience ("aide": written for aides
and technicians, used by the onboarding assessments; "cota": written for COTAs and COTA exam
candidates, including every NBCOT-style item). `QUESTIONS` holds them all, in the
modules' teaching order.
"""

from quizzes.question_bank import equipment, ethics, infection_control, transfers

QUESTIONS = [*transfers.QUESTIONS, *equipment.QUESTIONS, *infection_control.QUESTIONS, *ethics.QUESTIONS]
