"""Domain rules: vocabularies, name matching, e-mail syntax, markings and the principles."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagetrack.domain import principles
from engagetrack.domain.validation import (
    Checker,
    ValidationError,
    clean_text,
    is_valid_email,
    name_key,
    parse_iso_date,
)
from engagetrack.domain.vocabularies import (
    PIPELINE_STAGES,
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    MeetingKind,
    OrgKind,
    Priority,
    Stage,
    Vocabulary,
)

FAST = settings(max_examples=60, deadline=None)

# The codes of SPEC §2, written out here so a renamed or reordered code fails a test.
SPEC_VOCABULARIES: dict[type[Vocabulary], list[str]] = {
    OrgKind: [
        "Company",
        "Government",
        "NGO",
        "Industry association",
        "International organization",
        "Law enforcement",
        "Academic",
    ],
    Stage: ["Identified", "Contacted", "Engaged", "Considering", "Endorsed", "Declined", "On hold"],
    Priority: ["High", "Medium", "Low"],
    AssessmentStatus: [
        "Unknown",
        "Not started",
        "Planned",
        "In progress",
        "Implemented",
        "Not applicable",
    ],
    MeetingKind: [
        "Bilateral",
        "Roundtable",
        "Ministerial",
        "Conference",
        "Call",
        "Correspondence",
        "Other",
    ],
    CommitmentStatus: ["Open", "In progress", "Done", "Dropped"],
    Classification: ["UNCLASSIFIED", "PROTECTED A", "PROTECTED B"],
}

# Letters an official's register really holds (French included); exotic case pairs such as
# Turkish dotless i are not equal under casefold, by design of Unicode, so they stay out.
NAME_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆß&'-.,() "
)
SPACES = st.text(alphabet=" \t\u00a0", max_size=3)


def recase(text: str, flips: list[bool]) -> str:
    return "".join(
        (c.upper() if flip else c.lower()) if len(c.upper()) == 1 else c
        for c, flip in zip(text, flips + [False] * len(text), strict=False)
    )


@pytest.mark.parametrize("vocabulary", list(SPEC_VOCABULARIES))
def test_every_vocabulary_holds_exactly_the_spec_codes_in_order(
    vocabulary: type[Vocabulary],
) -> None:
    assert vocabulary.codes() == SPEC_VOCABULARIES[vocabulary]
    assert [m.label for m in vocabulary] == SPEC_VOCABULARIES[vocabulary]


@FAST
@given(
    data=st.data(),
    vocabulary=st.sampled_from(list(SPEC_VOCABULARIES)),
    before=SPACES,
    after=SPACES,
)
def test_parse_accepts_any_case_and_spacing(
    data: st.DataObject, vocabulary: type[Vocabulary], before: str, after: str
) -> None:
    member = data.draw(st.sampled_from(list(vocabulary)))
    flips = data.draw(st.lists(st.booleans(), min_size=len(member.value)))
    gap = data.draw(st.sampled_from([" ", "  ", "\t"]))
    typed = before + recase(member.value, flips).replace(" ", gap) + after
    assert vocabulary.parse(typed) is member
    assert vocabulary.parse(member.value) is member  # the stored code reads back as itself


@FAST
@given(vocabulary=st.sampled_from(list(SPEC_VOCABULARIES)), junk=st.text(max_size=20))
def test_parse_refuses_anything_else_and_names_the_choices(
    vocabulary: type[Vocabulary], junk: str
) -> None:
    codes = {c.casefold() for c in vocabulary.codes()}
    if " ".join(junk.split()).casefold() in codes:
        return
    with pytest.raises(ValueError) as caught:
        vocabulary.parse(junk)
    for code in vocabulary.codes():
        assert code in str(caught.value)


def test_classification_order_is_the_canadian_scheme() -> None:
    u, a, b = (Classification.parse(x) for x in ("unclassified", "protected a", "Protected B"))
    assert u.rank < a.rank < b.rank
    assert u.allows(u) and b.allows(a) and b.allows(u) and a.allows(u)
    assert not u.allows(a) and not a.allows(b)
    assert u.levels_up_to() == [u]
    assert b.levels_up_to() == [u, a, b]
    assert Classification.highest([]) is u
    assert Classification.highest([a, u]) is a


@FAST
@given(st.lists(st.sampled_from(list(Classification)), max_size=6), st.data())
def test_highest_marking_allows_every_level_it_summarises(
    levels: list[Classification], data: st.DataObject
) -> None:
    top = Classification.highest(levels)
    assert all(top.allows(level) for level in levels)
    assert top in levels or (not levels and top is Classification.UNCLASSIFIED)
    ceiling = data.draw(st.sampled_from(list(Classification)))
    allowed = [c for c in Classification if ceiling.allows(c)]
    assert ceiling.levels_up_to() == allowed
    assert ceiling in allowed and Classification.UNCLASSIFIED in allowed


def test_pipeline_stages_run_identified_to_endorsed_and_two_stages_are_off_the_line() -> None:
    assert [s.value for s in PIPELINE_STAGES] == [
        "Identified",
        "Contacted",
        "Engaged",
        "Considering",
        "Endorsed",
    ]
    assert Stage.IDENTIFIED.next_stage() is Stage.CONTACTED
    assert Stage.ENDORSED.next_stage() is None
    assert Stage.IDENTIFIED.previous_stage() is None
    assert Stage.ENDORSED.previous_stage() is Stage.CONSIDERING
    for off in (Stage.DECLINED, Stage.ON_HOLD):
        assert not off.on_pipeline
        assert off.next_stage() is None and off.previous_stage() is None


def test_only_open_and_in_progress_commitments_can_become_overdue() -> None:
    assert [s for s in CommitmentStatus if s.is_active] == [
        CommitmentStatus.OPEN,
        CommitmentStatus.IN_PROGRESS,
    ]


@FAST
@given(st.text(alphabet=NAME_ALPHABET, max_size=40))
def test_name_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


@FAST
@given(
    name=st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=40),
    flips=st.lists(st.booleans(), max_size=40),
    before=SPACES,
    after=SPACES,
    gap=st.sampled_from([" ", "  ", "\t", " \u00a0"]),
)
def test_name_key_ignores_case_and_spaces(
    name: str, flips: list[bool], before: str, after: str, gap: str
) -> None:
    typed = before + recase(name, flips).replace(" ", gap) + after
    assert name_key(typed) == name_key(name)


def test_name_key_examples_a_user_would_type() -> None:
    assert name_key("ÉCOLE") == name_key("école") == name_key("  École ")
    assert name_key("Straße") == name_key("STRASSE")
    assert name_key("Tech  Coalition") == name_key("tech coalition")
    assert name_key("Meta") != name_key("Metta")


LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12)
LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
TLD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6)


@FAST
@given(local=LOCAL, labels=st.lists(LABEL, min_size=1, max_size=3), tld=TLD)
def test_well_formed_addresses_pass_the_email_checker(
    local: str, labels: list[str], tld: str
) -> None:
    address = f"{local}@{'.'.join(labels)}.{tld}"
    assert is_valid_email(address)
    assert is_valid_email(f"  {address} ")  # a pasted address keeps its spaces around it
    check = Checker()
    check.email("email", address)
    check.raise_if_any()


@FAST
@given(
    local=LOCAL,
    domain=LABEL,
    tld=TLD,
    damage=st.sampled_from(["no-at", "two-ats", "space", "no-dot", "one-letter-tld"]),
)
def test_malformed_addresses_are_refused_with_the_address_in_the_message(
    local: str, domain: str, tld: str, damage: str
) -> None:
    address = {
        "no-at": f"{local}{domain}.{tld}",
        "two-ats": f"{local}@{domain}@{domain}.{tld}",
        "space": f"{local} x@{domain}.{tld}",
        "no-dot": f"{local}@{domain}{tld}",
        "one-letter-tld": f"{local}@{domain}.{tld[0]}",
    }[damage]
    assert not is_valid_email(address)
    check = Checker()
    check.email("email", address)
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    assert address in caught.value.errors["email"]


def test_checker_collects_every_problem_at_once() -> None:
    check = Checker()
    check.required("name", "   ", "Name")
    check.max_length("notes", "x" * 11, 10, "Notes")
    check.not_future("held_on", date(2999, 1, 1), "Date", today=date(2026, 1, 1))
    check.not_future("since", date(2026, 1, 1), "Since", today=date(2026, 1, 1))
    check.email("email", None)
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    errors = caught.value.errors
    assert set(errors) == {"name", "notes", "held_on"}
    assert errors["name"] == "Name is required."
    assert "11 characters" in errors["notes"] and "10" in errors["notes"]
    assert "future" in errors["held_on"]
    assert "Name is required." in str(caught.value)


def test_blank_text_is_stored_as_nothing() -> None:
    assert clean_text("   ") is None
    assert clean_text(None) is None
    assert clean_text("  Ottawa ") == "Ottawa"


def test_dates_are_iso_and_a_bad_one_says_what_is_expected() -> None:
    assert parse_iso_date(" 2020-03-05 ") == date(2020, 3, 5)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso_date("05/03/2020")


def test_the_eleven_voluntary_principles_are_built_in_in_both_languages() -> None:
    assert [p.number for p in principles.PRINCIPLES] == list(range(1, 12))
    assert [p.code for p in principles.PRINCIPLES] == [f"P{n}" for n in range(1, 12)]
    for p in principles.PRINCIPLES:
        for text in (p.theme_en, p.theme_fr, p.short_title_en, p.short_title_fr):
            assert text.strip()
        assert len(p.text_en) > 40 and len(p.text_fr) > 40
        assert p.text_en != p.text_fr
