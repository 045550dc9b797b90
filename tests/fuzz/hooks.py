"""Schemathesis hooks for Deelwijs (loaded through SCHEMATHESIS_HOOKS by tests/fuzz/fuzz.ts).

One extra check: every refusal is a problem+json whose title and detail are Dutch text for a person,
not a framework's English default. The schema check already holds the body to the documented Problem.
"""

import json
import re

import schemathesis

# Words that occur in nearly every Dutch sentence; an English or empty message has none of them.
NEDERLANDS = re.compile(
    r"\b(de|het|een|niet|geen|is|zijn|u|uw|van|voor|op|met|en|of|te|bij|kan|mag|moet|wordt|er|om|naar|deze|dit|dat|hier|nog|al)\b",
    re.IGNORECASE,
)
ENGELS = re.compile(r"\b(the|not found|bad request|internal server error|unauthorized|forbidden|cannot|invalid)\b", re.IGNORECASE)


@schemathesis.check
def nederlandse_probleemmelding(ctx, response, case):
    if response.status_code < 400:
        return None
    soort = response.headers.get("content-type", [""])
    soort = soort[0] if isinstance(soort, list) else soort
    if not soort.startswith("application/problem+json"):
        raise AssertionError(f"{response.status_code} zonder application/problem+json ({soort})")
    probleem = json.loads(response.content)
    for veld in ("title", "detail"):
        tekst = probleem.get(veld)
        if not isinstance(tekst, str) or not tekst.strip():
            raise AssertionError(f"{response.status_code}: '{veld}' ontbreekt of is leeg")
    if not NEDERLANDS.search(probleem["detail"]) or ENGELS.search(probleem["detail"]):
        raise AssertionError(f"{response.status_code}: detail is geen Nederlandse uitleg: {probleem['detail']!r}")
    return None
