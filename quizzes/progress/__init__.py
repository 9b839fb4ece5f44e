"""Progress toward goals: completion, the CE credit ledger, goals, certificates, transcripts and
spaced review. A plain package inside the quiz app (its models live in `quizzes.models.credits`).

`conversions`, `goals` and `review` are pure logic, tested without the database; `services` owns
every state change; `selectors` feeds pages in a constant number of queries.
"""
