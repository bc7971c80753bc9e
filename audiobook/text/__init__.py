"""The text as it will be heard: sentences, segments, languages, normalization, lexicon.

Input is a `Book` from `ingest`; output is a `BookPlan` whose segments carry their
language, model and heard text.
"""
