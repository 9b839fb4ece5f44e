"""The learner's Practice area: practice exams with their history, practice sets built by the
learner, and the spaced-review queue, under /practice/."""
