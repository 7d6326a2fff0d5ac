"""Behaviour of the extraction rules on small invented texts (not corpus lines)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from monitor.extract import (
    EXTRACTOR_VERSION,
    case_key,
    extract,
    inherit_case_topics,
    with_case_memory,
    without_outlet,
)
from monitor.extract_lexicon import Lexicon, default_lexicon
from monitor.models import Entry


def run(title: str, summary: str = "", publisher: str = "news"):
    return extract(Entry(source="t", title=title, summary=summary, publisher=publisher))


def test_model_deletion_when_models_are_destroyed():
    a = run(
        "FTC orders Brightlane Apps to destroy models trained on children's data",
        "The FTC alleged Brightlane Apps LLC collected children's personal information without "
        "parental consent. The proposed order requires it to delete the data and destroy any "
        "models or algorithms developed with it.",
        "ftc-press",
    )
    assert a.is_enforcement
    assert a.topics == ["data_sourcing", "model_deletion"]
    assert a.regulator == "FTC"
    assert a.action_stage == "proposed_order"
    assert "Brightlane Apps" in a.targets


def test_deleting_raw_data_only_is_not_model_deletion():
    a = run(
        "State attorney general settles with Quillmap over location data sales",
        "The Oregon attorney general said Quillmap Inc. sold precise location data without "
        "consent. Quillmap will pay $250,000 and delete the location records it collected.",
        "state-ag",
    )
    assert a.is_enforcement
    assert a.topics == ["data_sourcing"]
    assert a.regulator == "Oregon AG"
    assert a.amount_usd == 250000


def test_face_templates_count_as_derived_forms():
    a = run(
        "Privacy regulator orders Norvale Gyms to erase members' face templates",
        "Spain's data protection authority found Norvale Gyms collected biometric data without a "
        "legal basis and ordered it to erase the face templates it holds.",
    )
    assert a.is_enforcement and "model_deletion" in a.topics
    assert a.regulator == "AEPD"


def test_6b_orders_are_not_enforcement():
    a = run(
        "FTC issues 6(b) orders to five chatbot makers in market study",
        "The agency sent Section 6(b) orders seeking information on how the companies collect "
        "and use personal data to train models.",
        "ftc-press",
    )
    assert not a.is_enforcement
    assert a.regulator == "FTC"


def test_copyright_suit_between_companies_is_not_enforcement():
    a = run(
        "Photo agency sues Pixelforge over training its image model on copyrighted pictures",
        "The lawsuit claims Pixelforge copied millions of images to train its model, infringing "
        "copyright and trademark.",
    )
    assert not a.is_enforcement
    assert a.regulator is None


def test_biometric_privacy_class_action_is_enforcement():
    a = run(
        "Retailer Hollis Mart settles BIPA class action over face scans for $3 million",
        "Shoppers said Hollis Mart scanned their face geometry without written consent under "
        "the Biometric Information Privacy Act.",
    )
    assert a.is_enforcement
    assert a.regulator is None
    assert a.action_stage == "settlement"
    assert a.amount_usd == 3_000_000


def test_other_currencies_are_never_converted():
    a = run(
        "CNIL fines Datavolt €4 million for harvesting contact details without consent",
        "France's CNIL found Datavolt SAS built a database of personal data without a legal basis.",
        "cnil",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    assert a.amount_usd is None
    assert a.amount_original == {"value": 4_000_000.0, "currency": "EUR"}


def test_deal_values_are_not_amounts():
    a = run(
        "FTC sues Orbitly over sale of browsing data",
        "The complaint alleges Orbitly sold browsing data without consent, months after its $2 "
        "billion acquisition deal with a rival.",
        "ftc-press",
    )
    assert a.is_enforcement and a.action_stage == "complaint"
    assert a.amount_usd is None


def test_business_news_is_not_enforcement():
    a = run("Tallowind raises $40 million Series B to expand its AI data platform")
    assert not a.is_enforcement
    assert a.action_stage == "none"


def test_off_topic_enforcement_has_no_topic():
    a = run(
        "FTC sues Gadgetry over subscription cancellation traps",
        "The FTC alleged Gadgetry made billing cancellation hard for consumers.",
        "ftc-press",
    )
    assert a.is_enforcement and a.topics == []


def test_court_ruling_stage_and_regulator_kept():
    a = run(
        "Appeals court upholds ICO fine against Facelink over scraped faces",
        "The court held the ICO was right to fine Facelink Ltd for collecting facial images "
        "without consent.",
    )
    assert a.is_enforcement
    assert a.action_stage == "court_order"
    assert a.regulator == "ICO"


def test_evidence_spans_point_at_the_text():
    title = "ICO fines Greyfield Analytics £2 million for selling personal data"
    a = run(
        title, "The Information Commissioner found Greyfield sold personal data without consent."
    )
    assert a.evidence
    for ev in a.evidence:
        text = (
            title
            if ev.where == "title"
            else a.evidence
            and ev.where
            and ("The Information Commissioner found Greyfield sold personal data without consent.")
        )
        assert text[ev.start : ev.end] == ev.text
    fields = {ev.field for ev in a.evidence}
    assert {"regulator", "action_stage", "topics", "targets"} <= fields


def test_deterministic_and_versioned():
    args = ("FTC fines Zentro $1 million over kids' data", "Zentro collected children's data.")
    a, b = run(*args), run(*args)
    assert a.as_dict() == b.as_dict()
    assert a.version == EXTRACTOR_VERSION
    lex = tomllib.loads(
        resources.files("monitor").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    )
    assert lex["version"] == EXTRACTOR_VERSION


def test_case_key_ignores_wording_and_legal_suffix():
    assert case_key("FTC", ["Avalon Data, Inc."]) == case_key("FTC", ["Avalon Data"])
    assert case_key("FTC", ["Avalon Data"]) != case_key("ICO", ["Avalon Data"])
    assert case_key(None, []) is None


def test_case_key_skips_a_target_that_is_only_a_legal_form():
    # "SA", "Inc.": no organisation; keyed on it, unrelated entries would share one case
    assert case_key("CNIL", ["SA", "Quorra Labs SA"]) == case_key("CNIL", ["Quorra Labs"])
    assert case_key(None, ["Inc."]) is None


@pytest.mark.parametrize(
    ("title", "regulator"),
    [
        ("Dutch SA imposes a fine of 30.5 million euro on Quorra Vision", "Dutch DPA"),
        ("Norwegian SA: temporary ban on Palvex's behavioural advertising", "Norwegian DPA"),
        ("Hamburg SA fines Quorra Vision 35.3 million euro", "HmbBfDI"),
        ("The Irish supervisory authority fines Quorra Vision EUR 1.2 million", "DPC"),
    ],
)
def test_the_edpb_names_a_national_authority_its_sa(title: str, regulator: str):
    # the EDPB's national news: "<adjective> SA" is that country's (or Land's) GDPR authority
    a = run(title, "The authority found the company processed personal data unlawfully.")
    assert a.regulator == regulator
    assert "SA" not in a.targets
    assert a.case_key and a.case_key.split(":")[1]


def test_lexicon_matching_rules():
    lex = Lexicon(
        {
            "version": "x",
            "regulator": {"ICO": ["ICO"]},
            "regulator_by_country": {
                "countries": [],
                "privacy_phrases": [],
                "competition_phrases": [],
                "country_phrases": [],
            },
            "regulator_generic": {"privacy_commissioner": [], "places": []},
            "states": {"names": [], "acting": []},
            "stage": {"fine": ["fine*"]},
            "not_enforcement": {},
            "private": {},
            "topic": {},
        }
    )
    cues = lex.scan("Mexico: the ICO fined a firm; ico is not it", "title")
    found = [(c.cat, c.value) for c in cues]
    assert found == [("reg", "ICO"), ("stage:fine", "fine")]
    assert cues[1].end - cues[1].start == len("fined")


def test_appeal_inherits_its_case_topics():
    fine = run(
        "ICO fines Pellucid Vision £2m and orders face templates deleted",
        "The ICO found Pellucid Vision Ltd scraped facial images without consent and ordered it "
        "to delete the face templates it built from them.",
        "ico",
    )
    appeal = run(
        "Tribunal overturns ICO fine on Pellucid Vision",
        "The tribunal allowed Pellucid Vision's appeal against the ICO's fine.",
    )
    assert fine.case_key == appeal.case_key
    assert "model_deletion" in fine.topics and "model_deletion" not in appeal.topics
    later = inherit_case_topics([appeal, fine], ["2024-05-01", "2023-01-10"])
    assert "model_deletion" in later[0].topics and later[1] is fine
    assert any(e.where == "case" for e in later[0].evidence)
    # an appeal published before the fine does not inherit from it
    assert inherit_case_topics([appeal, fine], ["2022-01-01", "2023-01-10"])[0] is appeal


def test_case_memory_skips_investigations_and_unrelated_law():
    probe = run("FTC opens investigation into Corvex Labs", "The FTC is investigating Corvex Labs.")
    assert with_case_memory(probe, ["model_deletion"]) is probe
    antitrust = run(
        "Court upholds FTC antitrust ruling against Corvex Labs",
        "The appeals court upheld the antitrust judgment over Corvex Labs' monopoly.",
    )
    assert with_case_memory(antitrust, ["data_sourcing"]).topics == antitrust.topics


def test_negated_fine_is_not_the_stage():
    a = run(
        "Hamburg data protection authority orders Veltrix to stop processing, issues no fine",
        "The authority found Veltrix GmbH processed personal data unlawfully and ordered it to "
        "stop.",
    )
    assert a.action_stage == "final_order"


def test_body_is_read_for_a_deletion_term_the_summary_leaves_out():
    summary = "The FTC said Orvane Inc. collected users' photos without consent to build its app."
    body = "Background paragraph. " * 20 + "The order requires Orvane to delete its models."
    a = extract(
        Entry(
            source="t",
            title="FTC finalizes order against Orvane",
            summary=summary + " The company must pay $2 million.",
            body=body,
            publisher="ftc-press",
        )
    )
    assert "model_deletion" in a.topics
    ev = [e for e in a.evidence if e.where == "body"]
    assert ev and all(body[e.start : e.end] == e.text for e in ev)


def test_attorney_general_named_without_state_takes_the_state_the_text_names():
    a = run(
        "Attorney General Jane Roe sues Parkline Motors over sale of drivers' data",
        "Oregon alleges Parkline Motors LLC collected driving data from connected cars and sold it "
        "to insurers without drivers' consent.",
        "state-ag",
    )
    assert a.is_enforcement and a.regulator == "Oregon AG"
    assert a.action_stage == "complaint"
    assert "Parkline Motors" in a.targets
    assert not any("Roe" in t for t in a.targets)  # a person in office, not a party


def test_6b_orders_named_only_in_the_summary_are_not_enforcement():
    a = run(
        "FTC launches inquiry into AI tutoring apps",
        "The Commission issued 6(b) orders to six companies, including Quillo and Tutorbyte, "
        "seeking information on how they use children's personal data.",
        "ftc-press",
    )
    assert not a.is_enforcement


def test_unit_in_a_possessive_shares_its_parents_role():
    a = run(
        "Norvane's Doorly to pay $3 million over staff viewing customers' camera videos",
        "The FTC said Doorly LLC let employees watch private recordings without consent.",
        "ftc-press",
    )
    assert {"Norvane", "Doorly"} <= set(a.targets)


def test_product_named_by_its_maker_is_not_the_target():
    a = run(
        "Skyrift maker Bluecap Games to pay $20 million over children's chat data",
        "The FTC alleged Bluecap Games, Inc. collected personal information from children without "
        "parental consent.",
        "ftc-press",
    )
    assert a.targets[0].startswith("Bluecap Games") and "Skyrift" not in a.targets


def test_deleting_photos_sent_to_a_face_search_tool_is_not_model_deletion():
    a = run(
        "Swedish regulator fines Northfield police for unlawful use of a face-matching app",
        "The regulator found officers used a facial recognition app to identify people without "
        "authorisation. It ordered the force to ensure the photos sent to the vendor are deleted.",
    )
    assert a.is_enforcement and "model_deletion" not in a.topics


def test_data_security_failures_are_off_topic():
    a = run(
        "Irish regulator fines Lumora €9 million for storing passwords in plaintext",
        "The Data Protection Commission found Lumora Ltd did not use appropriate security measures "
        "to protect users' passwords.",
    )
    assert a.is_enforcement and a.topics == []


def test_rule_changes_are_not_enforcement():
    a = run(
        "FTC finalizes changes to children's privacy rule",
        "The amended rule requires parental consent before children's data is shared for ads.",
        "ftc-press",
    )
    assert not a.is_enforcement


def test_court_words_are_never_targets():
    a = run(
        "Appeals court upholds FTC order against Acme Vision",
        "The Ninth Circuit Court of Appeals upheld the FTC order requiring Acme Vision to delete "
        "its face models.",
    )
    assert a.targets == ["Acme Vision"]
    assert a.case_key == "ftc:acme-vision"


def test_lexicon_scan_of_several_texts_matches_one_by_one():
    lex = default_lexicon()
    title = "FTC fines Acme’s unit; Texas AG sues"
    summary = "The Federal Trade Commission ordered deletion of models. ico, ICO and fined"
    joined = lex.scan_texts(((title, "title"), (summary, "summary")))
    assert joined == lex.scan(title, "title") + lex.scan(summary, "summary")
    texts = {"title": title, "summary": summary}
    found = {texts[c.where][c.start : c.end] for c in joined}
    assert {"FTC", "fines", "Federal Trade Commission", "ICO", "fined"} <= found
    assert not any(c.where == "summary" and summary[c.start : c.end] == "ico" for c in joined)


def test_deal_counterparty_in_the_title_is_a_target():
    a = run(
        "Quillmark licenses its news archive to Brightloom",
        "Brightloom may use Quillmark articles in its products under a multi-year deal.",
    )
    assert {"Quillmark", "Brightloom"} <= set(a.targets)
    b = run(
        "Tessaro takes 30% stake in Vantrel Labs",
        "Tessaro said the deal values the start-up at $2 billion.",
    )
    assert {"Tessaro", "Vantrel Labs"} <= set(b.targets)


def test_recipient_of_a_civil_demand_is_not_a_deal_counterparty():
    a = run(
        "FTC sues Norvane over sale of location data",
        "The complaint says Norvane Inc. licensed its data to Pellow Analytics and other brokers.",
        "ftc-press",
    )
    assert "Pellow Analytics" not in a.targets


def test_study_orders_go_to_every_listed_company():
    a = run(
        "FTC opens study of chatbot companions",
        "The FTC sent 6(b) orders to five companies, including Orbly, Quenta Labs and Zephyrix, "
        "seeking information on how they monitor effects on children.",
        "ftc-press",
    )
    assert {"Orbly", "Quenta Labs", "Zephyrix"} <= set(a.targets)


def test_unit_named_in_possessive_after_over_is_a_target():
    a = run("Regulator fines Palvex $5 million over Chatterly's privacy policy")
    assert {"Palvex", "Chatterly"} <= set(a.targets)


def test_co_defendants_joined_by_connectives_share_the_role():
    a = run(
        "FTC sues Corvane along with Tillmark over location data",
        "The complaint names Corvane and its subsidiaries Hadley Data and Pruett Labs, "
        "and the FTC also sued Ostrel (formerly Brinwell).",
    )
    assert {"Corvane", "Tillmark", "Hadley Data", "Pruett Labs", "Ostrel", "Brinwell"} <= set(
        a.targets
    )


def test_fines_both_names_each_and_a_bracketed_region_stays_in_a_legal_name():
    a = run("Watchdog fines both Quorra and Belvid", "Belvid (USA) Inc. must pay $1 million.")
    assert {"Quorra", "Belvid"} <= set(a.targets)
    b = run(
        "SEC charges two advisers",
        "Marnet (USA) Inc. and Tolvo Inc. agreed to pay penalties of $400,000.",
        "ftc-press",
    )
    assert "Marnet (USA) Inc." in b.targets and any(t.startswith("Tolvo") for t in b.targets)


def test_capitalised_compound_word_is_not_an_organisation():
    a = run("Meta-analysis finds yoga eases back pain", "Researchers pooled 40 trials.")
    assert a.targets == []


def test_derived_object_phrases_all_contain_a_prefilter_word():
    """The body-window prefilter skips a scan only when no derived_object phrase can be there."""
    from monitor.extract import _DERIVED_WORDS

    text = resources.files("monitor").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    phrases = tomllib.loads(text)["topic"]["derived_object"]
    for phrase in phrases:
        words = phrase.rstrip("*").lower().split()
        assert any(k in w for w in words for k in _DERIVED_WORDS), phrase


def test_trie_alternation_matches_where_the_plain_alternation_does():
    import re

    from monitor.extract_names import trie as _trie
    from monitor.extract_targets import _AFTER_WORDS

    words = (*_AFTER_WORDS, "a-b", "a.b")
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, words))})\b")
    trie = re.compile(rf"(?:{_trie(words)})\b")
    probes = [w + tail for w in words for tail in ("", " x", "s", "x", ".")]
    probes += ["mus", "to", "will", "has bee", "usefully", "a-", "a.c", ""]
    for probe in probes:
        assert bool(plain.match(probe)) == bool(trie.match(probe)), probe


def test_related_name_gate_needs_whole_words():
    from monitor.extract_names import has_word as _has_word
    from monitor.extract_targets import _may_relate

    assert _may_relate("Acme Corp, now known as Zeta")
    assert not _may_relate("the well known application")  # "now" and "app" inside words
    assert _has_word("unit", "its Kids unit.") and not _has_word("unit", "community")


def test_title_case_headline_names_only_its_names() -> None:
    # press releases capitalise every word: the names are what the summary also capitalises
    from monitor.extract_titlecase import untitle

    title = "Upromise Settles FTC Charges That Its Browser Toolbar Collected Consumers' Data"
    summary = (
        "Upromise agreed to settle charges that its browser toolbar collected consumers' data."
    )
    assert untitle(title, summary) == (
        "Upromise settles FTC charges that its browser toolbar collected consumers' data"
    )
    sentence = "ICO fines Acme Ltd over data sharing"
    assert untitle(sentence, "") == sentence  # not Title Case: unchanged
    action = extract(
        Entry(
            source="ftc-press",
            title=title,
            summary=summary,
            publisher="ftc-press",
        )
    )
    assert action.targets == ["Upromise"]


def test_brand_spellings_are_names() -> None:
    # brands written in lower case or opening with a digit are organisations all the same
    assert "zorvaTech" in run("zorvaTech to pay $1 million over claims its AI tool works").targets
    genetic = run("Genetic testing firm 2Helix.io settles FTC charges over DNA data")
    assert "2Helix.io" in genetic.targets
    # an asterisk inside a brand is part of it ("Global Tel*Link"), not two names
    star = run("FTC: prison phone provider Palvex*Net hid a breach of inmates' data")
    assert star.targets == ["Palvex*Net"]


def test_person_prosecuted_is_the_party_not_the_former_employer() -> None:
    a = run(
        "Ex-Glimmer engineer charged with stealing AI trade secrets",
        "A federal grand jury indicted Dara Quell, who worked on Glimmer's chips, on four counts.",
    )
    assert a.targets == ["Dara Quell"]
    b = run(
        "Jury convicts former Taskly manager of spying on users",
        "A jury found former Taskly media partnerships manager Olen Vart guilty of acting as an "
        "agent of a foreign state.",
    )
    assert "Olen Vart" in b.targets and "Taskly" not in b.targets


def test_authority_questioning_a_company_names_the_party() -> None:
    a = run(
        "Dutch privacy regulator presses Corvane for answers on how Chatterly handles data",
        "The Autoriteit Persoonsgegevens asked Corvane to explain how personal data is used.",
    )
    assert "Corvane" in a.targets


def test_data_shared_with_a_recipient_does_not_make_it_a_target() -> None:
    a = run("Bellow shared customers' receipt data with Palvex without consent, commissioner finds")
    assert "Bellow" in a.targets and "Palvex" not in a.targets


def test_title_case_descriptions_are_lowered_and_names_kept() -> None:
    from monitor.extract_titlecase import untitle

    summary = "The CNIL found that Quorvo kept card details and set no retention periods."
    title = "CNIL Fines Online Shoe Retailer Quorvo €250,000 for Excessive Data Retention"
    assert untitle(title, summary).startswith("CNIL fines online shoe retailer Quorvo")
    a = extract(Entry(source="t", title=title, summary=summary, publisher="cnil"))
    assert a.targets == ["Quorvo"]
    # a dictionary word before an institution's noun is a place's name: "Derby Police"
    police = "ICO Reprimands Derby Police and Kent Police for Recording Callers Without Consent"
    assert untitle(police, "Two forces recorded calls.").startswith(
        "ICO reprimands Derby Police and Kent Police"
    )
    # a sentence-case headline with many names is left as it is
    names = "Scale AI's Remotasks stops work in Kenya, Nigeria and Pakistan"
    assert untitle(names, "The Remotasks platform stopped.") == names


def test_an_authority_the_lexicon_does_not_name_is_no_private_suit() -> None:
    # the state acts through a ministry or consumer agency the lexicon has no name for
    a = run(
        "Ruritanian consumer agency fines Palvex over app terms that took users' contacts",
        "The National Office for Consumer Protection imposed the maximum fine, saying the terms "
        "required users to hand over their address books.",
    )
    assert a.is_enforcement and a.regulator is None and "Palvex" in a.targets
    # ... unless the matter is a dispute between companies
    b = run(
        "Judge finds Palvex in contempt in Corvane copyright case",
        "The judge referred the matter to prosecutors over the copyright injunction.",
    )
    assert not b.is_enforcement


def test_administrative_guidance_is_an_enforcement_step_not_policy_guidance() -> None:
    # a step against a named company (enforcement), but no binding order: the labelled sets put
    # it under investigation five times to two
    a = run(
        "Ruritania's communications ministry gives Palvex administrative guidance after data leak",
        "The Ministry of Communications told Palvex to strengthen its handling of personal data.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_currency_prefix_is_not_part_of_a_name() -> None:
    a = run("Singapore regulator fines Quorra Systems S$1 million over patient data")
    assert "Quorra Systems" in a.targets


def test_headline_subject_and_possessor_are_what_news_is_about() -> None:
    a = run("Palvex pauses Quorra's image generation after complaints")
    assert a.targets[:2] == ["Palvex", "Quorra"] and not a.is_enforcement
    b = run("Rights group test: Corvane's face matching flags lawmakers as suspects")
    assert "Corvane" in b.targets


def test_retention_schedule_is_not_model_deletion() -> None:
    a = run(
        "Judge keeps Palvex biometric privacy suit over face scans in federal court",
        "The plaintiffs claim Palvex collected faceprints without consent and lacked a public "
        "retention and destruction policy for the biometric data.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_early_ruling_in_a_privacy_suit_is_a_court_step() -> None:
    a = run(
        "Palvex must face claim its drive-thru voice assistant captured customers' voiceprints",
        "A federal judge let the BIPA consent claim go forward.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_authority_finding_no_breach_is_not_enforcement_but_a_court_ruling_is() -> None:
    a = run(
        "Privacy watchdog clears use of travellers' face records to train border AI",
        "After investigating, the commission concluded the ministry did not break the law.",
    )
    assert not a.is_enforcement
    b = run("Court rules Palvex did not violate Illinois biometric law with its face dataset")
    assert b.is_enforcement


def test_combining_users_data_is_data_sourcing_before_a_competition_authority() -> None:
    a = run(
        "Ruritania's competition authority orders Palvex to stop merging users' data",
        "The Ruritanian Competition Authority found that combining users' data across its "
        "services without a choice may be an abuse of dominance.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_delisting_suits_and_individuals_claims_are_privacy_suits() -> None:
    a = run(
        "Supreme Court rejects man's bid to have Palvex erase search results about his arrest",
        "The court dismissed the request, which had cited a right to be forgotten.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics
    b = run(
        "Appeals court ends patient's suit over a hospital sharing health records with Palvex",
        "The court affirmed the dismissal of the lawsuit over the transfer of health records.",
    )
    assert b.is_enforcement


def test_investor_patent_and_insurance_suits_are_company_disputes() -> None:
    for title in (
        "Supreme Court lets investor suit over Palvex data-misuse warnings proceed",
        "Jury orders Palvex to pay Corvane $2 billion for infringing chip patents",
        "Court: insurer must defend tanning salon in biometric privacy suit",
    ):
        assert not run(title).is_enforcement, title


def test_dictionary_lookup_finds_every_word_and_nothing_else() -> None:
    from monitor.extract_titlecase import _dictionary, _in_dictionary, english_word

    words = _dictionary().decode().split("\n")[1:-1]
    assert len(words) > 200_000 and words == sorted(words)
    for word in (words[0], words[1], words[len(words) // 2], words[-2], words[-1]):
        assert _in_dictionary(word), word
    assert not _in_dictionary("aaaaa") and not _in_dictionary("zzzzzz")
    assert not _in_dictionary(words[100] + "q")
    assert english_word("retailers") and english_word("websites") and not english_word("quorvo")


def test_unknown_authority_is_named_by_its_own_abbreviation() -> None:
    a = run("QXA fines Palvex over data sharing", "The regulator said Palvex sold users' data.")
    assert a.regulator == "QXA" and a.is_enforcement and a.targets == ["Palvex"]
    b = run(
        "Watchdog fines Palvex over data",
        "The Ruritanian Data Inspectorate (RDI) fined Palvex for selling users' personal data.",
    )
    assert b.regulator == "RDI"
    # a company fined, or a law's fines, name no authority
    assert run("H&M fined €35 million for recording employees' private lives").regulator != "H&M"
    assert run("GDPR fines reached €1.2bn in 2024, survey finds").regulator != "GDPR"


def test_raids_suits_filed_and_off_topic_dominance_access_and_security() -> None:
    a = run(
        "Ruritanian detectives raid Palvex warehouse and seize iris-scanning machines",
        "Police searched a warehouse used by Palvex, which collected iris scans for tokens.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics
    b = run("Nevada files suits against Palvex and Corvane over apps built to hook children")
    assert b.is_enforcement and b.action_stage == "complaint"
    for title, summary in (
        (
            "Italy's competition authority fines Palvex €98 million over app tracking prompts",
            "The AGCM said Palvex abused its dominant position by imposing tracking-consent "
            "prompts stricter than its own.",
        ),
        ("Sweden fines Palvex over how it answered data access requests", ""),
        (
            "Privacy commissioner: Palvex failed to protect customers' genetic data",
            "Canada's privacy commissioner found Palvex failed to protect the data after attackers "
            "got in.",
        ),
    ):
        c = run(title, summary)
        assert c.is_enforcement and c.topics == [], title


def test_court_declining_to_approve_a_settlement_is_a_step_and_sector_regulators_act() -> None:
    a = run(
        "Judge refuses to approve Palvex deal over scanning emails sent to its users",
        "The class action alleges Palvex read messages in breach of wiretap laws; the judge "
        "declined to grant preliminary approval to the proposed settlement.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics
    b = run("California labor regulator fines Palvex $5.9 million over warehouse quotas")
    assert b.is_enforcement and b.topics == []


def test_title_case_amounts_keep_their_magnitude() -> None:
    a = run(
        "Palvex Will Pay $12 Million to Settle FTC Charges That It Sold Consumers' Data",
        "Palvex will pay $11 million to the FTC and $1 million to the states.",
        "ftc-press",
    )
    assert a.amount_usd == 12_000_000


def test_state_deals_cities_and_instructions_to_police() -> None:
    a = run(
        "Palvex to encrypt riders' locations under New York AG deal",
        "The attorney general announced an agreement under which Palvex must encrypt rider "
        "geolocation data.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    b = run(
        "Chicago hauls Palvex and Corvane into court over hidden fees",
        "The City of Chicago filed two consumer protection lawsuits against them.",
    )
    assert b.is_enforcement
    c = run(
        "New Jersey attorney general tells police to stop using Quorra's face search",
        "The attorney general told police across the state to stop using the app.",
    )
    assert not c.is_enforcement


def test_regulator_releases_inspections_security_headlines_and_opinions() -> None:
    a = run(
        "Data Protection Commission Conducts Inspection at Palvex Over Planned Dating Feature",
        "The DPC conducted an inspection at Palvex's Dublin offices over the processing of "
        "users' personal data.",
        "dpc",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Palvex Fined £500,000 for Failing to Protect Customers' Personal Data",
        "The ICO fined Palvex after attackers reached the personal data of 9 million customers.",
        "ico",
    )
    assert b.is_enforcement and b.topics == []
    c = run(
        "Information Commissioner's Opinion on the Use of Live Facial Recognition by Police",
        "Following an investigation into police use, the Commissioner sets out the law.",
        "ico",
    )
    assert not c.is_enforcement
    d = run("ICO Statement on Palvex's Plans to Train AI With UK Users' Data", "Palvex paused.")
    assert "Palvex" in d.targets


def test_ftc_merger_challenge_is_enforcement() -> None:
    a = run(
        "FTC Challenges Palvex's Proposed Acquisition of Test Maker Corvane",
        "The FTC has issued an administrative complaint to block the deal.",
        "ftc-press",
    )
    assert a.is_enforcement and a.topics == []


def test_privacy_rulings_whoever_wins_and_letters_sent_to_a_company() -> None:
    for title, summary in (
        (
            "Judge approves Palvex Mail settlement limiting scans of emails for ads",
            "The judge granted final approval to the class action settlement over emails "
            "scanned for advertising.",
        ),
        (
            "Singer wins £210,000 privacy case against Palvex over broadcast of police search",
            "",
        ),
        (
            "Ninth Circuit: Palvex did not disclose 'contents' by passing user IDs",
            "The appeals court upheld the dismissal; the panel held the IDs were record data "
            "under the Wiretap Act.",
        ),
    ):
        assert run(title, summary).is_enforcement, title
    a = run(
        "Corvane wins summary judgment in video privacy suit over data its pages sent Palvex",
        "The judge found no evidence Corvane knew the data identified viewers.",
    )
    assert "Palvex" not in a.targets
    b = run(
        "FTC opens investigation into whether Chatterly harms consumers' privacy",
        "The FTC sent Palvex a civil investigative demand about Chatterly.",
    )
    assert "Palvex" in b.targets


def test_federal_register_rules_are_not_enforcement() -> None:
    for title, summary in (
        (
            "Protecting and Promoting the Open Internet",
            "The FCC reclassifies broadband service and adopts bright-line rules banning "
            "blocking and paid prioritization.",
        ),
        (
            "Interoperability and Patient Access",
            "The agency finalizes requirements that health plans give enrollees access to "
            "their claims data through an API.",
        ),
        (
            "AI Accountability Policy Request for Comment",
            "The agency requests comment on AI audits. Comments are due June 12, 2023.",
        ),
    ):
        assert not run(title, summary, "federal-register").is_enforcement, title


def test_authority_feed_items_task_forces_sector_inquiries_and_clarifications() -> None:
    assert not run("EDPB Resolves to Create Task Force on Chatterly", "", "news").is_enforcement
    assert not run(
        "Web Scraping: Garante Launches Fact-Finding Inquiry Into How Websites Guard Data"
    ).is_enforcement
    assert not run("EDPB Adopts Recommendations on Supplementary Measures").is_enforcement
    a = run(
        "Smart Glasses: Garante Asks Palvex for Clarifications",
        "The Garante asked Palvex, through the Irish DPC, how the glasses process people's "
        "personal data.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "CNIL Fines Palvex €600,000",
        "It mishandled access and erasure requests and hashed passwords with a weak algorithm.",
    )
    assert "model_deletion" not in b.topics


def test_plaintiff_company_and_court_letting_privacy_claims_proceed() -> None:
    a = run(
        "Palvex sues maker of Corvane 'nudify' apps over ads on its platforms",
        "Palvex filed suit in Hong Kong against Joy Timeline HK Limited, which makes the apps.",
    )
    assert "Palvex" not in a.targets and "Joy Timeline HK Limited" in a.targets
    b = run(
        "Voice actors can pursue New York privacy claims against AI voice firm Palvex",
        "A federal judge let the privacy claims go on.",
    )
    assert b.is_enforcement
    c = run(
        "Amsterdam appeals court orders Palvex to explain automated decisions about drivers",
        "The court held the drivers were entitled to an explanation.",
    )
    assert c.is_enforcement


def test_study_orders_and_letters_go_to_every_listed_company() -> None:
    a = run(
        "FTC to Study Mobile Device Industry's Security Update Practices",
        "The FTC has issued orders to eight manufacturers. The orders went to Palvex, Inc.; "
        "Corvane Corporation; and Quorra, LLC.",
        "ftc-press",
    )
    assert {"Palvex, Inc.", "Corvane Corporation"} <= set(a.targets) and not a.is_enforcement
    b = run(
        "FTC Chairman Warns Tech Firms Against Weakening Data Security",
        "The chairman sent letters to more than a dozen technology companies, including "
        "Palvex, Corvane and Quorra.",
        "ftc-press",
    )
    assert {"Palvex", "Corvane", "Quorra"} <= set(b.targets)
    c = run(
        "Attorney General opens investigation into Chatterly over privacy",
        "His office sent civil investigative demands to Palvex and Corvane for their analysis "
        "of the Chatterly app.",
    )
    assert "Palvex" not in c.targets


def test_case_captions_reviews_and_enquiries_name_the_party() -> None:
    a = run(
        "United States v. Palvex Inc. and Corvane Inc., Proposed Final Judgment",
        "The Justice Department filed a proposed final judgment.",
        "federal-register",
    )
    assert {"Palvex Inc", "Corvane Inc"} <= {t.rstrip(".") for t in a.targets}
    assert "Palvex" in run("ICO Making Enquiries With Palvex About New Recall Feature").targets
    assert "Palvex" in run("CMA ends review of Palvex's partnership, finding no change").targets


def test_company_suing_the_authority_testimony_and_new_laws_are_not_enforcement() -> None:
    a = run(
        "Palvex sues the FTC first, asking a court to block a looming location-data case",
        "The data broker filed suit in Idaho, saying the FTC's threatened complaint overreaches.",
    )
    assert not a.is_enforcement
    assert not run(
        "FBI director tells senators the bureau once bought Americans' location data"
    ).is_enforcement
    assert not run(
        "New US law bars data brokers from selling Americans' sensitive data abroad"
    ).is_enforcement
    b = run(
        "Appeals court revives state claims over kids' tracking",
        "The court held the privacy law does not pre-empt claims that Palvex, Corvane and "
        "channel owners tracked children.",
    )
    assert {"Palvex", "Corvane"} <= set(b.targets)


def test_health_security_failures_content_ratings_and_court_jailing() -> None:
    a = run(
        "Palvex left health records exposed, then told customers they were safe, FTC says",
        "The FTC alleged the company stored 130,000 membership records in an unsecured cloud "
        "database.",
        "ftc-press",
    )
    assert a.is_enforcement and a.topics == []
    b = run("Indiana slaps Palvex with suit claiming its '12+' rating hides mature content")
    assert b.topics == []
    c = run(
        "Finnish court jails hacker for six years over theft of patients' records",
        "The district court found Jari Vanhala guilty of aggravated extortion.",
    )
    assert c.is_enforcement
    d = run(
        "Hackers breach Palvex and view feeds from 150,000 security cameras",
        "The group watched live feeds from cameras inside hospitals, jails and schools.",
    )
    assert not d.is_enforcement


def test_inadequate_security_found_by_commissioners_is_no_sourcing() -> None:
    a = run(
        "Palvex's security was inadequate, Canadian and Australian privacy commissioners find",
        "The Privacy Commissioner of Canada found Palvex kept personal information with inadequate "
        "safeguards before attackers stole it.",
    )
    assert a.is_enforcement and a.topics == []


def test_government_phone_bans_merger_clearances_and_prosecution_agreements() -> None:
    a = run(
        "UK bans Palvex on government phones over security concerns",
        "Ministers said the app may not be installed on government-issued phones.",
    )
    assert not a.is_enforcement
    assert not run("CMA clears Palvex's takeover of Corvane after in-depth probe").is_enforcement
    b = run(
        "Palvex to pay £497 million under deferred prosecution agreement with SFO",
        "The Serious Fraud Office said Palvex paid bribes in seven countries.",
    )
    assert b.is_enforcement and b.regulator == "SFO"
    c = run(
        "Abortion charity Palvex fined £200,000 after hacker got hold of callers' details",
        "The ICO said Palvex kept callers' personal data insecurely on its website.",
    )
    assert c.is_enforcement and c.topics == []


def test_notices_it_ministry_country_fines_and_preliminary_inspections() -> None:
    a = run(
        "India's IT ministry serves notice on Palvex over data harvesting by a quiz app",
        "The ministry asked Palvex to explain whether users' personal data had been passed on.",
    )
    assert a.is_enforcement and a.regulator == "MeitY" and a.action_stage == "investigation"
    b = run("China hits Palvex with record 18.2 billion yuan antitrust fine")
    assert b.is_enforcement and b.topics == []
    c = run(
        "Korean privacy watchdog inspects six AI chatbot providers and recommends safeguards",
        "After a preliminary inspection the PIPC recommended providers including Palvex remove "
        "personal data from training sets. It did not announce sanctions.",
    )
    assert not c.is_enforcement
    d = run("Singapore regulator fines karaoke chain Palvex S$50,000 after members' data leaked")
    assert d.topics == []


def test_us_agencies_fines_slapped_industry_orders_and_phishing() -> None:
    a = run("Education Department slaps Palvex University with record $37.7 million fine")
    assert a.is_enforcement and a.regulator == "ED"
    b = run(
        "NHTSA orders carmakers and robotaxi operators to report crashes",
        "The standing general order requires every manufacturer to report crashes within days.",
    )
    assert not b.is_enforcement
    c = run(
        "HHS: Louisiana clinic Palvex pays $480,000 in first settlement over a phishing attack",
        "The clinic had not assessed risks to patients' health data before staff were phished.",
    )
    assert c.is_enforcement and c.topics == []


def test_rulings_that_only_settle_a_point_of_law_are_not_enforcement() -> None:
    a = run(
        "EU court: Palvex must delist inaccurate results without waiting for a court ruling",
        "Answering questions from Germany's Federal Court of Justice, the Court of Justice held "
        "that a search engine operator must remove links when the person requesting it provides "
        "relevant evidence that the information is manifestly inaccurate, and need not wait for "
        "a judicial decision against the publisher.",
        "court",
    )
    assert not a.is_enforcement
    b = run(
        "EU court annuls data retention directive as a serious interference with privacy",
        "The Court of Justice declared invalid the directive requiring telecoms providers to "
        "keep traffic data; the cases came from Ireland and Austria.",
    )
    assert not b.is_enforcement


def test_data_offices_and_where_data_flows_to() -> None:
    a = run(
        "Polish data office orders Palvex to stop showing scam ads that use a founder's image",
        "The UODO ordered Palvex to stop processing the image of the businessman in ads.",
    )
    assert a.is_enforcement and a.regulator == "UODO"
    b = run(
        "Danish DPA orders 53 municipalities to fix how pupils' data flows to Palvex",
        "The authority said the schools lacked a legal basis for the transfers.",
    )
    assert "Palvex" not in b.targets


def test_trials_and_arrests_are_the_state_acting() -> None:
    a = run(
        "Palvex's former chief Jan Novak goes on trial in Munich",
        "Prosecutors accuse him of inflating the payments firm's revenue.",
    )
    assert a.is_enforcement and a.topics == []
    b = run(
        "Spanish police arrest ex-footballer Jan Novak in match-fixing probe",
        "Officers detained eleven people in six provinces.",
    )
    assert b.is_enforcement


def test_law_review_articles_and_client_alerts_about_deletion_orders_are_not_enforcement() -> None:
    for title, summary in (
        (
            "Law review article: 'Algorithmic Destruction' as a remedy for privacy harms",
            "The article argues that ordering companies to delete models trained on unlawfully "
            "collected data should be a standard remedy, as the FTC ordered against Palvex.",
        ),
        (
            "Client alert: after the Palvex order, expect model deletion in face recognition cases",
            "The FTC's order required Palvex to delete images and any algorithms derived from "
            "them; companies should map where such data went.",
        ),
    ):
        a = run(title, summary)
        assert not a.is_enforcement, title


def test_local_authorities_are_named_by_their_place() -> None:
    a = run(
        "Daegu prosecutors charge Palvex with selling shoppers' loyalty-card data",
        "The retailer and two executives were indicted.",
    )
    assert a.is_enforcement and a.regulator == "Daegu prosecutors"
    assert "Daegu" not in a.targets and "Palvex" in a.targets
    b = run(
        "Corvane's Lyon unit indicted over customer records",
        "Prosecutors in Lyon charged Corvane SA with passing the records to brokers.",
    )
    assert b.regulator == "Lyon prosecutors"
    c = run(
        "Springfield sues Quorra over sale of drivers' location data",
        "City Attorney Jane Roe said the app tracked users around the clock.",
    )
    assert c.regulator == "Springfield City Attorney"
    # a court's order against the police makes them the party, not the regulator
    d = run(
        "Court orders Riverton police to stop using Palvex face recognition",
        "The judge ruled the police had no legal basis for the searches.",
    )
    assert d.regulator != "Riverton police"


def test_personal_data_sold_or_taken_with_words_between_is_data_sourcing() -> None:
    a = run(
        "Palvex indicted over trade in millions of patients' prescription records",
        "Prosecutors say the records were gathered from pharmacy computers without "
        "patients' consent.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Regulator fines Corvane for collecting voice clips",
        "The authority found the clips were kept without the speakers' consent.",
    )
    assert b.topics == ["data_sourcing"]


def test_eu_court_answers_to_questions_of_law_are_not_enforcement() -> None:
    for title, summary in (
        (
            "Corvane Post must tell a customer exactly who received his data, EU court rules",
            "The Court of Justice held that the GDPR right of access entitles a person to learn "
            "the actual identity of the recipients to whom a controller disclosed his personal "
            "data. The case was brought against Corvane Post.",
        ),
    ):
        assert not run(title, summary).is_enforcement, title
    # a fine or an appeal decided by the same court is a step against the party
    a = run(
        "EU's top court upholds Palvex's €400 million privacy fine",
        "The Court of Justice dismissed Palvex's appeal against the regulator's decision.",
    )
    assert a.is_enforcement


def test_a_court_in_the_headline_ordering_about_data_enforces_privacy() -> None:
    a = run(
        "Valdoria's Supreme Court orders Palvex to delete a user's brain-scan data",
        "The court upheld a petition by a former patient, finding the data was handled without "
        "adequate consent, and ordered the company to delete it.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    # a court acting on a law acts on no company
    c = run(
        "Judge blocks Valdoria's children's online design code on free-speech grounds",
        "The court granted a preliminary injunction, finding the law's rules on collecting "
        "children's personal data likely violate the First Amendment.",
    )
    assert not c.is_enforcement
    # a suit filed, with the court only named in the summary, is not yet a ruling
    b = run(
        "Daily Courier sues Corvane over use of its articles",
        "The newspaper asked the District Court to order the AI firm to stop using its stories.",
    )
    assert not b.is_enforcement


def test_data_localisation_is_not_data_sourcing() -> None:
    a = run(
        "Moscow court fines Palvex 4 million roubles over data localisation",
        "The court found Palvex guilty of not storing Russian users' personal data on servers "
        "in Russia.",
    )
    assert a.is_enforcement and a.topics == []
    # the verb: "failure to localise", with personal data named three times
    b = run(
        "Russia fines Zorba 9 million roubles for repeat failure to localise personal data",
        "A Moscow court fined Zorba again for failing to store Russian users' personal data on "
        "servers in Russia, the regulator said; the personal data had still not been moved.",
    )
    assert b.is_enforcement and b.topics == []


def test_threats_and_market_investigations_are_not_steps() -> None:
    a = run(
        "Rights group threatens Corvane with class action over AI training on users' posts",
        "The group sent a cease-and-desist letter saying the training lacks a legal basis.",
    )
    assert not a.is_enforcement
    b = run(
        "EU opens market investigations into whether Palvex Cloud should be a gatekeeper",
        "The Commission will assess the cloud services over twelve months.",
    )
    assert not b.is_enforcement


def test_who_is_acted_against_in_company_suits_and_charges() -> None:
    a = run(
        "Palvex sues rival Corvane and a former employee over trade secret theft",
        "The complaint says the employee took confidential files.",
    )
    assert "Corvane" in a.targets and "Palvex" not in a.targets
    b = run(
        "Former Quorra hardware engineer charged with stealing self-driving car secrets",
        "Prosecutors charged Jan Novak with copying thousands of files before leaving.",
    )
    assert "Quorra" not in b.targets


def test_a_places_authority_and_listed_parties() -> None:
    a = run(
        "Valdoria's Supreme Court orders neurotech firm Palvex to delete a user's brain data",
        "The court found the data was handled without adequate consent.",
    )
    assert "Valdoria" not in a.targets and "Palvex" in a.targets
    b = run(
        "Regulator fines Palvex €10 million and Corvane €5 million over slowed phones",
        "The authority found the software updates were not disclosed.",
    )
    assert {"Palvex", "Corvane"} <= set(b.targets)
    c = run(
        "Palvex Publishing, LLC; Corvane Level, LLC; and Jan Novak; Analysis of Proposed Consent "
        "Order To Aid Public Comment",
        "The FTC accepted a proposed consent order with the marketers of background-check apps.",
        "federal-register",
    )
    assert {"Palvex Publishing, LLC", "Corvane Level, LLC", "Jan Novak"} <= set(c.targets)


def test_commentary_is_about_its_headline_not_the_past_cases_it_cites() -> None:
    a = run(
        "Analysis: the FTC keeps making companies delete algorithms built with ill-gotten data",
        "A trade-press analysis looks at three FTC settlements, with Palvex, Corvane and "
        "Quorra's Zentik, that required destroying models derived from improperly collected "
        "data, and asks whether such deletion will become a routine remedy.",
    )
    assert not a.is_enforcement and a.targets == []


def test_a_place_describing_the_subject_is_no_party() -> None:
    a = run(
        "Bonn court cuts 1&1's data protection fine from €9.55 million to €900,000",
        "The court upheld the finding but said the breach was minor.",
    )
    assert "Bonn" not in a.targets
    b = run(
        "Wisconsin man charged with making thousands of AI-generated abuse images",
        "Prosecutors say he used a text-to-image model.",
    )
    assert "Wisconsin" not in b.targets
    c = run(
        "Beijing court grants copyright to an image made with Palvex Diffusion",
        "The court found the plaintiff's prompts and settings showed intellectual effort.",
    )
    assert "Palvex Diffusion" not in c.targets


def test_governance_and_security_failures_carry_no_topic() -> None:
    a = run(
        "Hamburg regulator fined Palvex's German unit €51,000 for failing to notify its data "
        "protection officer",
        "The Hamburg Commissioner for Data Protection disclosed the fine in its annual report; "
        "Palvex paid.",
    )
    assert a.is_enforcement and a.topics == []
    b = run(
        "Regulator fines its tax agency BGN 5 million after hack exposed millions of taxpayers",
        "The personal data of five million people was posted online after the attack.",
    )
    assert b.topics == []


def test_annual_reports_and_retention() -> None:
    a = run(
        "Data Protection Commission annual report: €652 million in fines from 11 inquiry decisions",
        "The largest were against Palvex and Corvane for processing personal data unlawfully.",
    )
    assert not a.is_enforcement and a.targets == []
    b = run(
        "CNIL fines property manager Quorra €400,000 over exposed tenant files and data kept too "
        "long",
        "Tenants' documents were reachable online.",
    )
    assert "data_sourcing" in b.topics


def test_a_company_confirming_something_is_not_acted_against() -> None:
    a = run(
        "Palvex Bank must pay SEK 15 million after tracking pixel sent account details to Corvane",
        "The privacy authority found the bank failed to secure the data; Palvex says Corvane "
        "has confirmed the data was deleted.",
    )
    assert "Corvane" not in a.targets


def test_a_company_restricting_its_own_product_acts_of_itself() -> None:
    for title in (
        "Palvex extends its ban on police use of its face recognition indefinitely",
        "Corvane bars US police from using its cloud AI for facial recognition",
    ):
        a = run(title, "The company said the moratorium on facial recognition would continue.")
        assert not a.is_enforcement, title
    # an authority's ban on a company is a step
    b = run(
        "Regulator bans Palvex from using facial recognition on shoppers",
        "The data protection authority ordered the retailer to delete the biometric data.",
    )
    assert b.is_enforcement


def test_digital_services_act_proceedings_are_not_about_sourcing() -> None:
    a = run(
        "EU opens formal DSA proceedings against Palvex over protection of minors",
        "The Commission opened formal proceedings to assess whether Palvex breached the Digital "
        "Services Act on the protection of minors, including age verification and default "
        "privacy settings.",
    )
    assert a.is_enforcement and a.topics == []


def test_groups_and_their_listed_members_are_targets() -> None:
    a = run(
        "Eleven charities fined for secretly profiling donors",
        "The ICO has fined eleven charities, among them Palvex Aid, the Corvane Trust, Quorra "
        "and Zentik Care, for wealth screening donors without telling them.",
    )
    assert {"Palvex Aid", "Corvane Trust", "Quorra", "Zentik Care"} <= set(a.targets)
    b = run(
        "Brussels fines Palvex and five game publishers €7.8 million over geo-blocking",
        "The European Commission fined Palvex and publishers Corvane Games, Quorra and Zentik "
        "a total of €7.8 million.",
    )
    assert {"Palvex", "Corvane Games", "Quorra", "Zentik"} <= set(b.targets)


def test_a_participle_opening_a_clause_is_no_name() -> None:
    a = run(
        "Appeals court: session-replay claim against insurance site can proceed",
        "Reversing the district court, the panel held that Palvex Insure's consent banner came "
        "too late under the state wiretap law.",
    )
    assert "Reversing" not in a.targets


def test_capitals_and_plural_abbreviations_are_no_parties() -> None:
    a = run(
        "Brussels says Palvex's ad library falls short of Digital Services Act rules",
        "The Commission's preliminary findings say the library lacks required information.",
    )
    assert "Brussels" not in a.targets and "Palvex" in a.targets
    b = run(
        "MPs brand Palvex 'digital gangsters' in final report",
        "The committee said the company broke data privacy laws.",
    )
    assert "MPs" not in b.targets


def test_what_a_suit_says_a_unit_did_makes_it_a_party() -> None:
    a = run(
        "Valdoria sues Palvex, saying Corvane was designed to hook teenagers",
        "The state attorney general's complaint says the app collected children's data.",
    )
    assert "Corvane" in a.targets


def test_op_eds_cite_past_cases_without_being_about_them() -> None:
    a = run(
        "Op-ed: procurement teams should ask AI vendors whether they were ever ordered to delete "
        "a model",
        "The author recalls the FTC orders against Palvex and Corvane's Zentik unit, which had "
        "to destroy algorithms trained on improperly collected data.",
    )
    assert not a.is_enforcement and a.targets == []


def test_a_class_action_over_a_breach_enforces_data_protection_without_a_topic() -> None:
    a = run(
        "Palvex Mobile will pay $350 million to end class action over 2021 hack",
        "The settlement resolves consumers' claims that the carrier failed to protect their "
        "personal information before attackers stole records of 76 million people.",
    )
    assert a.is_enforcement and a.topics == []
    assert a.amount_usd == 350_000_000


def test_a_capitalised_descriptor_is_no_name() -> None:
    a = run(
        "Operator of Celebrity Fan Websites to Pay $1 Million to Settle FTC Charges",
        "Palvex Arena, which ran fan sites for pop singers, registered children under 13 "
        "without notifying parents, the FTC charged.",
        "ftc-press",
    )
    assert "Operator" not in a.targets


def test_hhs_privacy_actions_are_named_for_its_office_for_civil_rights() -> None:
    a = run(
        "Palvex Medical Center pays $4.75 million to HHS after an employee sold patients' data",
        "The HIPAA settlement with the Department of Health and Human Services follows an "
        "investigation into the hospital's failure to review access to records.",
    )
    assert a.is_enforcement and a.regulator == "HHS OCR"


def test_companies_expected_to_buy_are_not_what_the_news_is_about() -> None:
    a = run(
        "Palvex unveils new AI chips; cloud giants line up as early buyers",
        "Palvex said Corvane, Quorra and Zentik were among the companies expected to adopt "
        "the chips.",
    )
    assert not ({"Corvane", "Quorra", "Zentik"} & set(a.targets))


def test_a_breach_in_the_headline_is_a_security_matter() -> None:
    a = run(
        "Palvex breach exposes 33.7 million accounts; privacy regulator and police investigate",
        "Names, email addresses and phone numbers of customers were leaked. The Personal "
        "Information Protection Commission opened an investigation into the handling of data.",
    )
    assert a.topics == []


def test_a_suit_over_spying_on_people_enforces_privacy() -> None:
    a = run(
        "Palvex employee sues, claiming the company spies on staff's personal phones",
        "The lawsuit says the company requires workers to install software that gives it access "
        "to their personal data.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_agencies_ordinary_releases_are_not_actions() -> None:
    for title, summary in (
        (
            "FTC Workshop Examines Design Features That Keep Children Hooked Online",
            "Researchers and advocates discussed autoplay and endless scroll at the event.",
        ),
        (
            "FTC Announces Hearings On Competition and Consumer Protection in the 21st Century",
            "Chairman Jan Novak said the hearings will examine whether the agency's enforcement "
            "should adapt to new technologies.",
        ),
        (
            "Chair Novak Tells Privacy Professionals the FTC Will Seek Remedies That Strip Firms "
            "of Ill-Gotten Data",
            "In remarks at a privacy summit, the chair said companies that collect data unlawfully "
            "should expect to lose it.",
        ),
        (
            "Deputy Attorney General Announces Civil Cyber-Fraud Initiative",
            "The Justice Department will use the False Claims Act against contractors that hide "
            "cyber breaches.",
        ),
    ):
        a = run(title, summary, "ftc-press")
        assert not a.is_enforcement, title


def test_what_a_hacker_broke_into_is_the_victim() -> None:
    a = run(
        "Russian Hacker Convicted of Breaking Into Palvex, Corvane and Quorra",
        "A federal jury convicted Jan Novak of hacking into the three companies' servers and "
        "stealing users' credentials.",
        "doj-press",
    )
    assert not ({"Palvex", "Corvane", "Quorra"} & set(a.targets))


def test_marketing_to_people_who_opted_out_is_sourcing_and_a_lost_stick_is_security() -> None:
    a = run(
        "Palvex hit with £80,000 penalty over 7 million emails to opted-out customers",
        "The ICO said the emails were sent to people who had opted out of marketing.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Corvane Airport handed £120,000 penalty over lost memory stick",
        "The ICO said an employee lost an unencrypted USB stick holding personal data of staff.",
    )
    assert b.is_enforcement and b.topics == []


def test_official_journal_titles_adequacy_and_inquiries_are_not_actions() -> None:
    for title, summary in (
        (
            "Commission Implementing Decision (EU) 2016/1250 on the adequacy of the EU-U.S. "
            "Privacy Shield",
            "The Commission decided that the framework ensures an adequate level of protection "
            "for personal data transferred to certified companies.",
        ),
        (
            "Artificial Intelligence and Copyright; Notice of Inquiry and Request for Comments",
            "The Copyright Office seeks comment on the use of copyrighted works to train AI "
            "models.",
        ),
    ):
        assert not run(title, summary, "federal-register").is_enforcement, title
    a = run(
        "Case C-131/12: Judgment of the Court — Palvex Spain SL, Palvex Inc. v AEPD",
        "The Court of Justice held that a search engine operator is responsible for processing.",
    )
    assert not any(t.startswith("Case") for t in a.targets)


def test_delisting_orders_and_anti_spam_penalties() -> None:
    a = run(
        "Valdoria's top court orders Palvex, Corvane and Quorra to filter old stories from "
        "searches of a prosecutor's name",
        "The court upheld the prosecutor's right to be forgotten against the search engines.",
    )
    assert "data_sourcing" in a.topics
    b = run(
        "Regulator hits training firm Palvex with C$1.1 million penalty under anti-spam law",
        "The CRTC found the firm sent commercial emails without consent.",
    )
    assert b.is_enforcement and b.topics == ["data_sourcing"]


def test_civil_money_penalty_is_a_fine() -> None:
    # the US agencies' own word for a penalty they impose (HHS OCR, CFPB): a fine, even where
    # the matter is a security failure with no topic (E4)
    a = run(
        "Health agency slaps Palvex with penalty after credential-stuffing attacks",
        "The HHS Office for Civil Rights imposed a $2.1 million civil money penalty on "
        "retailer Palvex over HIPAA Security Rule failures.",
    )
    assert a.is_enforcement and a.action_stage == "fine" and a.amount_usd == 2_100_000


def test_consumer_reports_without_a_permissible_purpose_are_data_sourcing() -> None:
    a = run(
        "CFPB orders Corvane Data over consumer reports",
        "The bureau found that Corvane Data obtained consumers' reports from other bureaus "
        "without a permissible purpose.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_both_parties_to_a_blocked_acquisition_are_targets() -> None:
    a = run(
        "FTC sues to block Palvex's acquisition of Corvane Systems",
        "The agency filed a complaint seeking to block Palvex's planned $3 billion purchase of "
        "software maker Corvane Systems.",
    )
    assert a.targets[:2] == ["Palvex", "Corvane Systems"]
    # an acquisition the text only reports, with no possessive: the buyer is not joined
    b = run("Regulator fines Quorra after acquisition of Zentik data")
    assert b.targets == ["Quorra"]


def test_legal_names_listed_between_semicolons_keep_their_capitals() -> None:
    # a Federal Register title: each part between semicolons is a legal name, capitalised as a
    # name whatever its words, unlike "Analysis of Proposed Consent Order"
    a = run(
        "Palvex Publishing, LLC; Choice Level, LLC; and Zentik Quorra; Analysis of Proposed "
        "Consent Order To Aid Public Comment",
        "The FTC accepted a proposed consent order with the marketers of background-search apps.",
    )
    assert a.targets == ["Palvex Publishing, LLC", "Choice Level, LLC", "Zentik Quorra"]


def test_a_party_that_allegedly_did_it_is_acted_against() -> None:
    a = run(
        "Photo app Zentik's maker to pay $2 million over children's data",
        "Palvex Inc. and Corvane Oy allegedly collected personal information from children who "
        "used the Zentik app without their parents' consent.",
    )
    assert {"Palvex Inc", "Corvane Oy"} <= set(a.targets)


def test_the_company_which_runs_a_product_is_acted_against() -> None:
    a = run(
        "Cash-advance app Zentik to pay $18 million over hidden fees",
        "The FTC said Palvex, Inc., which operates the Zentik app, drew consumers into monthly "
        "memberships with promises few received.",
    )
    assert "Palvex, Inc." in a.targets


def test_a_competition_authority_on_personal_data_said_three_times_is_about_sourcing() -> None:
    a = run(
        "Bundeskartellamt makes Palvex's data commitments binding",
        "Closing its proceeding on Palvex's data processing terms, the German competition "
        "authority said users will be able to give informed consent before the company "
        "combines their personal data across its services.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics
    # once in passing is still a market case
    b = run(
        "Bundeskartellamt makes Palvex's app store commitments binding",
        "The German competition authority said the commitments cover fees and personal data.",
    )
    assert b.is_enforcement and b.topics == []


def test_public_bodies_acted_against_are_targets_but_the_authority_is_not() -> None:
    a = run(
        "ICO reprimands Valdoria Ministry of Health over leaked patient records",
        "The Information Commissioner's Office said the ministry emailed records to the wrong "
        "recipients.",
    )
    assert a.is_enforcement and a.targets == ["Valdoria Ministry of Health"]
    b = run(
        "Data protection ombudsman reprimands the Valdoria National Police Board",
        "Officers ran searches on a face search service without the controller's knowledge.",
    )
    assert "Valdoria National Police Board" in b.targets
    c = run("The Information Commissioner's Office fines Palvex £2 million")
    assert c.targets == ["Palvex"]


def test_spelled_out_counts_and_a_courts_chamber_are_no_names() -> None:
    a = run("Nineteen states win order keeping Palvex out of payment data")
    assert "Nineteen" not in a.targets
    b = run("Grand Chamber rules Valdoria's interception regime breached privacy")
    assert "Grand Chamber" not in b.targets


def test_names_and_office_as_nouns_are_no_business_news() -> None:
    a = run(
        "Valdoria Police hit with £80,000 penalty after bulk email exposed abuse victims' names",
        "The ICO fined Valdoria Police after an officer copied dozens of people into one email.",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    b = run(
        "Privacy watchdog finds election office broke the law over stolen laptops",
        "The Privacy Commissioner for Personal Data concluded that the Valdoria Electoral Office "
        "contravened the data security principle.",
    )
    assert b.is_enforcement
    c = run("Palvex names new chief executive after founder steps down")
    assert not c.is_enforcement


def test_an_authority_asking_a_named_company_to_account_for_a_matter_is_an_inquiry() -> None:
    a = run(
        "Valdoria's information ministry asks Palvex to account for leaked user data",
        "The ministry said it had asked Palvex to explain how data on 400,000 users was passed on.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Valdoria's consumer protection authority serves notices on Palvex and Corvane over fares",
        "The authority asked the two ride-hailing companies to explain the price differences.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"
    c = run("Consumer agency gives Palvex 15 days to answer questions on data sales")
    assert c.is_enforcement and c.action_stage == "investigation"


def test_capitals_before_a_dollar_sign_are_a_currency_not_a_name() -> None:
    from monitor.extract_names import find_names

    names = [n[2] for n in find_names("Regulator fines Palvex NT$23.4 billion and Corvane HK$5m")]
    assert names == ["Palvex", "Corvane"]


def test_a_place_before_a_consumer_agency_is_the_authoritys_place_not_a_target() -> None:
    a = run("São Paulo consumer agency fines Palvex R$10.5 million over chargers")
    assert a.targets == ["Palvex"]


def test_a_court_ordering_a_service_blocked_is_the_state_acting() -> None:
    a = run(
        "Valdorian judge orders Palvex blocked nationwide for 72 hours",
        "A judge ordered mobile operators to suspend the messaging app after its owner failed "
        "to hand over information sought in a criminal investigation.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"
    # a court's order in a dispute between companies stays a private matter
    b = run("Judge orders Palvex's rival app suspended in patent dispute with Corvane")
    assert not b.is_enforcement


def test_faces_as_a_verb_is_no_data_topic() -> None:
    a = run("Palvex faces class action over delivery fees")
    assert a.topics == []
    b = run("Palvex faces EU fine over app store rules")
    assert b.topics == []
    assert run("Palvex faces second suit claiming it misclassified delivery workers").topics == []
    # people's faces still are
    c = run("Regulator fines Palvex for scanning faces of shoppers without consent")
    assert "data_sourcing" in c.topics


def test_officers_named_with_their_company_share_its_role():
    a = run(
        "SEC settles charges with Palvex Capital and its CEO",
        "The SEC said Palvex Capital LLC, chief executive Dara Quint and board member Ilse Moor "
        "misled investors about trading with artificial intelligence.",
    )
    assert {"Dara Quint", "Ilse Moor"} <= set(a.targets)
    a = run(
        "Regulator fines Zentik over illegal data collection",
        "Co-founder Oren Vale and president Mina Sato were each fined 1 million yuan.",
    )
    assert {"Oren Vale", "Mina Sato"} <= set(a.targets)


def test_a_founder_named_by_company_is_the_party_not_a_list_with_it():
    a = run("Jury convicts Corvane founder Ravi Tol of fraud")
    assert "Ravi Tol" in a.targets and "Corvane" not in a.targets


def test_people_named_in_a_passive_legal_step_are_targets():
    a = run(
        "Former Quorra engineer gets nine years for theft scheme",
        "Ravi Tol was sentenced in federal court to nine years for stealing from Quorra's store.",
    )
    assert "Ravi Tol" in a.targets
    a = run(
        "Justice Department sues Valdoria and two executives over cancellation fees",
        "The complaint says Valdoria hid fees. Executives Dara Quint and Ilse Moor are also "
        "named as defendants.",
    )
    assert {"Valdoria", "Dara Quint", "Ilse Moor"} <= set(a.targets)


def test_each_party_named_with_its_own_penalty_is_a_target():
    a = run(
        "Data commissioner hits lender, lounge and school with penalties",
        "The commissioner fined Palvex Ltd KSh 2.9 million for using contacts; Corvane Lounge "
        "KSh 1.85 million for posting a patron's photo; and Quorra School KSh 4.5 million.",
    )
    assert {"Palvex Ltd", "Corvane Lounge", "Quorra School"} <= set(a.targets)
    a = run(
        "Watchdog fines hospital over records",
        "The Dutch DPA has fined Zentik Hospital in The Hague €460,000 after staff looked at "
        "records.",
    )
    assert "Hague" not in " ".join(a.targets) and "Zentik Hospital" in a.targets


def test_a_clause_between_a_name_and_its_verb_stays_in_the_sentence():
    a = run(
        "FTC settles with Valdoria over background reports",
        "Palvex, Inc., which marketed its reports for uses such as screening tenants and "
        "employees, will pay a $525,000 civil penalty.",
    )
    assert {"Valdoria", "Palvex, Inc."} <= set(a.targets)
    a = run(
        "Prosecutors sue Zentik over its privacy policy",
        "The suit says Zentik shared data with Corvane and other group companies. They ask the "
        "court to stop it, let users refuse, and award damages.",
    )
    assert "Corvane" not in a.targets


def test_a_trade_name_after_a_comma_is_the_same_party():
    a = run(
        "FTC charges data broker with facilitating theft",
        "According to the complaint, data broker Palvex Corp., doing business as Quorra, bought "
        "loan applications and sold them.",
    )
    assert {"Palvex Corp", "Quorra"} <= set(a.targets)


def test_members_of_a_group_an_authority_orders_blocked_are_targets():
    a = run(
        "Ministry blocks Valdoria and dozens of other apps over data concerns",
        "The ministry ordered the blocking of 59 mostly foreign apps, including Palvex, Quorra "
        "and Zentik Browser, under the information technology law.",
    )
    assert {"Valdoria", "Palvex", "Quorra", "Zentik Browser"} <= set(a.targets)


def test_a_party_joined_to_a_pronoun_after_the_verb_is_acted_against():
    a = run(
        "FTC takes action against Valdoria for data breach cover-up",
        "The proposed order requires Palvex, LLC, the former owner, to pay $500,000, and requires "
        "both it and Quorra, LLC, which bought the platform in 2018, to bolster their security.",
    )
    assert "Quorra, LLC" in a.targets


def test_an_acronym_target_is_given_the_name_the_item_spells_it_out_as():
    a = run(
        "Court trims voiceprint claims against PCS and Quorra",
        "The judge granted in part the motions of Palvex Cloud Services and Quorra Security to "
        "dismiss claims that they captured callers' voiceprints without consent.",
    )
    assert "Palvex Cloud Services" in a.targets and "PCS" not in a.targets
    a = run("Regulator fines PCS over tracking", "The fine is the largest this year.")
    assert a.targets == ["PCS"]  # spelled out nowhere: kept as written


def test_a_company_that_resolved_allegations_is_the_party():
    a = run(
        "Medical contractor pays $930,000 in first settlement under cyber-fraud initiative",
        "Palvex Health Services LLC resolved False Claims Act allegations that it stored "
        "patients' records on an insecure drive.",
    )
    assert "Palvex Health Services LLC" in a.targets


def test_what_an_unnamed_party_is_reprimanded_over_is_not_the_party():
    a = run(
        "Data protection ombudsman reprimands police over Palvex trial",
        "The Deputy Data Protection Ombudsman issued a reprimand to the National Police Board "
        "after officers ran searches on Palvex's face search service.",
    )
    assert "Palvex" not in a.targets
    assert not any("Ombudsman" in t for t in a.targets)
    a = run("Watchdog sues Palvex over Quorra data", "The suit was filed on Monday.")
    assert a.targets[:1] == ["Palvex"]


def test_a_phone_named_pixel_is_no_tracking_pixel():
    a = run(
        "Palvex will pay Texas $8 million over Pixel 4 radio ads voiced by DJs",
        "Attorney General Jane Roe said Palvex hired radio hosts to praise the Pixel 4 without "
        "giving them the device. The settlement ends the state's deceptive trade practices suit.",
    )
    assert a.is_enforcement and a.topics == []
    a = run(
        "Hospital settles suit over tracking pixel",
        "The hospital installed pixel code that sent patients' data to Palvex without consent.",
    )
    assert "data_sourcing" in a.topics


def test_a_money_deal_over_a_class_action_is_a_settlement_not_business_news():
    a = run(
        "Palvex Health agrees to $12.2 million deal over tracking pixels on patient sites",
        "The hospital system will pay $12,225,000 to settle a class action alleging it disclosed "
        "patients' health information to advertisers through tracking pixels.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    a = run("Palvex agrees $2 billion deal to buy Quorra", "The deal is expected to close in May.")
    assert not a.is_enforcement


def test_a_product_named_before_its_maker_is_not_the_party():
    a = run(
        "FTC finalizes order requiring Palvex app maker to destroy face recognition models",
        "The Commission finalized its consent order with Quorra, Inc. over the Palvex photo app.",
    )
    assert "Quorra, Inc." in a.targets and "Palvex" not in a.targets


def test_penalties_imposed_on_a_list_make_each_a_party():
    a = run(
        "Wireless carriers fined $196 million for selling customers' location data",
        "The Federal Communications Commission imposed penalties on Palvex, Quorra, Zentik and "
        "Corvane, finding that they sold access to customers' location data without consent.",
    )
    assert {"Palvex", "Quorra", "Zentik", "Corvane"} <= set(a.targets)


def test_a_complaint_names_its_defendants():
    a = run(
        "State sues Valdoria under its new data privacy law",
        "The petition also names Palvex, which supplied the tracking software.",
    )
    assert {"Valdoria", "Palvex"} <= set(a.targets)


def test_hospitals_that_pay_a_sum_to_settle_with_an_authority_are_an_enforcement_action():
    a = run(
        "Three hospitals pay $999,000 after TV crews filmed patients without authorization",
        "HHS's Office for Civil Rights announced separate HIPAA settlements with Palvex Medical "
        "Center and Quorra Hospital, which let film crews record without first obtaining "
        "patients' authorization.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    assert "data_sourcing" in a.topics
    assert {"Palvex Medical Center", "Quorra Hospital"} <= set(a.targets)


def test_companies_an_inquiry_covers_are_its_targets():
    a = run(
        "State opens child-privacy investigations into Palvex and 14 other platforms",
        "The attorney general said the inquiries cover Palvex, Quorra, Zentik and Corvane among "
        "others, and will examine whether they sell minors' data without consent.",
    )
    assert {"Palvex", "Quorra", "Zentik", "Corvane"} <= set(a.targets)


def test_a_rights_group_behind_a_complaint_is_not_the_party():
    a = run(
        "Data protection authority fines Palvex €20 million",
        "Acting on a complaint backed by the rights group Quorra Digitalis, the authority banned "
        "Palvex from collecting data on people in the country.",
    )
    assert "Palvex" in a.targets and "Quorra Digitalis" not in a.targets


def test_turkish_authority_by_its_english_name_is_the_regulator_not_a_target():
    a = run(
        "Turkey fines Palvex 1.95 million lira over privacy policy update",
        "The Personal Data Protection Board fined Palvex LLC over sharing users' data.",
    )
    assert a.regulator == "KVKK"
    assert not any("Board" in t for t in a.targets)


def test_a_name_owning_a_settlement_is_its_party_even_after_to():
    a = run(
        "Photo-tagging privacy case ends with $650 million payout approved by judge",
        "U.S. District Judge Jane Roe granted final approval to Palvex's settlement of the class "
        "action alleging that its face-tagging feature stored templates without consent.",
    )
    assert a.targets == ["Palvex"]


def test_provinces_acting_together_are_places_not_parties():
    a = run(
        "B.C., Alberta and Quebec order Palvex AI to delete images and facial arrays of their "
        "residents",
        "British Columbia's Information and Privacy Commissioner and its counterparts in Alberta "
        "and Quebec issued binding orders against Palvex AI after the company refused to follow "
        "their recommendations.",
    )
    assert a.targets == ["Palvex AI"]


def test_a_company_known_by_its_web_address_is_a_name():
    a = run(
        "Lower Saxony fines online retailer palvexshop.de €10.4 million over video surveillance",
        "The state's data protection commissioner said the retailer filmed employees without a "
        "legal basis.",
    )
    assert a.targets == ["palvexshop.de"]


def test_a_company_its_former_chief_and_a_developer_listed_together_are_all_parties():
    a = run(
        "FTC sues Palvex, settles with former CEO and app developer over harvested data",
        "The FTC filed a complaint alleging that Palvex, its former chief executive Dara Quint "
        "and app developer Ilse Moor used a quiz to harvest users' data.",
    )
    assert {"Palvex", "Dara Quint", "Ilse Moor"} <= set(a.targets)


def test_people_sentenced_in_one_sentence_are_each_parties():
    a = run(
        "Former Quorra executives sentenced for selling consumer data to fraudsters",
        "A federal judge sentenced Dara Quint to 120 months and Ilse Moor to 48 months in prison "
        "after a jury convicted them of fraud.",
    )
    assert {"Dara Quint", "Ilse Moor"} <= set(a.targets)


def test_a_deals_counterparty_named_after_supply_or_picks_is_what_the_news_is_about():
    a = run("Palvex signs six-year deal to supply Quorra with training images")
    assert {"Palvex", "Quorra"} <= set(a.targets)
    a = run("Ruritania picks Palvex and Quorra for $1.2 billion government cloud project")
    assert {"Palvex", "Quorra"} <= set(a.targets)


def test_a_deals_counterparty_named_before_the_deal_or_as_partner_is_a_party():
    for title in (
        "Palvex extends Quorra partnership with new investment",
        "Palvex confirms Quorra tie-up to bring maps to its cars",
        "Palvex signs Quorra as title sponsor",
        "Palvex's new unit takes over, with Quorra as trusted security partner",
        "Palvex and Tessaro sign content and product deals with Quorra",
    ):
        summary = "Palvex announced the agreement on Monday."
        assert {"Palvex", "Quorra"} <= set(run(title, summary).targets), title
    # an authority's step is no deal: a partnership it reviews is what it acts on, not a party
    a = run("CNIL fines Palvex over Quorra partnership", "The CNIL fined Palvex €1 million.")
    assert a.targets == ["Palvex"]


def test_a_name_after_in_a_countrys_is_a_place_not_the_headlines_subject():
    a = run(
        "Fires in Brazil's Palvex surge by more than 80%, space agency data show",
        "Satellites recorded the most fires in the Palvex since 2010.",
    )
    assert "Palvex" not in a.targets


def test_a_provisional_notice_is_an_investigation_not_a_fine():
    a = run(
        "ICO provisionally intends to fine Palvex AI over £17 million",
        "The regulator issued a notice of intent after a joint investigation found Palvex had "
        "scraped images without consent; the company can make representations before any "
        "final decision.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    a = run("ICO fines Palvex AI £7.5 million over scraped images")
    assert a.action_stage == "fine"


def test_a_step_told_as_background_to_a_statement_or_launch_is_not_the_items_step():
    a = run(
        "Palvex says it has never used assistant recordings to build marketing profiles",
        "Palvex said it never sold assistant data. The statement came days after Palvex agreed to "
        "pay $95 million to settle a class action claiming its assistant recorded conversations.",
    )
    assert not a.is_enforcement
    a = run(
        "Palvex opens its video generator to paying users, but not in Europe",
        "Palvex made the model available in the US. Italy's data protection authority had opened "
        "an inquiry into the generator earlier in the year.",
    )
    assert not a.is_enforcement
    a = run(
        "Palvex agrees to pay $95 million to settle assistant recording class action",
        "The settlement came days after a judge refused to dismiss the claims.",
    )
    assert a.is_enforcement


def test_the_party_of_an_earlier_matter_the_news_follows_is_not_a_target():
    a = run(
        "Palvex says it deleted 3 million Quorra photos and the face models trained on them",
        "Palvex certified to the FTC that it had deleted the photos. The deletion follows the "
        "FTC's settlement with Quorra over the data transfer.",
    )
    assert "Quorra" not in a.targets


def test_a_request_for_information_sent_to_a_named_company_is_an_inquiry():
    a = run(
        "Garante demands answers from Palvex on what data it collects",
        "Italy's data protection authority sent a request for information to Palvex Artificial "
        "Intelligence, asking which personal data it collects and on what legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    assert any("Palvex" in t for t in a.targets)  # asked "answers from", sent the request
    b = run(
        "Commission asks Palvex whether it targets ads using sensitive personal data",
        "The European Commission sent Palvex a formal request for information under the Digital "
        "Services Act, asking how it ensures ads are not based on sensitive personal data.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"
    c = run(  # to a whole industry: a study
        "Commission asks AI platforms how they curb risks",
        "The European Commission sent requests for information to six platforms about risks.",
    )
    assert not c.is_enforcement


def test_consent_to_a_purchase_or_an_account_is_no_data_topic():
    a = run(
        "Palvex to pay $245 million over design tricks that led players into unwanted charges",
        "The FTC said Palvex's button layouts led players to make purchases they did not intend. "
        "Under a proposed order, Palvex will pay $245 million and may not charge consumers "
        "without their express consent.",
    )
    assert a.is_enforcement and a.topics == []
    a = run(
        "Hotel group Palvex sanctioned €600,000 for marketing emails sent without consent",
        "The regulator found Palvex sent promotional messages to customers without consent.",
    )
    assert "data_sourcing" in a.topics


def test_urging_a_regulator_probe_is_a_request_not_an_investigation():
    a = run(
        "Senators say Palvex and Quorra sold drivers' data to a broker, urge FTC probe",
        "Two senators asked the Federal Trade Commission to investigate the automakers.",
    )
    assert not a.is_enforcement
    a = run("FTC opens probe into Palvex over drivers' data sales")
    assert a.is_enforcement


def test_a_public_notice_that_announces_no_action_is_not_enforcement():
    a = run(
        "Japan's privacy commission warns Palvex users their data is stored in China",
        "Japan's Personal Information Protection Commission issued a public notice telling users "
        "that data entered into Palvex's services is stored on servers in China, and urged "
        "caution. It did not announce any action against the company.",
    )
    assert not a.is_enforcement


def test_a_court_shielding_a_persons_likeness_enforces_a_privacy_right():
    a = run(
        "Delhi High Court shields actor Dara Quint from AI-morphed images and unauthorised use of "
        "her likeness",
        "The court granted an interim injunction directing websites and online sellers to stop "
        "using her name, image and voice.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_a_company_known_by_one_letter_is_a_name_and_its_legal_form_the_same_party():
    a = run("Ruritania blocks Palvex, Quorra and X after they miss a registration deadline")
    assert {"Palvex", "Quorra", "X"} <= set(a.targets)
    a = run(
        "Privacy commissioner opens investigation into X over training data",
        "The commissioner said X Corp. used residents' posts to train its chatbot.",
    )
    assert len(a.targets) == 1 and a.targets[0].startswith("X Corp")
    assert run("The A team of Palvex wins an award").targets == ["Palvex"]


def test_the_party_handed_a_sanction_between_verb_and_sanction_is_the_target():
    a = run(
        "Safety commissioner issues Palvex formal warning over answers on abuse material",
        "The commissioner gave Palvex a formal warning; a separate fine against Quorra was "
        "announced the same day.",
    )
    assert a.targets[0] == "Palvex"


def test_an_owner_written_before_a_company_only_describes_it():
    a = run("CFPB slaps Zentik-owned Corvane Services with order over pulled credit reports")
    assert "Corvane Services" in a.targets
    assert not any("Zentik" in t for t in a.targets)


def test_services_a_state_blocks_or_shuts_off_are_the_parties():
    a = run("Court upholds ruling that clears the way for Ruritania to block Palvex")
    assert "Palvex" in a.targets
    a = run("Ruritania shuts off Palvex, Quorra and Zentik as unrest spreads")
    assert {"Palvex", "Quorra", "Zentik"} <= set(a.targets)
    a = run("Regulator fines Block over Cash App data practices")
    assert "Block" in a.targets


def test_a_person_in_office_named_with_a_place_is_no_party():
    a = run(
        "Three health app makers settle with the state over accuracy claims",
        "New Ruritania Attorney General Dara Quint announced settlements with three makers of "
        "health apps.",
    )
    assert not any("Quint" in t for t in a.targets)


def test_the_party_set_a_deadline_is_the_target():
    a = run("Data commissioner sets Palvex a deadline to explain Quorra's data processing")
    assert "Palvex" in a.targets


def test_a_state_or_country_alone_is_a_place_unless_a_court_finds_against_it():
    a = run(
        "Wisconsin man charged with making thousands of AI-generated abuse images",
        "The Justice Department said the man used a text-to-image model to create the images.",
    )
    assert a.targets == []  # neither the state nor "AI-generated"
    a = run(
        "Finland hands out first GDPR fines; Palvex to pay €100,000 over address data",
        "The data protection ombudsman's sanctions board fined three companies.",
    )
    assert a.targets == ["Palvex"]
    assert run("Nepal blocks Palvex and Quorra after a missed deadline").targets == [
        "Palvex",
        "Quorra",
    ]
    a = run("European rights court finds Romania failed to protect a worker's private messages")
    assert "Romania" in a.targets


def test_a_joining_word_left_at_a_names_start_is_dropped():
    a = run("Founder of ADHD telehealth start-up Palvex charged over prescriptions")
    assert not any(t.startswith("of ") for t in a.targets)


def test_an_office_a_person_once_held_is_no_authority_acting():
    a = run(
        "Palvex to sell its stake in face recognition start-up Quorra",
        "An audit led by former US attorney general Dara Quint found the start-up's cameras "
        "were not used for mass surveillance, but Palvex said a minority stake gave it too "
        "little oversight.",
    )
    assert a.regulator is None


def test_an_authority_deciding_not_to_act_takes_no_step():
    a = run(
        "Ruritania's data protection authority decides not to open a Palvex page after assessing "
        "the risks",
        "The authority said an impact assessment found the risks to users' rights too high.",
    )
    assert not a.is_enforcement


def test_a_business_deals_partner_is_no_party():
    a = run(
        "Palvex says FTC staff opened an inquiry into its licensing of user posts for AI training",
        "The company, which announced a data-licensing deal with Quorra last month, said it does "
        "not believe it engaged in any unfair practice.",
    )
    assert a.targets == ["Palvex"]


def test_agreeing_to_shut_down_is_a_settlements_remedy_not_business_news():
    a = run(
        "Data broker that sold people's profiles agrees to shut down for three years",
        "The California Privacy Protection Agency settled with Palvex, Inc., which it said sold "
        "profiles of people without registering. Under a stipulated final order Palvex must "
        "shut down its operations through 2028 or pay a $50,000 fine.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_any_countrys_competition_authority_acts_on_data_only_outside_antitrust():
    a = run(
        "Poland's competition watchdog opens probe into Palvex's app tracking prompts",
        "UOKiK opened antitrust proceedings, charging that the tracking framework may limit "
        "rival apps' ability to collect data for personalised ads while favouring Palvex's own "
        "advertising business.",
    )
    assert a.is_enforcement and a.regulator == "UOKiK" and a.topics == []
    a = run(
        "Hungary's competition watchdog fines Quorra HUF 1.2 billion over 'free' claim",
        "The GVH said Quorra misled users by advertising the network as free, when users paid "
        "with the personal data it collected to sell targeted ads.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_the_company_whose_chief_comes_or_goes_is_what_the_news_is_about():
    a = run("Dara Quint steps down as Palvex chief executive")
    assert "Palvex" in a.targets and not a.is_enforcement


def test_a_product_its_makers_stand_behind_is_not_the_subject():
    a = run("Researchers behind Quorra launch Zentik Labs with new image models")
    assert "Quorra" not in a.targets


def test_a_consumers_data_class_action_outweighs_one_contract_word():
    a = run(
        "Palvex agrees to disclose third-party data sharing in privacy class settlement",
        "A federal court preliminarily approved a settlement of consolidated privacy litigation "
        "against Palvex, which began with suits over hackers taking over home cameras and later "
        "alleged that Palvex's app shared users' personal identifiers with third-party trackers "
        "without adequate notice or consent. Palvex must disclose those data-sharing practices "
        "in its terms of service and give users an easy way to opt out.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    a = run(
        "Quorra starts High Court proceedings against Zentik over images used for AI training",
        "The photo agency says Zentik copied millions of its images without a licence to train "
        "its model, breaching its copyright and its website's terms of service.",
    )
    assert not a.is_enforcement


def test_a_headlines_plaintiff_is_no_party_even_when_no_other_is_named():
    assert "Palvex" not in run("Palvex sues scammers who used fake app downloads").targets
    a = run("Quorra wins court order to seize sites of a group that sold fake accounts")
    assert "Quorra" not in a.targets
    assert run("Zentik sued over notetaker that records meetings").targets == ["Zentik"]


def test_a_plaintiff_shown_anywhere_in_the_item_is_no_party_in_either_text():
    a = run(
        "Quorra wins court order to seize sites of group that sold fake accounts",
        "Quorra's Digital Fraud Unit said a federal court granted it an order to seize sites "
        "run by Storm-77, a group it described as the largest seller of fake Quorra accounts.",
    )
    assert "Quorra" not in a.targets and "Digital Fraud Unit" not in a.targets
    a = run(
        "Palvex asks court to dismiss its own spyware suit against Zorba Group",
        "Palvex moved to drop the lawsuit it filed against Zorba Group over spyware attacks.",
    )
    assert a.targets == ["Zorba Group"]
    a = run(
        "Tessaro Labs sues Vantrel, alleging it paid a spy inside Tessaro Labs",
        "Tessaro Labs filed a complaint in state court accusing Vantrel of corporate espionage.",
    )
    assert a.targets == ["Vantrel"]
    a = run(
        "Zentik accused of corporate espionage",
        "In an amended complaint filed Monday, Quorra said Zentik paid an insider for secrets.",
    )
    assert a.targets == ["Zentik"]
    # where an authority acts, a party that sues it (an appeal) stays the party
    a = run(
        "Palvex sues CNIL over €5 million fine for scraping photos",
        "The CNIL fined Palvex €5 million in 2024 for scraping photos; Palvex filed suit to "
        "annul it.",
    )
    assert a.targets == ["Palvex"]


def test_telling_people_something_is_no_order_but_telling_a_company_is_a_step():
    a = run(
        "Palvex tells investors it is on track for 100 billion face images",
        "According to an investor presentation, the facial recognition company said it aimed to "
        "hold 100 billion facial photos gathered from the internet.",
    )
    assert not a.is_enforcement
    a = run(
        "Cartel office tells Quorra its data processing terms give users too little choice",
        "In a preliminary assessment the Bundeskartellamt said Quorra's terms let it combine "
        "users' personal data across services without a free choice.",
    )
    assert a.is_enforcement


def test_colombias_authority_by_its_acronym():
    a = run("SIC orders Palvex to prove parents consented to collection of minors' data")
    assert a.is_enforcement and a.regulator == "SIC" and a.targets == ["Palvex"]


def test_a_report_or_investigation_headline_is_journalism_not_an_action():
    a = run(
        "Report: Palvex collected iris scans from test users with little explanation",
        "A magazine's investigation found that the project signed up half a million test users "
        "while telling them little about how their biometric data would be used.",
    )
    assert not a.is_enforcement


def test_a_tracking_tool_named_with_an_article_is_no_party():
    a = run(
        "Judge refuses to dismiss video privacy class action against Palvex Media",
        "The judge denied Palvex Media's motion to dismiss a proposed class action alleging that "
        "a Quorra Pixel on its website sent subscribers' identities and the videos they watched "
        "to Quorra without their consent.",
    )
    assert a.is_enforcement and not any("Quorra" in t for t in a.targets)
    a = run(
        "Investigation: Quorra pixel on hospital websites sends patients' details to Quorra",
        "A newsroom found the Quorra Pixel on the websites of 33 hospitals.",
    )
    assert "Investigation" not in a.targets


def test_warnings_to_a_hundred_unnamed_companies_are_a_sweep():
    a = run(
        "FTC and HHS warn about 130 hospitals and telehealth firms over online tracking tools",
        "The FTC and the HHS Office for Civil Rights sent a joint letter to about 130 hospital "
        "systems and telehealth providers warning that tracking technologies such as the "
        "Palvex pixel can disclose patients' sensitive health information to third parties in "
        "violation of HIPAA or the FTC Act.",
    )
    assert not a.is_enforcement
    a = run(
        "FTC sends warning letter to Palvex over sharing of patients' health data",
        "The FTC said Palvex shared health information with advertisers in violation of the FTC "
        "Act.",
    )
    assert a.is_enforcement


def test_a_tax_authority_or_financial_prosecutor_acts_as_an_authority():
    a = run(
        "Palvex to pay €500 million fine to settle French tax fraud investigation",
        "Palvex agreed to pay a €500 million fine under an agreement with France's national "
        "financial prosecutor, ending a criminal investigation. A Paris court approved the "
        "settlement, which closes proceedings that began with a raid on its offices.",
    )
    assert a.is_enforcement and a.topics == []


def test_business_words_inside_an_orders_remedy_do_not_count_against_it():
    a = run(
        "Palvex barred from launching facial recognition pilot in its grocery stores",
        "The Commission d'accès à l'information du Québec prohibited Palvex from putting into "
        "service a bank of biometric characteristics for a pilot comparing images from entrance "
        "cameras with images of past shoplifters, which requires people's express consent.",
    )
    assert a.is_enforcement
    a = run("FTC Closes Its Investigation of Quorra's Proposed Acquisition of Zentik")
    assert not a.is_enforcement


def test_a_ruling_on_a_challenge_to_a_law_acts_against_no_company():
    a = run(
        "Palvex Foundation loses High Court challenge to Online Safety Act categorisation rules",
        "The High Court dismissed the foundation's judicial review of the regulations; the judge "
        "said the ruling did not give Ofcom a green light to impose a regime that would impede "
        "its operations.",
    )
    assert not a.is_enforcement


def test_an_owner_of_several_words_before_a_company_only_describes_it():
    a = run("Quorra Group-owned Palvex fined €50,000 over contacts harvested for invitations")
    assert a.targets == ["Palvex"]


def test_urging_a_data_protection_probe_is_a_request():
    a = run(
        "Palvex expands iris scanning in Ruritania as lawmaker urges data protection probe",
        "The project opened new sites for its Orb devices; a senator said the iris data it "
        "collects needs scrutiny by the data protection authority.",
    )
    assert not a.is_enforcement


def test_a_country_blocking_a_named_service_acts_as_an_authority():
    a = run("Albania to block Palvex for a year after a schoolboy's killing")
    assert a.is_enforcement and a.targets == ["Palvex"]
    assert not run("Albania to host Palvex's regional office").is_enforcement


def test_a_deadline_to_rectify_violations_is_an_order():
    a = run(
        "China says Palvex and Quorra among 105 apps that misused personal data",
        "The Cyberspace Administration of China said 105 apps, including Palvex and Quorra, "
        "collected personal information without consent. The operators were given 15 working "
        "days to correct the violations or face legal consequences.",
    )
    assert a.is_enforcement and a.action_stage == "final_order"


def test_a_court_ordering_a_ban_on_a_service_acts_as_an_authority():
    a = run("Madras High Court orders ban on Palvex downloads, citing risks to children")
    assert a.is_enforcement and a.targets == ["Palvex"]


def test_a_headline_counting_fines_is_statistics_not_an_action():
    for title in (
        "Spain's data agency imposed 242 fines worth more than €27 million in 2024",
        "ICO enforcement halves in first half of 2025 as fines shift to security breaches",
        "GDPR enforcement tracker passes 2,500 fines as report marks seven years",
    ):
        assert not run(title).is_enforcement, title
    assert run("AEPD fines Palvex €2 million over face scans").is_enforcement


def test_germanys_network_agency_is_an_authority():
    a = run("German network agency bans the Palvex doll as a hidden spying device")
    assert a.is_enforcement and a.regulator == "BNetzA"


def test_a_study_word_ending_a_company_name_is_part_of_the_name():
    a = run(
        "Palvex defeats non-users' lawsuit over pixel that tracked them on shopping sites",
        "A federal judge granted summary judgment to Palvex in a privacy suit by people who said "
        "its advertising pixel, embedded on sites such as Quorra and Build-A-Bear Workshop, "
        "intercepted their browsing data without consent. The court had earlier refused to let "
        "the case proceed as a class action.",
    )
    assert a.is_enforcement
    assert not run("FTC announces workshop on voice cloning").is_enforcement


def test_refusing_to_delete_is_the_violation_not_a_deletion_order():
    a = run(
        "Superindustria fines Palvex 214 million pesos for forcing face scans on users",
        "Colombia's SIC fined Palvex after finding that the platform made account creation "
        "conditional on facial recognition and refused to delete users' biometric data when they "
        "asked. The regulator ordered the company to offer other ways to log in.",
    )
    assert a.is_enforcement and "model_deletion" not in a.topics


def test_a_deadline_to_explain_opens_an_inquiry():
    a = run(
        "Brazil's consumer agency gives Palvex and Quorra 10 days to explain data sharing",
        "The consumer agency said the two dating apps must say whether users' location data "
        "was sold to advertisers.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    assert {"Palvex", "Quorra"} <= set(a.targets)
    a = run("Consumer agency opens collective procedure against Palvex over card-data leaks")
    assert a.is_enforcement and "Palvex" in a.targets


def test_an_office_a_person_led_is_no_authority_acting():
    a = run(
        "Ex-FTC Consumer Protection Chief Jan Novak Returns to Palvex LLP",
        "Novak, who directed the FTC's Bureau of Consumer Protection from 2018 until January, has "
        "rejoined Palvex LLP as a partner in its privacy practice.",
    )
    assert not a.is_enforcement
    a = run("FTC directs Palvex to delete children's voice recordings")
    assert a.is_enforcement


def test_an_amicus_brief_is_no_step_against_a_company():
    a = run(
        "Palvex, Quorra Back Zentik in Amicus Brief Opposing Phone Unlock Order",
        "The companies filed an amicus brief supporting Zentik's motion to vacate a magistrate "
        "judge's order requiring it to write software to help the FBI unlock a phone.",
    )
    assert not a.is_enforcement


def test_an_order_told_in_the_passive_with_no_one_to_give_it_is_no_step():
    a = run(
        "Palvex delivery drivers told to consent to AI camera monitoring or lose their jobs",
        "Drivers were asked to sign consent forms letting cameras collect biometric data.",
    )
    assert not a.is_enforcement
    a = run(
        "Palvex told to stop collecting biometric data by Ruritania's data protection authority"
    )
    assert a.is_enforcement


def test_a_law_adopted_or_held_valid_is_no_action_against_a_company():
    a = run(
        "EU countries give final approval to platform work directive",
        "Member states adopted the directive, which bars platforms from processing biometric "
        "data about workers.",
    )
    assert not a.is_enforcement
    a = run(
        "EU court upholds fingerprints in passports in Ruritanian man's challenge",
        "The Court of Justice of the European Union ruled that the EU regulation requiring two "
        "fingerprints to be stored in passports is compatible with the rights to privacy and data "
        "protection.",
    )
    assert not a.is_enforcement
    assert run("EU court upholds €2 billion fine against Palvex").is_enforcement


def test_a_regulator_that_criticises_a_company_finds_a_breach():
    a = run(
        "Danish regulator criticises Palvex over cookie consent on its website",
        "Datatilsynet said the website's consent banner did not meet the GDPR's requirements.",
    )
    assert a.is_enforcement and a.targets == ["Palvex"]


def test_a_penalty_an_authority_will_not_impose_is_no_fine():
    a = run(
        "HHS will not penalise doctors who use Palvex or Quorra for telehealth",
        "HHS's Office for Civil Rights said it will not impose HIPAA penalties on providers.",
    )
    assert not a.is_enforcement


def test_more_authorities_by_name():
    for title, reg in (
        ("Palvex Pays $1.2M EPA Penalty Over Unregistered Pesticides Sold Online", "EPA"),
        ("Korea's Financial Services Commission suspends Palvex Card after data leak", "FSC"),
        (
            "Norwegian Data Inspectorate maintains NOK 10 million infringement fee against Palvex",
            "Norwegian DPA",
        ),
    ):
        a = run(title)
        assert a.is_enforcement and a.regulator == reg, title


def test_law_acronyms_court_abbreviations_and_an_authoritys_chamber_are_no_parties():
    a = run("HHS settles HIPAA case with Palvex Cardiology over public appointment calendar")
    assert a.targets == ["Palvex Cardiology"]
    a = run("11th Circ. Says App Viewer Isn't a VPPA 'Subscriber,' Affirms Palvex Win")
    assert "Circ" not in a.targets
    a = run(
        "Belgian data protection authority fines parent-box distributor 50,000 euro",
        "The Litigation Chamber of the Belgian Data Protection Authority imposed a fine of "
        "50,000 euro on Palvex, which sold the data of mothers to partners without consent.",
    )
    assert a.targets == ["Palvex"]


def test_money_an_attorney_general_secures_is_a_settlement():
    a = run(
        "Attorney General James secures $615,000 from three companies behind fake comments",
        "New York secured $615,000 in penalties and disgorgement from Palvex, Quorra and Zentik, "
        "which supplied fake public comments using consumers' identities without their consent.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"


def test_a_warning_letter_to_an_industry_and_a_report_are_no_actions():
    a = run(
        "44 attorneys general warn AI companies: 'Don't hurt kids'",
        "A coalition of attorneys general sent a letter to AI firms including Palvex and Quorra, "
        "saying companies will be held accountable if their products harm children, but proposed "
        "no specific enforcement action.",
    )
    assert not a.is_enforcement and "Don't" not in a.targets
    a = run(
        "California attorney general's breach report sets a floor for 'reasonable' security",
        "The attorney general released the Data Breach Report covering breaches reported to her "
        "office; it recommends multi-factor authentication.",
    )
    assert not a.is_enforcement


def test_a_law_that_becomes_law_is_no_action():
    a = run(
        "Ruritania's Data (Use and Access) Act becomes law, replacing the ICO",
        "The Act received Royal Assent and raises the fines available for breaches of the "
        "marketing rules.",
    )
    assert not a.is_enforcement


def test_a_step_campaigners_point_to_is_background():
    a = run(
        "Palvex's health team to be folded into Quorra, reviving privacy concerns",
        "Privacy campaigners pointed to the Information Commissioner's 2017 ruling that a hospital "
        "trust had broken the law in handing patient records to Palvex.",
    )
    assert not a.is_enforcement


def test_a_device_a_person_owns_is_no_party():
    a = run(
        "Judge rules neighbour's Palvex doorbell cameras breached data protection law",
        "The county court found that Jan Novak's Palvex doorbell captured images of his neighbour "
        "and that he processed her personal data in breach of the Data Protection Act.",
    )
    assert "Palvex" not in a.targets


def test_every_member_of_a_cartel_is_a_party():
    a = run(
        "Commission fines chipmakers €138 million for smart card cartel",
        "The European Commission said Palvex, Quorra and Zentik took part in a cartel. Corvane "
        "was not fined because it revealed the cartel.",
    )
    assert {"Palvex", "Quorra", "Zentik", "Corvane"} <= set(a.targets)
    a = run(
        "Wall Street firms to pay $1.1 billion over staff use of private texts",
        "The SEC said the firms failed to keep records. Palvex, Quorra and Zentik will each pay "
        "$125 million.",
    )
    assert {"Palvex", "Quorra", "Zentik"} <= set(a.targets)


def test_hhs_resolution_agreements_and_supervision_orders():
    a = run(
        "Palvex Care; HIPAA resolution agreement and corrective action plan over patient stories",
        "Palvex Healthcare will pay $182,000 after posting patients' photographs online without "
        "authorization. OCR said about 150 patients were affected.",
    )
    assert a.is_enforcement and a.regulator == "HHS OCR" and a.action_stage == "settlement"
    a = run("Decision and Order: CFPB asserts supervisory authority over Palvex Payment Corp.")
    assert "Decision" not in a.targets and "Order" not in a.targets


def test_a_board_ruling_on_a_complaint_against_a_company_is_a_decision():
    a = run(
        "Data protection board rules on complaint against Palvex Turkey over consent for transfers",
        "The Personal Data Protection Board published its decision on a complaint against Palvex "
        "Turkey over how it obtained users' explicit consent for transferring personal data.",
    )
    assert a.is_enforcement and a.action_stage == "final_order"


def test_authorities_known_by_kind_and_the_chinese_central_bank():
    a = run(
        "Palvex agrees to pay N330 billion to settle SIM registration fine",
        "Palvex said it had reached a settlement with the Ruritanian Communications Commission "
        "to resolve the penalty.",
    )
    assert a.is_enforcement
    a = run(
        "Securities Authority questions Palvex's controlling shareholder in fraud probe",
        "The Securities Authority detained Palvex's controlling shareholder on suspicion of "
        "securities offences.",
    )
    assert a.is_enforcement
    a = run(
        "China's central bank fines Palvex Group 7.12 billion yuan",
        "The People's Bank of China said Palvex Group had broken payment rules.",
    )
    assert a.is_enforcement and a.regulator == "PBOC"


def test_a_company_that_had_not_complied_did_not_comply():
    a = run(
        "RBI fines Palvex Pay ₹3.06 crore over KYC rule breaches",
        "The Reserve Bank of India said Palvex Pay had not complied with its know-your-customer "
        "directions and imposed the penalty.",
    )
    assert a.is_enforcement


def test_a_new_privacy_suit_is_a_complaint():
    a = run(
        "Palvex faces new biometric privacy suit from crypto trader",
        "A proposed class action says Palvex kept a user's face template without the written "
        "release Illinois's Biometric Information Privacy Act requires.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"


def test_a_platform_naming_a_group_of_plaintiffs_is_no_party():
    a = run(
        "Palvex creators sue Quorra, saying its extension hijacked their commissions",
        "A proposed class action alleges the Quorra browser extension swaps affiliate codes.",
    )
    assert "Palvex" not in a.targets and "Quorra" in a.targets


def test_guidelines_complaints_by_groups_and_sweeps_are_no_actions():
    for title, summary in (
        (
            "EDPB finalises guidelines on how payment services law and the GDPR fit together",
            "The European Data Protection Board's guidelines say explicit consent under the "
            "payment law is distinct from consent under the GDPR.",
        ),
        (
            "noyb complains that Palvex forces online connection to track gamers",
            "Privacy group noyb filed a complaint with Austria's data protection authority and "
            "asked it to order Palvex to delete unlawfully processed data and to fine it.",
        ),
        (
            "Global sweep finds most subscription websites and apps use dark patterns",
            "A review in which the FTC took part found that 76% of 642 sites used a dark "
            "pattern. The findings were published without naming companies.",
        ),
    ):
        assert not run(title, summary).is_enforcement, title
    assert run("Commerce Department blacklists Palvex over spyware").is_enforcement


def test_an_authority_in_the_headline_acts_even_over_a_licensing_matter():
    a = run(
        "Ruritania's Fair Trade Commission fines Palvex NT$23.4 billion over modem chip licensing",
        "The commission said Palvex abused its dominance by refusing to license rival chipmakers "
        "and by conditioning chip supply on licence deals, and ordered it to pay the penalty.",
    )
    assert a.is_enforcement and a.targets == ["Palvex"]


def test_a_described_plaintiff_is_no_party():
    a = run(
        "Dating app owner Palvex Group sues Quorra over app store billing rules",
        "Palvex Group filed an antitrust suit accusing Quorra of forcing developers to use its "
        "payment system.",
    )
    assert "Palvex Group" not in a.targets and "Quorra" in a.targets


def test_a_place_describing_the_party_leaves_the_summary_to_name_it():
    a = run(
        "FCC fines Nevada man $3 million for spoofed robocalls",
        "The FCC imposed a $3 million forfeiture on Jorvan Palkett, finding he made robocalls "
        "with spoofed caller ID.",
    )
    assert a.targets == ["Jorvan Palkett"]
    # a place that acts keeps the summary's other names out ("Ruritania may not publish")
    b = run(
        "Latvia may not publish drivers' penalty points to anyone who asks, EU court rules",
        "The Court of Justice said the Latvian road safety directorate breached the GDPR.",
    )
    assert "Latvian" not in b.targets


def test_a_request_is_found_after_its_stems_inside_other_words():
    from monitor.extract_context import request_to_act

    title = "Hamburg surgeons recall data; group urges the regulator to fine Palvex"
    cue = request_to_act({"title": title, "summary": ""})
    assert cue is not None and title[cue.start : cue.end].startswith("urges the regulator")
    summary = "Surgery app Palvex was threatened with a class action by the Hamburg group."
    cue = request_to_act({"title": "Palvex news", "summary": summary})
    assert cue is not None and summary[cue.start : cue.end] == "threatened with a class action"
    assert request_to_act({"title": "Hamburg surgeons recall data", "summary": "Threats."}) is None


@pytest.mark.parametrize(
    ("summary", "related"),
    [
        ("The order also binds its Quorra Labs unit.", "Quorra Labs"),
        ("The order also binds its Quorra   app.", "Quorra"),
        ("The order also binds the subsidiary, Quorra Labs, too.", "Quorra Labs"),
        ("The order also binds subsidiary Quorra Labs, too.", "Quorra Labs"),
        ("The company, formerly known as Quorra, agreed.", "Quorra"),
        ("The company, which was rebranded as Quorra in 2020, agreed.", "Quorra"),
        ("The company, now called Quorra, agreed.", "Quorra"),
        ("Its parent Quorra Holdings was named too.", "Quorra Holdings"),
        ("The order also binds Palvex successor Quorra Labs.", "Quorra Labs"),
    ],
)
def test_a_related_name_beside_a_target_is_a_target(summary: str, related: str):
    a = run("FTC fines Palvex over location data", summary)
    assert a.targets[0] == "Palvex"
    assert related in a.targets


@pytest.mark.parametrize(
    "summary",
    [
        "The app now faces more scrutiny; a unit of the agency said an app maker must comply.",
        "The firm's parent, a holding, and its former subsidiary were not named.",
        "Palvex, formerly a start-up, now sells Quorra-branded trackers via its app.",
    ],
)
def test_related_words_without_a_name_add_no_target(summary: str):
    assert run("FTC fines Palvex over location data", summary).targets == ["Palvex"]


@pytest.mark.parametrize(
    ("title", "summary", "targets"),
    [
        # the company that took over the business, named with it, shares its role
        (
            "FTC bars Palvex Data and successor Quorra from selling location data",
            "",
            ["Palvex Data", "Quorra"],
        ),
        (
            "FTC sues Palvex and its successor Quorra Labs over data sales",
            "",
            ["Palvex", "Quorra Labs"],
        ),
        # a legal form's full stop before "and its subsidiaries" keeps the list going
        (
            "FTC sues Palvex Inc. and its subsidiaries Quorra and Tessaro over data sales",
            "",
            ["Palvex Inc", "Quorra", "Tessaro"],
        ),
        # a second party told, or given an order, to act
        (
            "PIPC fines Palvex Pay over transfers; Quorra told to destroy scoring model",
            "",
            ["Palvex Pay", "Quorra"],
        ),
        (
            "PIPC fines Palvex Pay over transfers",
            "Quorra received a correction order to destroy the model.",
            ["Palvex Pay", "Quorra"],
        ),
        # a person's successor is no party
        (
            "FTC sues Palvex over data sales",
            "Its CEO left and his successor Dara Quint will comply.",
            ["Palvex"],
        ),
    ],
)
def test_successors_subsidiaries_and_parties_told_to_act_share_the_role(
    title: str, summary: str, targets: list[str]
) -> None:
    assert run(title, summary).targets == targets


def test_an_amount_deep_in_a_long_body_is_found_between_its_markers():
    from monitor.extract_amounts import find_amount

    filler = "The agency described the conduct over several years in detail. " * 12
    body = (
        filler + "Earlier, in 2019, the firm raised $40 million in a funding round. "
        "Under the order, Palvex will pay a civil penalty of $5.5 million and a further "
        "€2 million, and US$1,250,000 in redress. " + filler
    )
    usd, original, ev = find_amount({"title": "FTC order", "summary": "", "body": body})
    assert usd == 5_500_000 and original == {"value": 5_500_000, "currency": "USD"}
    assert ev is not None and body[ev.start : ev.end] == "$5.5 million"


def test_the_last_sentence_end_is_found_as_the_greedy_regex_found_it():
    import random
    import re

    from monitor.extract_rules import _after_last_stop

    greedy = re.compile(r"(?s:.*)[.;:!?]\s")  # what _after_last_stop replaced
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab .;:!?\n\u2019\u00a0") for _ in range(rng.randint(0, 30)))
        for pos in range(len(text) + 1):
            m = greedy.match(text, 0, pos)
            assert _after_last_stop(text, pos) == (m.end() if m else 0), (text, pos)


def test_a_body_deletion_pairs_only_with_what_the_body_names():
    def body_entry(title: str, deletes: str, body: str) -> Entry:
        summary = (
            "The FTC said Orvane Inc. collected users' photos without consent"
            + deletes
            + "; it will pay $2 million."
        )
        return Entry(source="t", title=title, summary=summary, body=body, publisher="ftc-press")

    filler = "Background paragraph. " * 20
    # the summary's "delete" has no derived object; the body's deletion of models decides
    title = "FTC finalizes order against Orvane"
    a = extract(
        body_entry(title, " and must delete the accounts", filler + "It must delete models.")
    )
    assert "model_deletion" in a.topics
    assert any(e.field == "topics" and e.where == "body" for e in a.evidence)
    # a body deletion of raw photos under a headline about facial data: no derived form (the
    # headline's biometric words make a deletion in the summary one, not in the body)
    title = "FTC order against Orvane over facial data"
    b = extract(body_entry(title, "", filler + "It must delete photos."))
    assert "model_deletion" not in b.topics


def test_a_co_defendant_and_a_list_member_after_a_nationality_word_are_parties() -> None:
    a = run(
        "Palvex agrees to $400,000 deal in data-breach class action",
        "Retailer Palvex will pay $400,000 to settle class claims over a breach of its "
        "Quorra-hosted shop. Quorra, also a defendant, does not appear to be contributing.",
    )
    assert {"Palvex", "Quorra"} <= set(a.targets)
    a = run(
        "Ruritania fines five airlines €179 million over seat charges",
        "Ruritania's consumer ministry has fined Palvex, Quorra, Norwegian and Tessaro a combined "
        "€179 million for abusive practices.",
    )
    assert {"Palvex", "Quorra", "Tessaro"} <= set(a.targets)


def test_the_company_that_runs_a_product_acted_against_is_a_party() -> None:
    a = run(
        "CNIL opens inspection after complaints about Fotorama",
        "The regulator said it received complaints about the Fotorama photo app operated by "
        "Quorra, and opened an inspection procedure.",
    )
    assert {"Fotorama", "Quorra"} <= set(a.targets)
    # a parent that merely owns it is not (W1 leaves that to the watchlist's related names)
    a = run(
        "Federal safety regulator probes Tessaro robotaxis after crashes",
        "NHTSA opened an investigation into Tessaro, a robotaxi firm owned by Quorra, after "
        "reports of sudden braking.",
    )
    assert "Quorra" not in a.targets


def test_lists_go_on_through_affiliates_licensees_officers_slashes_and_parentheses() -> None:
    cases = [
        (
            "FTC sues three pharmacy managers and their rebate arms over insulin prices",
            "The FTC filed an administrative complaint against Palvex Rx and Quorra and their "
            "group purchasing organisations Tessaro Health and Vantrel Pharma, alleging rebates.",
            {"Palvex Rx", "Quorra", "Tessaro Health", "Vantrel Pharma"},
        ),
        (
            "Commission fines Palvex over curbs on licensees' sales",
            "The European Commission fined fashion house Palvex and its licensee Quorra a total "
            "of €5.7 million for curbing cross-border sales.",
            {"Palvex", "Quorra"},
        ),
        (
            "FCC fines insurance marketer $82 million over spoofed calls",
            "The FCC fined Dara Quint and his company, Palvex Contracts, $82 million for spoofed "
            "robocalls.",
            {"Dara Quint", "Palvex Contracts"},
        ),
        (
            "Lead generator Palvex settles FTC charges over robocall consent",
            "The FTC filed a complaint against Palvex, LLC and affiliates including Quorra USA and "
            "Tessaro Technology, alleging they sold consumers' data as leads.",
            {"Palvex", "Quorra USA", "Tessaro Technology"},
        ),
        (
            "EU hits truck makers with record cartel fine",
            "The European Commission fined Palvex, Quorra/Tessaro, Vantrel and Zorba a record "
            "€2.93 billion for colluding on prices.",
            {"Palvex", "Quorra", "Vantrel", "Zorba"},
        ),
        (
            "Four companies settle FTC charges over false Privacy Shield claims",
            "Palvex LLC, Quorra LLC (doing business as Loopworks), Tessaro Inc. and Vantrel Inc. "
            "agreed to proposed FTC orders.",
            {"Palvex LLC", "Quorra LLC", "Tessaro Inc", "Vantrel Inc"},
        ),
        (
            "Jury convicts Palvex Health founders of defrauding advertisers",
            "A federal jury found Palvex Health co-founders Dara Quint and Ilse Moor, along with "
            "former executive Olen Vart, guilty of fraud.",
            {"Dara Quint", "Ilse Moor", "Olen Vart"},
        ),
        (
            "FCC fines telemarketers $225 million for spoofed robocalls",
            "The FCC imposed a $225 million fine on Palvex Eagle and Quorra Telecom, run by Dara "
            "Quint and Olen Vart, for spoofed robocalls.",
            {"Palvex Eagle", "Quorra Telecom", "Dara Quint", "Olen Vart"},
        ),
    ]
    for title, summary, parties in cases:
        found = {t.rstrip(".").removesuffix(",") for t in run(title, summary).targets}
        assert parties <= found, (summary, found)


def test_a_tracking_tool_named_by_its_maker_is_no_fallback_party() -> None:
    a = run(
        "Regulator publishes cookies guidance and gives websites six months to comply",
        "The guidance says trackers such as the Palvex pixel need consent before they load.",
    )
    assert a.targets == []


def test_the_company_behind_a_product_by_apposition_dba_or_takeover_is_a_party() -> None:
    a = run(
        "Agency demands Fotorama, Quorra and Tessaro explain how the app uses photos",
        "Procon notified Palvex Lab, the Ruritanian developer of the viral Fotorama, and Quorra "
        "and Tessaro, whose stores distribute it.",
    )
    assert "Palvex Lab" in a.targets
    a = run(
        "Judge tosses pixel suit against pregnancy-test maker",
        "A federal judge dismissed a class action claiming that pixels on the website of Palvex "
        "Diagnostics, which sells Fotorama tests, let third parties intercept communications.",
    )
    assert "Palvex Diagnostics" in a.targets
    a = run(
        "CPPA seeks $46,000 from data broker for registering late",
        "The agency filed an administrative action against Palvex Pictures, Inc., which does "
        "business as Quorra Data, the background-check broker.",
    )
    assert {"Palvex Pictures, Inc.", "Quorra Data"} <= set(a.targets)
    a = run(
        "Justice Department sues to block Palvex deal",
        "The Justice Department filed an antitrust lawsuit to block Palvex Group from acquiring "
        "home health provider Quorra, arguing it would reduce competition.",
    )
    assert "Quorra" in a.targets and any(t.startswith("Palvex") for t in a.targets)


def test_a_nationality_word_is_never_a_party() -> None:
    for word in ("Hungarian", "Israeli", "Ukrainian", "Lithuanian", "Russian"):
        a = run(
            f"Palvex pays $25 million to settle bribery charges tied to its {word} unit",
            f"The SEC said Palvex's {word} subsidiary paid bribes.",
        )
        assert word not in a.targets and "Palvex" in a.targets, (word, a.targets)


def test_who_received_a_penalty_owners_after_a_legal_form_and_people_listed_with_ages() -> None:
    a = run(
        "Regulator fines 15 tutoring firms 36.5 million yuan over false advertising",
        "The regulator said 15 tutoring companies used fake discounts and fined them a total of "
        "36.5 million yuan. Palvex and Quorra each received the maximum 2.5 million yuan penalty.",
    )
    assert {"Palvex", "Quorra"} <= set(a.targets)
    a = run(
        "FTC sues Palvex over fake reviews",
        "The FTC sued room finder Palvex Corp. and its owners Dara Quint and Olen Vart, alleging "
        "they bought fake reviews.",
    )
    assert {"Dara Quint", "Olen Vart"} <= set(a.targets)
    a = run(
        "Two teenagers charged over cyberattack on city transport network",
        "The National Crime Agency charged Dara Quint, 19, and Olen Vart, 18, with computer "
        "misuse offences.",
    )
    assert {"Dara Quint", "Olen Vart"} <= set(a.targets)


def test_a_name_with_a_legal_form_is_a_company_even_when_it_holds_a_law_word() -> None:
    a = run(
        "ICO fines law firm £60,000 after hackers took client data",
        "The ICO fined Ruritania-based Palvex Law Ltd after attackers entered its network.",
    )
    assert a.targets == ["Palvex Law Ltd"]
    # without the legal form the word still names a law, not a company
    a = run("ICO fines Palvex £60,000", "The ICO said Palvex broke the Data Protection Act.")
    assert a.targets == ["Palvex"]


def test_danish_and_belgian_data_protection_authorities_by_their_short_names() -> None:
    a = run(
        "Danish DPA orders Palvex to stop sending pupils' data abroad",
        "The Danish Data Protection Agency ordered Palvex to bring its transfers into line.",
    )
    assert a.regulator == "Danish DPA"
    a = run(
        "Belgian DPA fines Palvex €50,000 over loyalty-scheme ID checks",
        "The Belgian Data Protection Authority fined Palvex for demanding customers' eID cards.",
    )
    assert a.regulator == "APD"


def test_german_state_data_protection_authorities_by_their_short_names() -> None:
    cases = [
        ("Baden-Württemberg Commissioner Fines Palvex €300,000", "LfDI BW"),
        ("Schleswig-Holstein data commissioner sets Palvex a deadline to explain its data use",
         "ULD"),
        ("Lower Saxony's data protection commissioner fines Palvex €1.1 million",
         "LfD Niedersachsen"),
    ]  # fmt: skip
    for title, regulator in cases:
        assert (
            run(title, "Palvex collected customers' data without consent.").regulator == regulator
        )


def test_brazilian_federal_and_federal_district_prosecutors() -> None:
    a = run(
        "Brazilian prosecutors sue Palvex over data collection",
        "The Federal Prosecution Service filed a public civil action against Palvex.",
    )
    assert a.regulator == "MPF"
    a = run(
        "Brasília prosecutors open inquiry into Palvex's use of Brazilians' data",
        "The Federal District prosecutors' data protection unit opened a civil inquiry.",
    )
    assert a.regulator == "MPDFT"


def test_more_authorities_by_their_short_names() -> None:
    cases = [
        ("Google will pay D.C. $9.5 million over location tracking",
         "District of Columbia Attorney General Karl Racine said Palvex misled users.", "DC AG"),
        ("Icelandic watchdog orders Palvex's pupils' data erased",
         "Iceland's data protection authority found the school platform unlawful.",
         "Icelandic DPA"),
        ("German federal privacy commissioner orders Palvex to shut its page",
         "The commissioner said visitors' data was collected without a legal basis.", "BfDI"),
        ("Sernac sues Palvex on behalf of customers hit by data leaks",
         "Chile's consumer agency filed a collective action.", "SERNAC"),
        ("NY attorney general: Palvex faked millions of comments in real people's names",
         "The investigation found Palvex used stolen identities.", "New York AG"),
    ]  # fmt: skip
    for title, summary, regulator in cases:
        assert run(title, summary).regulator == regulator, title


def test_us_federal_prosecutions_are_the_justice_departments() -> None:
    cases = [
        ("Palvex founder charged with defrauding investors",
         "Federal prosecutors in Manhattan said Dara Quint lied to investors about Palvex."),
        ("FBI arrests alleged forum owner in New York",
         "The FBI arrested Dara Quint, who ran a forum selling stolen databases."),
        ("United States v. Palvex Inc.; Proposed Final Judgment and Competitive Impact Statement",
         "The Antitrust Division filed a civil complaint and proposed settlement."),
    ]  # fmt: skip
    for title, summary in cases:
        assert run(title, summary).regulator == "DOJ", title


def test_a_headline_fine_outweighs_the_word_settled_in_the_summary() -> None:
    a = run(
        "Regulator fines Palvex £284 million over trading failings",
        "The Financial Conduct Authority fined Palvex £284 million. Palvex settled at an early "
        "stage and so qualified for a 30% discount.",
    )
    assert a.action_stage == "fine"
    # a settlement instrument in the summary is the step itself
    a = run(
        "FCC fines Palvex $750,000 for blocking Wi-Fi hotspots",
        "Palvex agreed to a consent decree with the FCC to resolve the investigation.",
    )
    assert a.action_stage == "settlement"


def test_the_ftcs_proposed_settlements_and_administrative_orders_are_proposed_orders() -> None:
    a = run(
        "Palvex must delete face recognition models built from users' photos",
        "The FTC alleged Palvex applied facial recognition by default. Under the proposed "
        "settlement, the company must delete the models.",
    )
    assert a.action_stage == "proposed_order"
    a = run(
        "Palvex to pay $3 million over 'pre-approved' offers that weren't",
        "The FTC alleged Palvex used dark patterns. The proposed administrative order would send "
        "the money to affected consumers.",
    )
    assert a.action_stage == "proposed_order"
    # another authority's proposed settlement is a settlement (S1)
    a = run(
        "Palvex agrees to pay $5 million to settle state claims",
        "Under the proposed settlement with the New York Attorney General, Palvex will pay "
        "$5 million.",
    )
    assert a.action_stage == "settlement"


def test_money_a_suit_alleges_or_seeks_leaves_it_a_complaint() -> None:
    a = run(
        "FTC sues Palvex, saying it made memberships nearly impossible to cancel",
        "The FTC alleged Palvex hid ways to cancel and seeks refunds for members who kept paying.",
    )
    assert a.action_stage == "complaint"
    a = run(
        "Texas sues Palvex over driving data gathered through phone apps",
        "The attorney general alleges Palvex paid app developers to embed its tracking kit.",
    )
    assert a.action_stage == "complaint"
    # an agreement reported with the suit is the step carrying the remedy (S3)
    a = run(
        "FTC sues Palvex over hidden fees",
        "Palvex agreed to pay $2 million to settle the charges.",
    )
    assert a.action_stage == "settlement"


def test_a_warning_letter_or_guidance_alone_is_no_order() -> None:
    a = run(
        "Privacy watchdog gives Palvex administrative guidance over Like-button data",
        "The Personal Information Protection Commission said Palvex's plugins sent user IDs "
        "without consent and told it to improve.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    a = run(
        "Regulator orders Palvex to delete unlawfully collected face data",
        "The regulator ordered Palvex to delete the data within 30 days.",
    )
    assert a.action_stage == "final_order"


def test_a_court_that_bans_bars_or_jails_gives_a_court_order() -> None:
    for title in (
        "Regional court bans Palvex as 'extremist'",
        "Regional court bars Palvex from collecting iris data",
        "Regional court jails Palvex founder for selling patient records",
        "FTC gets court to halt Palvex scheme that sold AI-boosted online stores",
    ):
        assert run(title, "Palvex broke data protection law.").action_stage == "court_order", title


def test_marketing_without_consent_and_data_kept_too_long_are_data_sourcing() -> None:
    a = run(
        "Palvex fined £400,000 for 99 million automated marketing calls",
        "The ICO said Palvex made the calls without the people's consent.",
    )
    assert "data_sourcing" in a.topics
    a = run(
        "CNIL fines Palvex €250,000 for keeping users' data too long",
        "The CNIL found Palvex kept customers' accounts years after they closed.",
    )
    assert "data_sourcing" in a.topics


def test_a_party_a_court_clears_or_acquits_is_still_a_party() -> None:
    a = run(
        "Appeals court revives privacy claim against Palvex, clears Quorra in tracking case",
        "The court let a claim proceed against Palvex and upheld dismissal of the claims against "
        "Quorra.",
    )
    assert {"Palvex", "Quorra"} <= set(a.targets)
    a = run(
        "Dara Quint guilty of phone-hacking conspiracy; Olen Vart cleared",
        "A jury convicted Dara Quint of conspiring to intercept voicemails, while Olen Vart was "
        "acquitted of all charges.",
    )
    assert {"Dara Quint", "Olen Vart"} <= set(a.targets)


def test_abbreviations_and_lone_legal_forms_are_no_parties() -> None:
    a = run(
        "Regulator fines Palvex 1.75 million lira over children's data",
        "The board fined Palvex Pte. Ltd. and said the U.S. firm's TV app collected DNA data.",
    )
    assert not {"Ltd", "U.S", "TV", "DNA"} & set(a.targets)


def test_companies_that_demand_another_stop_are_like_plaintiffs() -> None:
    a = run(
        "Palvex, Quorra and Tessaro demand that Zorba AI stop scraping their sites",
        "Palvex and its Quorra unit sent Zorba AI a cease-and-desist letter telling it to stop "
        "collecting images, and Tessaro said it had also demanded that Zorba stop.",
    )
    assert a.targets == ["Zorba AI"]


def test_a_list_of_people_goes_on_past_the_company_one_of_them_runs() -> None:
    a = run(
        "Founder of telehealth start-up charged with illegally distributing stimulants",
        "Prosecutors arrested Dara Quint, founder and chief executive of Palvex Global, and "
        "clinical president Olen Vart, accusing them of conspiring to distribute stimulants.",
    )
    assert {"Dara Quint", "Olen Vart"} <= set(a.targets)


def test_co_defendants_named_by_what_they_are_or_among_those_charged() -> None:
    a = run(
        "Two officers and two hackers indicted over intrusion into Palvex's network",
        "A federal grand jury charged Dara Quint and Ilse Moor, together with hackers Olen Vart "
        "and Jorvan Palkett, over the conspiracy.",
    )
    assert {"Dara Quint", "Ilse Moor", "Olen Vart", "Jorvan Palkett"} <= set(a.targets)
    a = run(
        "Eight charged in Brooklyn over ad fraud schemes",
        "Federal prosecutors unsealed an indictment accusing eight men, including Dara Quint, of "
        "running a fraud ring.",
    )
    assert "Dara Quint" in a.targets


def test_a_us_federal_criminal_case_with_no_authority_named_is_the_dojs() -> None:
    a = run(
        "Jury convicts Palvex founder of defrauding investors",
        "A federal jury in San Jose found Dara Quint guilty of wire fraud over Palvex's claims.",
    )
    assert a.is_enforcement and a.regulator == "DOJ"
    # a state court's criminal case stays without a federal authority
    a = run(
        "Jury convicts Palvex founder of defrauding investors",
        "A state jury in Texas found Dara Quint guilty of fraud.",
    )
    assert a.regulator != "DOJ"
    # a U.S. District Judge (capitalised) sentences; a suspect extradited to the US
    a = run(
        "Palvex founder sentenced to 11 years for defrauding investors",
        "U.S. District Judge Ona Vell in San Jose sentenced Dara Quint to 11 years in prison.",
    )
    assert a.regulator == "DOJ"
    a = run("Alleged Quorra ransomware developer extradited to the US", "Dara Quint was charged.")
    assert a.is_enforcement and a.regulator == "DOJ"


def test_a_proposed_order_filed_in_court_by_the_doj_is_a_settlement() -> None:
    a = run(
        "Palvex to pay $25 million over voice recordings kept from parents",
        "A complaint filed by the Justice Department on behalf of the FTC alleges Palvex kept "
        "children's recordings. The proposed order requires Palvex to pay a civil penalty.",
    )
    assert a.action_stage == "settlement"
    a = run(
        "Palvex settles FTC charges over children's data",
        "Under the proposed order, Palvex must delete the data it collected.",
    )
    assert a.action_stage == "proposed_order"


def test_an_authority_that_takes_a_company_to_court_files_a_complaint() -> None:
    a = run(
        "Consumer watchdog takes Palvex to court over combining personal data",
        "The ACCC filed proceedings in the Federal Court alleging Palvex misled users.",
    )
    assert a.action_stage == "complaint"
    a = run(
        "Court orders Palvex to stop combining personal data",
        "The Federal Court ruled that Palvex misled users.",
    )
    assert a.action_stage == "court_order"


def test_a_suit_that_survives_or_cannot_be_shaken_is_a_court_order() -> None:
    for title in (
        "Palvex can't shake class action over face scans of employees",
        "Caller's wiretap suit against Palvex survives dismissal bid",
    ):
        a = run(title, "A federal judge denied Palvex's motion under the biometric privacy law.")
        assert a.action_stage == "court_order", title


def test_a_fine_someone_seeks_is_not_imposed() -> None:
    a = run(
        "Privacy agency seeks $46,000 fine from Palvex for registering late as a data broker",
        "The agency's enforcement division filed an administrative action against Palvex.",
    )
    assert a.action_stage == "complaint"
    # nor is one the authority would have imposed, declined to impose or could impose later
    for summary in (
        "The regulator said it would have fined the council £10 million had it not been public.",
        "The ICO decided not to fine the public body and issued a reprimand.",
        "The forces received formal reprimands rather than fines.",
    ):
        a = run("ICO reprimands Palvex Council after pupil data was misused", summary)
        assert a.action_stage == "final_order", summary


def test_a_workers_suit_over_pay_or_harm_is_no_data_sourcing_matter() -> None:
    a = run(
        "Palvex sued by contractors who say AI training work exposed them to disturbing content",
        "Workers who rated prompts through Palvex's platform filed a proposed class action, "
        "alleging they were required to train chatbots on abusive material without mental-health "
        "support.",
    )
    assert "data_sourcing" not in a.topics and not a.is_enforcement


def test_ordered_to_pay_by_a_court_is_a_court_order() -> None:
    a = run(
        "Palvex ordered to pay A$9 million over misleading repair claims",
        "The Federal Court ordered the penalty in proceedings the ACCC brought.",
    )
    assert a.action_stage == "court_order"
    a = run(
        "Palvex ordered to pay €1.4 million over loyalty-card consents",
        "The Garante found Palvex processed customers' data without valid consent.",
    )
    assert a.action_stage != "court_order"


def test_deletion_window_opens_on_deletion_words_only():
    from monitor.extract import _deletion_window

    # "cameras" holds "eras" but erases nothing: no window, so no body cue far from a deletion
    assert _deletion_window("The shop's cameras ran for years. " * 20) is None
    body = "x" * 1000 + " The regulator said the templates were erased. " + "y" * 1000
    lo, hi = _deletion_window(body) or (0, 0)
    assert lo == body.index("erased") - 300 and hi == body.index("erased") + 300
    for word in ("erase", "erasing", "erasure", "deleted", "destroyed", "purged", "expunged"):
        assert _deletion_window(f"It was told to {word} them.") is not None, word


def test_generational_suffix_stays_with_the_person():
    a = run(
        "Palvex, Owner and CEO Settle FTC Charges They Sold Fake Reviews",
        "Palvex, LLC and its owner and CEO Dara Quint, Jr. have agreed to settle charges that "
        "they sold fake reviews. Under the settlement they must pay $250,000.",
        publisher="ftc-press",
    )
    assert a.is_enforcement
    assert "Dara Quint, Jr." in a.targets
    assert not any(t in ("Jr", "Jr.") for t in a.targets)


@pytest.mark.parametrize(
    ("title", "summary", "publisher"),
    [
        (
            "Windows 12: the CNIL closes the formal notice procedure against Palvex Corporation",
            "The CNIL's chair closed the public formal notice issued to Palvex in 2019 after "
            "finding the company had remedied the breaches: it now asks users before enabling "
            "the advertising identifier. No sanction was imposed.",
            "cnil",
        ),
        (
            "Statement on closure of preliminary inquiries with Tessaro Imaging and Zorba.ai",
            "The OAIC has ended its preliminary inquiries into Tessaro Imaging's supply of "
            "patients' scans to Zorba.ai to train a diagnostic AI model, and will not pursue "
            "regulatory action.",
            "oaic",
        ),
        (
            "ICO closes investigation into Tessaro's chatbot without enforcement notice",
            "The ICO said Tessaro had since assessed the risks of its chatbot, and closed its "
            "investigation.",
            "ico",
        ),
        (
            "Hamburg data protection authority drops urgency procedure against Palvex's AI "
            "training",
            "The authority said it would leave the matter to the lead authority in Ireland.",
            "news",
        ),
        (
            "Korea's antitrust regulator ends Palvex app store probe as it lets apps link out",
            "The Korea Fair Trade Commission said Palvex would let developers link to their own "
            "websites for sign-ups, and that it had no further concerns.",
            "news",
        ),
    ],
)
def test_a_closed_step_is_no_step(title: str, summary: str, publisher: str) -> None:
    a = run(title, summary, publisher=publisher)
    assert not a.is_enforcement and a.action_stage == "none"


def test_commitments_ending_a_probe_are_still_the_outcome() -> None:
    # "ending" a probe with the company's undertaking is that undertaking, not a closing
    c = run(
        "Palvex agrees to tell EU users when its prices are personalised, ending consumer probe",
        "After a dialogue with the European Commission and national consumer authorities, "
        "Palvex committed to inform users that its discounts are personalised by automated "
        "means, using their personal data.",
        publisher="news",
    )
    assert c.action_stage != "none"


def test_a_closing_with_a_penalty_in_the_headline_is_still_the_penalty() -> None:
    c = run(
        "ICO concludes investigation into Palvex and fines it £2 million",
        "The ICO concluded its investigation into Palvex Ltd, finding it sold customers' data "
        "without consent, and fined it £2 million.",
        publisher="ico",
    )
    assert c.is_enforcement and c.action_stage == "fine"


def test_people_named_by_role_after_the_step_are_parties():
    a = run(
        "FTC Reaches Settlement with Palvex Network; Charges Former Executives Quint and Zorba",
        "The FTC said Palvex Network will be banned from handling consumers' assets. The agency "
        "is suing co-founders Dara Quint and Ana Zorba over false promises that deposits were "
        "safe.",
        publisher="ftc-press",
    )
    assert "Palvex Network" in a.targets
    assert any("Quint" in t for t in a.targets) and any("Zorba" in t for t in a.targets)


def test_a_count_of_people_is_no_name_and_the_indictment_names_them():
    a = run(
        "Seven Latvian Nationals Charged in Hacking Campaign Against Critics",
        "Prosecutors in Brooklyn unsealed an indictment charging Lio Tessaro, Ana Zorba and Dara "
        "Quint with conspiring to hack critics and businesses.",
        publisher="doj-press",
    )
    assert a.targets == ["Lio Tessaro", "Ana Zorba", "Dara Quint"]
    b = run(
        "Nine Iranians charged over hacks of universities",
        "A federal grand jury indicted Palvex Institute, which prosecutors say hacked schools.",
        publisher="doj-press",
    )
    assert "Nine Iranians" not in b.targets


def test_a_list_of_people_goes_on_past_their_ages_and_home_towns():
    a = run(
        "Two charged over takeover of Palvex accounts",
        "Federal prosecutors charged Dara Quint, 19, of the United Kingdom, and Lio Tessaro, 22, "
        "of Orlando, over the takeover of about 130 accounts.",
        publisher="doj-press",
    )
    assert a.targets == ["Dara Quint", "Lio Tessaro"]


def test_sanctions_beside_criminal_charges_are_no_fine():
    a = run(
        "Two Latvian nationals charged over Palvex malware as Treasury sanctions Quorra Group",
        "The Justice Department unsealed charges against Dara Quint and Lio Tessaro, alleging they "
        "ran the malware. The Treasury Department sanctioned Quorra Group the same day.",
        publisher="doj-press",
    )
    assert a.is_enforcement and a.action_stage == "complaint"
    # a regulator's sanction is still its penalty
    b = run(
        "Hotel group Palvex sanctioned €600,000 for marketing emails sent without consent",
        "The CNIL sanctioned Palvex for emails sent to customers without their consent.",
        publisher="cnil",
    )
    assert b.action_stage == "fine"


def test_a_platform_that_made_a_person_famous_is_no_party():
    a = run(
        "Nigerian Palvex celebrity 'Zorbi' sentenced to 11 years for laundering fraud proceeds",
        "A federal judge sentenced Dara Quint, known as Zorbi, to 135 months in prison for "
        "conspiring to launder money from online frauds. Quint had flaunted private jets to "
        "millions of Palvex followers.",
        publisher="doj-press",
    )
    assert "Palvex" not in a.targets
    assert "Dara Quint" in a.targets


def test_cartels_and_competitors_sensitive_data_are_antitrust_not_data_sourcing():
    a = run(
        "Palvex, Quorra and Tessaro fined €371 million for euro bond cartel",
        "The European Commission found that traders at Palvex, Quorra and Tessaro swapped "
        "sensitive information in chatrooms on government bonds.",
        publisher="news",
    )
    assert a.is_enforcement and a.topics == []
    b = run(
        "Justice Department sues landlords over rent-pricing software",
        "The Justice Department filed an antitrust complaint accusing Palvex and Quorra of sharing "
        "competitively sensitive rent data through Tessaro's software; Quorra would be barred "
        "from using competitors' sensitive data to train a pricing model.",
        publisher="doj-press",
    )
    assert b.is_enforcement and b.topics == []
    # the cartel office acting on users' data is still about data sourcing
    c = run(
        "German cartel office forbids Palvex from merging users' data from its apps",
        "The Bundeskartellamt said Palvex may combine users' personal data collected across its "
        "services only with their consent.",
        publisher="news",
    )
    assert c.topics == ["data_sourcing"]


def test_behavioural_advertising_and_monetised_user_data_are_data_sourcing():
    a = run(
        "Oslo court turns down Palvex's bid to lift Norway's ban on behavioural ads",
        "Oslo District Court rejected Palvex's request for a temporary injunction against "
        "Datatilsynet's order banning behavioural advertising in Norway, leaving daily fines in "
        "place.",
        publisher="news",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Italy fines Palvex €7 million for not correcting how it told users their data is "
        "monetised",
        "Italy's competition authority AGCM fined Palvex for failing to comply with its order to "
        "stop presenting the service as free without explaining that users' data is collected "
        "and used commercially.",
        publisher="news",
    )
    assert b.is_enforcement and b.topics == ["data_sourcing"]


def test_a_court_striking_down_an_agency_rule_acts_against_no_company():
    a = run(
        "Eighth Circuit vacates FTC's 'easy-exit' rule days before it was to take effect",
        "A panel of the U.S. Court of Appeals for the Eighth Circuit vacated the FTC's amended "
        "Negative Option Rule, which would have required "
        "businesses to make cancelling as easy as signing up. The court held the Commission had "
        "skipped a required analysis after an administrative law judge found the rule's "
        "economic impact would exceed $100 million.",
        publisher="news",
    )
    assert not a.is_enforcement and a.action_stage == "court_order"


def test_a_state_named_as_where_people_are_is_no_authority():
    a = run(
        "Palvex sued for collecting app analytics from users who switched sharing off",
        "A proposed class action filed on behalf of users in California and New York says Palvex "
        "kept collecting analytics after they opted out.",
        publisher="news",
    )
    assert a.regulator is None
    b = run(
        "California and New York sue Palvex over app analytics",
        "The two states say Palvex kept collecting analytics after users opted out.",
        publisher="news",
    )
    assert b.regulator == "California AG"


def test_lists_go_on_past_a_unit_described_by_place_and_a_service_a_member_runs():
    a = run(
        "SEC sues Palvex and ex-CEO Quint over bond sales",
        "The SEC charged Palvex AG, its U.S. finance arm Palvex Finance LLC, Quorra Credit Inc. "
        "and former chief executive Dara Quint with defrauding investors.",
        publisher="news",
    )
    assert {"Quorra Credit Inc", "Dara Quint"} <= set(a.targets)
    b = run(
        "SEC sues Tessaro, its U.S. affiliate and founder Lio Zorba",
        "The SEC filed charges against Tessaro Holdings Ltd., Zorba Trading, which operates "
        "Tessaro.US, Zorba Management Holdings and founder Lio Zorba.",
        publisher="news",
    )
    assert {"Zorba Trading", "Zorba Management Holdings", "Lio Zorba"} <= set(b.targets)


def test_a_company_named_with_a_person_by_pronoun_shares_the_step():
    a = run(
        "FTC denies petition by stalkerware CEO to vacate 2021 order",
        "The Commission rejected Dara Quint's request to modify the 2021 consent order that banned "
        "him and Palvex, LLC from the surveillance-app business.",
        publisher="ftc-press",
    )
    assert "Palvex, LLC" in a.targets


def test_target_names_are_not_run_together_or_split():
    # a related name ends at its full stop
    a = run(
        "Garante fines Palvex Bank €17 million for profiling customers moved to Zorbank",
        "The Garante said Palvex Bank profiled customers it transferred to its subsidiary "
        "Zorbank. The Garante found the bank had no legal basis.",
        publisher="news",
    )
    assert "Zorbank" in a.targets and not any("The Garante" in t for t in a.targets)
    # a short name and its fuller form are one organisation, by the fuller name
    b = run(
        "FTC finalizes order with Qel Health, app that shared health data",
        "The FTC finalized its order against Qel Health, Inc. Qel shared users' health data with "
        "advertisers.",
        publisher="ftc-press",
    )
    assert "Qel" not in b.targets and any(t.startswith("Qel Health") for t in b.targets)
    # "Neither" opens a sentence; "Armenian Americans" are people; "S.L." is a legal form
    c = run(
        "Spain's AEPD fines events firm Palvex €10,000 over children's photos",
        "The AEPD fined Palvex, S.L. for posting children's photos without consent. Neither "
        "Palvex nor its clients objected. The firm had targeted Armenian Americans.",
        publisher="news",
    )
    assert len(c.targets) == 1 and c.targets[0].startswith("Palvex")


def test_a_settlement_over_a_data_breach_enforces_its_protection():
    a = run(
        "Judge approves Palvex consumer breach settlement, calling it the largest ever",
        "A federal judge gave final approval to the settlement of consumers' claims over the 2017 "
        "hack that exposed data on 147 million people. Palvex will pay $380.5 million into a fund.",
        publisher="news",
    )
    assert a.is_enforcement and a.regulator is None and a.action_stage == "court_order"


def test_a_court_sanctioning_lawyers_acts_against_them():
    a = run(
        "Utah lawyer fined $2,000 for AI-invented cases in Palvex firing suit",
        "Judge Dara Quint sanctioned Lio Tessaro, who represented a fired worker against Palvex, "
        "after his brief cited cases that do not exist.",
        publisher="news",
    )
    assert a.is_enforcement and a.action_stage == "court_order" and a.topics == []
    assert a.amount_usd == 2000
    # attorneys general are an authority, not counsel before a court
    b = run(
        "44 attorneys general warn AI companies over chatbots and children",
        "The attorneys general wrote to Palvex and Quorra saying they would use every power to "
        "protect children.",
        publisher="news",
    )
    assert b.action_stage != "court_order"
    # a disciplinary judge suspending a lawyer: a binding order against him
    c = run(
        "Utah suspends lawyer who filed AI-drafted motion with fake cases",
        "The state's presiding disciplinary judge approved a one-year suspension. Lio Tessaro "
        "had cited cases he found through a chatbot without checking them.",
        publisher="news",
    )
    assert c.is_enforcement and c.action_stage == "final_order"


def test_fair_use_and_copyrightable_mark_a_copyright_dispute():
    a = run(
        "Palvex AI case heads to a jury after judge refuses summary judgment on fair use",
        "Judge Dara Quint largely denied both sides' summary judgment motions in Quorra's suit "
        "accusing Palvex of using Quorra's headnotes to train its AI search engine. He found "
        "genuine disputes over whether the headnotes are copyrightable.",
        publisher="news",
    )
    assert not a.is_enforcement and "data_sourcing" in a.topics


def test_an_eu_court_ruling_in_an_authoritys_case_is_a_step_in_it():
    a = run(
        "EU court: Belgian watchdog may pursue Palvex over web tracking even though Ireland leads",
        "Answering questions from the Brussels Court of Appeal in the Belgian data protection "
        "authority's case against Palvex over cookies, the Court of Justice held that another "
        "supervisory authority may act in urgent cases.",
        publisher="news",
    )
    assert a.is_enforcement and a.regulator == "APD"
    # a question of law between private parties is still no step against anyone
    b = run(
        "EU court: pre-ticked checkboxes cannot give consent to cookies",
        "In a consumer group's case against Palvex, the Court of Justice held that consent "
        "requires an active choice.",
        publisher="news",
    )
    assert not b.is_enforcement


def test_a_parliament_passing_a_law_is_rule_making():
    a = run(
        "Norvania passes data protection amendments with breach reporting and higher fines",
        "Parliament passed the Personal Data Protection (Amendment) Bill, which requires "
        "organisations to report breaches and raises the maximum fine for processing personal data "
        "without consent.",
        publisher="news",
    )
    assert not a.is_enforcement


def test_final_approval_by_an_authority_or_a_court():
    a = run(
        "FTC Gives Final Approval to Settlement with Palvex over Social Rollout",
        "The FTC approved a final consent order resolving charges that Palvex used deceptive "
        "tactics and shared users' email contacts without their permission.",
        publisher="ftc-press",
    )
    assert a.action_stage == "final_order"
    b = run(
        "Palvex's $350 million hack settlement gets final court approval",
        "A federal judge approved the settlement of customers' claims over the 2021 cyberattack.",
        publisher="news",
    )
    assert b.is_enforcement and b.action_stage == "court_order"


def test_a_court_siding_with_a_party_rules():
    a = run(
        "Seoul court sides with Palvex, cancelling regulator's fine over slowed connections",
        "The Seoul Administrative Court ruled in Palvex's suit against the Korea Communications "
        "Commission that the fine it had imposed over slowed connections was unlawful.",
        publisher="news",
    )
    assert a.action_stage == "court_order"


def test_a_company_winning_a_permanent_injunction_is_the_plaintiff():
    a = run(
        "Palvex wins permanent injunction against rival 'Open Palvex' over its name",
        "A federal judge granted Palvex a permanent injunction barring Dara Quint and Quorra "
        "Systems, Inc. from using the name.",
        publisher="news",
    )
    assert "Palvex" not in a.targets


def test_breach_litigation_is_people_enforcing_their_data():
    a = run(
        "Fourth Circuit again throws out class certification in Palvex breach litigation",
        "The U.S. Court of Appeals for the Fourth Circuit vacated the certification of classes "
        "of guests suing Palvex over the theft of their reservation data.",
        publisher="news",
    )
    assert a.is_enforcement and a.regulator is None


def test_a_currency_code_is_no_target():
    a = run(
        "Danish watchdog seeks DKK 1.1 million fine for hotel group that kept old guest profiles",
        "Datatilsynet reported Palvex Hotel Group to the police and recommended a fine for keeping "
        "guest profiles longer than necessary.",
        publisher="news",
    )
    assert "DKK" not in a.targets


def test_an_authority_dropping_its_case_declines_action():
    a = run(
        "SEC drops case against Palvex and security chief Dara Quint",
        "The SEC said it had agreed to dismiss its remaining claims against Palvex and its chief "
        "information security officer, ending the case.",
        publisher="news",
    )
    assert not a.is_enforcement


def test_a_planned_fine_is_a_provisional_step():
    a = run(
        "ICO plans £6.09 million fine for NHS software supplier Palvex over ransomware attack",
        "The ICO said Palvex failed to protect its systems before hackers reached the personal "
        "data of 82,946 people.",
        publisher="ico",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_an_operation_halted_at_an_authoritys_request_is_acted_against():
    a = run(
        "FTC halts 'Quorra Machine' scheme that sold AI-powered online storefronts",
        "The FTC said a federal court had temporarily halted Palvex Scaling, which operated as "
        "Quorra Machine and allegedly told consumers its AI software would earn them thousands.",
        publisher="ftc-press",
    )
    assert a.is_enforcement and "Palvex Scaling" in a.targets
    # a company halting its own sales is no order
    b = run(
        "Palvex halts phone sales and recalls handsets after battery fires",
        "Palvex said it would replace all handsets sold after finding a battery problem.",
        publisher="news",
    )
    assert not b.is_enforcement and b.action_stage in ("none", "voluntary")


def test_a_party_to_a_separate_matter_is_no_target():
    a = run(
        "Palvex hit with €60 million French penalty over cookie banners",
        "France's data protection watchdog said Palvex made it cumbersome for visitors to decline "
        "tracking cookies. A separate, larger penalty for the same practice was announced against "
        "Quorra the same day.",
        publisher="news",
    )
    assert a.targets == ["Palvex"]


def test_a_recipient_described_by_apposition_is_no_party():
    a = run(
        "ICO fines Palvex £500,000 over app developers' access to friends' data",
        "The ICO fined Palvex for letting app developers reach users' profile data without clear "
        "consent, which allowed data to be shared with Quorra Group, the parent of Tessaro "
        "Analytica.",
        publisher="ico",
    )
    assert "Quorra Group" not in a.targets and "Palvex" in a.targets


def test_companies_seizing_criminals_sites_under_court_order_are_plaintiffs():
    a = run(
        "Palvex and Quorra seize 338 Zorbex phishing sites",
        "Acting under a court order, Palvex's digital crimes unit and Quorra took down sites used "
        "by the Zorbex phishing service, which it says Dara Quint ran.",
        publisher="news",
    )
    assert "Palvex" not in a.targets and "Quorra" not in a.targets


def test_a_name_used_as_a_comparison_is_no_party():
    a = run(
        "Quorra fined over Palvex-style feed that profiles children",
        "The regulator fined Quorra Media for profiling children in its Palvex-like video feed "
        "without parental consent.",
        publisher="news",
    )
    assert not any(t.startswith("Palvex") for t in a.targets)


def test_a_counted_group_named_after_a_dash_is_acted_against():
    a = run(
        "Six Latvian officers charged over Palvex malware attacks",
        "A federal grand jury indicted six officers of a military intelligence unit — Lio "
        "Tessaro, Ana Zorba and Dara Quint — over destructive malware attacks.",
        publisher="doj-press",
    )
    assert {"Lio Tessaro", "Ana Zorba", "Dara Quint"} <= set(a.targets)


def test_the_movers_to_dismiss_are_defendants():
    a = run(
        "Judge refuses to toss FTC's case against Palvex and three of its executives",
        "Judge Ana Zorba denied motions by Palvex.com and senior executives Dara Quint and Lio "
        "Tessaro to dismiss the FTC's amended complaint.",
        publisher="news",
    )
    assert {"Dara Quint", "Lio Tessaro"} <= set(a.targets)


def test_a_youtuber_is_a_person_described_not_a_name():
    a = run(
        "YouTuber who crashed his plane for a video is sentenced to six months",
        "Dara Quint, who posted a YouTube video of himself parachuting from a small plane he let "
        "crash in the Los Padres National Forest in 2021, was sentenced to six months in federal "
        "prison. He had pleaded guilty to destroying and concealing the wreckage to obstruct a "
        "federal investigation; the FAA had already revoked his pilot certificate.",
        publisher="doj-press",
    )
    assert "YouTuber" not in a.targets and "Dara Quint" in a.targets


def test_who_a_warning_or_reprimand_is_issued_to_is_a_party():
    a = run(
        "ICO reprimands Quorra Bet for sharing visitors' data before cookie consent",
        "The Information Commissioner's Office issued a reprimand to Palvex Limited, trading as "
        "Quorra Bet, finding its website passed visitors' data to ad-tech firms before consent.",
        publisher="ico",
    )
    assert "Palvex Limited" in a.targets


def test_communications_regulators_that_block_services():
    a = run(
        "Turkey blocks Palvex over child abuse content concerns",
        "Turkey's Information and Communication Technologies Authority blocked access to the "
        "chat platform Palvex under a court decision.",
        publisher="news",
    )
    assert a.regulator == "BTK"
    b = run(
        "Malaysia restricts access to Quorra after its neighbour's block",
        "The Malaysian Communications and Multimedia Commission said it was temporarily "
        "restricting access to Quorra until Palvex puts safeguards in place.",
        publisher="news",
    )
    assert b.regulator == "MCMC"
    c = run(
        "Indonesia temporarily blocks Palvex's chatbot over sexualised images",
        "Indonesia's communications and digital ministry said it had temporarily blocked access "
        "to the chatbot.",
        publisher="news",
    )
    assert c.regulator == "Komdigi"


def test_a_generational_suffix_is_one_span_with_its_name():
    from monitor.extract_names import find_names

    names = find_names(
        "Palvex, LLC and its CEO Dara Quint, Jr. agreed. Lio Tessaro, Sr., the founder."
    )
    assert [n[2] for n in names] == ["Palvex, LLC", "Dara Quint, Jr.", "Lio Tessaro, Sr."]


def test_the_party_a_court_hands_summary_judgment_is_the_defendant():
    a = run(
        "Judge hands Palvex summary judgment in Illinois biometric suit over Quorra's photos",
        "US District Judge Dara Quint granted Palvex summary judgment on claims that it violated "
        "Illinois' Biometric Information Privacy Act by obtaining a dataset Quorra built from "
        "photos without consent.",
        publisher="news",
    )
    assert "Palvex" in a.targets


def test_a_person_asking_a_chatbot_is_no_authority_asking():
    a = run(
        "Florida man charged with starting a blaze; prosecutors cite his Quorra prompts",
        "Federal prosecutors charged Dara Quint with destruction of property by means of fire. "
        "The complaint says months earlier he asked Quorra to draw a burning city.",
        publisher="doj-press",
    )
    assert a.targets == ["Dara Quint"]
    # an authority asking a company to act still makes it a party
    b = run(
        "Regulator asks Palvex to explain its data practices",
        "The privacy regulator asked Palvex to explain how it trains its chatbot on users' data.",
        publisher="news",
    )
    assert "Palvex" in b.targets


def test_the_company_a_person_leaves_or_joins_is_what_the_news_is_about():
    a = run(
        "Dara Quint to leave Palvex and start his own design firm",
        "Dara Quint, who led design for nearly three decades, will set up an independent firm, "
        "Quorra Studio.",
        publisher="news",
    )
    assert "Palvex" in a.targets
    b = run(
        "Tessaro joins Palvex as image-editing app maker agrees to be acquired",
        "The app maker said it had agreed to be acquired; terms were not disclosed.",
        publisher="news",
    )
    assert {"Tessaro", "Palvex"} <= set(b.targets)


def test_a_company_taking_someone_to_court_or_winning_a_case_against_them_is_the_plaintiff():
    a = run(
        "Palvex takes Norvanian government to court over message traceability rule",
        "Palvex filed a petition in the High Court arguing the rule would break encryption.",
        publisher="news",
    )
    assert "Palvex" not in a.targets
    b = run(
        "Quorra wins trade mark case against dating app Tessaro",
        "The High Court found Tessaro's name infringed Quorra's trade marks.",
        publisher="news",
    )
    assert "Quorra" not in b.targets


def test_a_headlines_generic_subject_is_no_name():
    a = run(
        "Consumer groups accuse Palvex of steering new users into tracking at sign-up",
        "Consumer organisations in several countries filed complaints saying Palvex's account "
        "set-up nudges people into sharing more data.",
        publisher="news",
    )
    assert "Consumer" not in a.targets and "Palvex" in a.targets
    b = run(
        "Review board: cascade of Palvex security failures let hackers into officials' email",
        "A federal review board said a chain of avoidable errors at Palvex allowed the intrusion.",
        publisher="news",
    )
    assert "Review" not in b.targets


def test_paid_for_is_a_purchase_not_a_payment():
    a = run(
        "Authors ask AI companies to pay for using their books",
        "Thousands of writers signed a letter asking Palvex and Quorra to compensate them for "
        "books that were never paid for and were used to train models.",
        publisher="news",
    )
    assert a.action_stage != "settlement"


@pytest.mark.parametrize(
    ("title", "summary", "targets"),
    [
        # the headline names the person by a past job: the person is the party
        (
            "Palvex's former top corporate lawyer pleads guilty to insider trading in "
            "Palvex shares",
            "Dara Quint, Palvex's former general counsel, who ran its policy, admitted he traded.",
            ["Dara Quint"],
        ),
        (
            "SEC charges Palvex's former top securities lawyer with insider trading",
            "The SEC said Dara Quint, once Palvex's senior director of corporate law and "
            "responsible for its policy, traded on tips.",
            ["Dara Quint"],
        ),
        # the company acted against stays the party when its former chief only speaks
        (
            "FTC fines Palvex over data sales",
            "Palvex's former chief executive said the company would appeal.",
            ["Palvex"],
        ),
        (
            "FTC fines Palvex and Quorra over data sales",
            "Palvex's former chief executive said the company would appeal.",
            ["Palvex", "Quorra"],
        ),
        (
            "FTC fines Palvex over data sales",
            "Palvex's former CEO Dara Quint said the company would appeal.",
            ["Palvex"],
        ),
    ],
)
def test_a_former_employer_is_no_party_of_the_persons_case(
    title: str, summary: str, targets: list[str]
) -> None:
    assert run(title, summary).targets == targets


def test_a_unit_in_apposition_to_a_name_that_is_no_party_adds_no_parent() -> None:
    summary = "He must pay restitution to Tessaro, the Palvex unit that grew out of the project."
    assert run("Judge sentences Dara Quint for stealing secrets", summary).targets == ["Dara Quint"]
    summary = "Tessaro, the Palvex unit that runs the app, must delete the data."
    assert run("FTC fines Tessaro over data sales", summary).targets == ["Tessaro", "Palvex"]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Poland fines Palvex PLN 2 million", "The Personal Data Protection Office said Palvex"),
        ("AG Quint secures $400,000 settlement with Palvex", "Palvex agreed to pay."),
        ("State sues Palvex over kids' data", "The Division of Consumer Protection sued Palvex."),
        ("Central Bank of Zorba fines Palvex €2 million", "Palvex must also fix its checks."),
        ("Palvex fined over spam", "The Data Protection Inspectorate fined Palvex €5,000."),
    ],
)
def test_an_enforcers_own_name_is_no_party(title: str, summary: str) -> None:
    assert run(title, summary).targets == ["Palvex"]


def test_an_antitrust_authority_on_data_collected_without_notice_is_data_sourcing() -> None:
    a = run(
        "Italy's antitrust authority fines Palvex €3 million over sign-up notice",
        "The AGCM said Palvex did not tell people signing up that their personal data would be "
        "collected and used for commercial purposes.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Italy's antitrust authority fines Palvex €3 million over price fixing",
        "The AGCM said Palvex and two rivals agreed prices for toll devices.",
    )
    assert b.is_enforcement and b.topics == []


def test_a_proposed_final_judgment_is_a_settlement_and_no_party() -> None:
    a = run(
        "United States v. Palvex Inc. and Quorra Labs; Proposed Final Judgment and Competitive "
        "Impact Statement",
        "The Antitrust Division filed a civil antitrust lawsuit with a proposed settlement that "
        "requires Palvex to license the technology. A Stipulation and the Final Judgment were "
        "filed in the District of Columbia.",
    )
    assert a.action_stage == "settlement"
    assert a.targets == ["Palvex Inc", "Quorra Labs"]


def test_an_sec_penalty_is_a_settled_order() -> None:
    a = run(
        "SEC fines Palvex Advisors $1 million over identity theft programme",
        "Palvex agreed to pay a $1 million penalty without admitting or denying the findings.",
    )
    assert a.regulator == "SEC" and a.action_stage == "settlement"


@pytest.mark.parametrize(
    ("title", "summary", "regulator"),
    [
        (
            "Court overturns €18 million data protection fine against Palvex",
            "Austria's Federal Administrative Court set aside the fine the data protection "
            "authority had imposed on Palvex.",
            "DSB",
        ),
        (
            "Hamburg privacy chief orders Palvex to let a user keep her pseudonym",
            "Hamburg's data protection authority issued an order; Palvex said only Irish law "
            "applies.",
            "HmbBfDI",
        ),
    ],
)
def test_an_unnamed_data_protection_authority_is_its_places(
    title: str, summary: str, regulator: str
) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.regulator == regulator


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Judge blocks California law letting people sue over election deepfakes",
            "A federal judge granted Dara Quint a preliminary injunction against the law.",
        ),
        (
            "Judge pauses enforcement of California's new privacy regulations for a year",
            "The court sided with the Palvex Chamber, which argued the agency missed a deadline.",
        ),
        (
            "Texas judge vacates part of HHS guidance on hospitals' use of online trackers",
            "The Palvex Hospital Association had challenged the guidance on tracking pixels.",
        ),
    ],
)
def test_a_court_blocking_a_law_rule_or_guidance_acts_against_no_party(
    title: str, summary: str
) -> None:
    assert not run(title, summary).is_enforcement


def test_a_warning_to_a_sector_or_the_public_is_guidance() -> None:
    a = run(
        "Dutch DPA warns supermarkets that facial recognition cameras are almost always unlawful",
        "The Autoriteit Persoonsgegevens said the Palvex trade body's members may not scan faces.",
    )
    assert not a.is_enforcement
    b = run("Palvex regulator warns voters against using AI chatbots for election advice", "")
    assert not b.is_enforcement
    # a warning to a named party stays an action, and so does one beside another step
    c = run("Norway's data watchdog warns Palvex of NOK 100 million fine over ad data", "")
    assert c.is_enforcement
    d = run("Dutch watchdog opens investigation into Palvex and warns users to be careful", "")
    assert d.is_enforcement


def test_the_edps_acts_on_the_eu_bodies_it_names_not_their_tools() -> None:
    a = run(
        "EDPS finds European Commission's use of Palvex 365 breaks EU data protection rules",
        "The European Data Protection Supervisor ordered the Commission to suspend data flows to "
        "Palvex and its affiliates.",
    )
    assert a.regulator == "EDPS" and a.targets == ["European Commission"]
    b = run("EDPS reprimands European Parliament over test-booking website", "")
    assert b.targets == ["European Parliament"]


def test_a_company_pausing_its_own_service_after_an_authority_acts_of_itself() -> None:
    a = run(
        "Palvex suspends generative AI tools in Brazil after data regulator's objection",
        "Palvex said it would pause the tools while it talks to the ANPD, which ordered it to "
        "halt its training plan earlier this month.",
    )
    assert not a.is_enforcement and a.action_stage == "voluntary"
    # an authority's own suspension stays its order
    b = run("Brazil's ANPD suspends Palvex's AI training after objection", "")
    assert b.is_enforcement


def test_a_similar_or_separate_case_against_another_company_is_background() -> None:
    a = run(
        "Palvex wins dismissal, for now, of suit over personal data scraped to train its AI",
        "A federal judge dismissed a proposed class action accusing Palvex of scraping personal "
        "data without consent. Citing problems another judge found with a similar complaint "
        "against Quorra, she told the plaintiffs to file a shorter version.",
    )
    assert "Quorra" not in a.targets and a.targets[0] == "Palvex"


def test_a_platform_named_as_the_medium_is_no_party() -> None:
    a = run(
        "Italy's privacy watchdog fines data supplier and estate agents over cold calls and "
        "Palvex messages to homeowners",
        "The Garante fined a services company and nine agencies that phoned owners without "
        "consent.",
    )
    assert "Palvex" not in a.targets


def test_a_study_word_after_an_authoritys_sanction_names_its_object() -> None:
    a = run(
        "Korea fines Palvex Music and four other firms over leaks, one via a public online survey",
        "South Korea's Personal Information Protection Commission fined six businesses that "
        "failed to protect personal data.",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    b = run("FTC seeks public comment on cloud computing business practices survey", "")
    assert not b.is_enforcement


def test_new_sanctions_an_authority_imposes_are_fines() -> None:
    a = run(
        "The CNIL imposes 12 new sanctions under its simplified procedure",
        "Since May the CNIL has issued 12 sanctions, among them one on Palvex for filming staff "
        "without consent.",
    )
    assert a.is_enforcement and a.action_stage == "fine"


def test_a_company_added_to_an_investment_blacklist_is_acted_against() -> None:
    a = run(
        "Treasury adds Palvex, Quorra and six other firms to investment blacklist over spying",
        "The Treasury Department's Office of Foreign Assets Control added eight companies to its "
        "list, barring US investors from buying their securities.",
    )
    assert a.is_enforcement and a.regulator == "OFAC" and a.targets == ["Palvex", "Quorra"]


def test_an_amended_complaint_is_a_pleading_not_a_policy() -> None:
    a = run(
        "In re Palvex Pixel Healthcare Litigation: Order Denying Palvex's Motion to Dismiss "
        "Amended Claims",
        "Judge Dara Quint denied Palvex's second motion to dismiss the suit alleging its pixel "
        "sent patients' health information to Palvex. Plaintiffs had repleaded "
        "invasion-of-privacy and intrusion-upon-seclusion claims.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_who_signs_an_executive_order_is_no_party() -> None:
    a = run(
        "Dara Quint orders curbs on sales of Americans' sensitive data to other countries",
        "President Dara Quint signed an executive order directing the Justice Department to "
        "write rules restricting bulk transfers of Americans' data.",
    )
    assert "Dara Quint" not in a.targets and not a.is_enforcement


def test_a_court_letting_privacy_class_actions_go_ahead_rules() -> None:
    a = run(
        "Amsterdam court lets Dutch class actions over children's data go ahead against Palvex",
        "The District Court declared three foundations admissible in their collective actions "
        "against Palvex over children's viewing data used for targeted advertising.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_data_read_or_recorded_in_secret_is_data_sourcing() -> None:
    a = run(
        "Palvex sued for reading iPhone users' clipboards",
        "An iPhone user filed a proposed class action in federal court accusing Palvex of "
        "secretly reading the contents of users' clipboards.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_comment_period_told_as_over_names_no_proposed_order() -> None:
    final = run(
        "FTC Approves Final Order Against Palvex Over Location Data",
        "Following a public comment period, the Federal Trade Commission approved a final order "
        "with Palvex, Inc. resolving charges that it sold consumers' precise location data.",
        "ftc-press",
    )
    assert final.is_enforcement and final.action_stage == "final_order"
    proposed = run(
        "FTC Order Bars Quorra From Selling Location Data",
        "The proposed consent order with Quorra LLC will be subject to public comment for 30 days, "
        "after which the Commission will decide whether to make it final.",
        "ftc-press",
    )
    assert proposed.action_stage == "proposed_order"


def test_removing_search_results_about_a_person_is_data_sourcing() -> None:
    # T5: a search engine made to delist results about a person: personal data used without a
    # legal basis, even where the results tell of a crime
    a = run(
        "Osaka court orders Quorra to take down search results linking man to crimes",
        "The district court granted a provisional injunction ordering Quorra to remove 40 search "
        "results about a man who was convicted years ago.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_ruling_on_which_law_applies_is_a_point_of_law() -> None:
    # E3 (d041): "X is subject to the privacy law" answers a question of law, no step against X
    ref = run(
        "Court of Appeal confirms Quorra's search engine is subject to the federal privacy law",
        "The court dismissed the company's appeal in the reference brought by the commissioner.",
    )
    assert not ref.is_enforcement
    fined = run(
        "Appeals court rules Palvex is subject to a fine under the Data Act",
        "The court upheld the regulator's penalty.",
    )
    assert fined.is_enforcement


def test_a_group_complaining_to_a_regulator_is_no_step_yet() -> None:
    a = run(
        "Rights group complains to CNIL that Palvex's phone ID tracks users without consent",
        "The group filed a complaint with France's CNIL alleging that Palvex stores an advertising "
        "identifier on phones without prior consent, which it says breaches the ePrivacy rules.",
    )
    assert not a.is_enforcement


def test_a_securities_class_action_over_privacy_claims_is_no_privacy_suit() -> None:
    # E2/E4: investors suing over what a company said of its privacy enforce securities law
    a = run(
        "Palvex shareholder sues, claiming company overstated privacy and encryption",
        "A Palvex investor filed a proposed securities class action in federal court, alleging "
        "the company misrepresented its privacy practices and that its stock fell.",
    )
    assert not a.is_enforcement
    b = run(
        "Palvex users sue over app that shared their location without consent",
        "The proposed class action says Palvex sold users' location data without consent.",
    )
    assert b.is_enforcement and b.topics == ["data_sourcing"]


def test_a_top_court_declining_to_hear_an_appeal_rules_in_the_case() -> None:
    # E1: a ruling in the case whoever wins; declining review is no authority declining action
    a = run(
        "Supreme Court won't hear Quorra's appeal in Wi-Fi wiretap case",
        "The Supreme Court declined to review a ruling that lets people sue Quorra under the "
        "Wiretap Act for data its cars collected from home networks. The class action returns to "
        "the trial court.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_a_consumer_body_launching_a_suit_is_enforcement_only_under_privacy_law() -> None:
    gdpr = run(
        "Consumer association launches first GDPR class action, against Palvex over app data",
        "The consumer association filed a collective action against Palvex, accusing it of "
        "collecting location data from users without valid consent.",
    )
    assert gdpr.is_enforcement and gdpr.topics == ["data_sourcing"]
    market = run(
        "Consumer group launches £2 billion claim against Quorra over app store",
        "The consumer group filed an opt-out collective claim at the tribunal accusing Quorra of "
        "abusing its dominance and overcharging users.",
    )
    assert not market.is_enforcement


def test_a_state_banning_an_activity_makes_a_law() -> None:
    law = run(
        "Vermont bans the sale of precise location data and of under-16s' personal data",
        "Governor Dara Quint signed House Bill 41, amending the Vermont Consumer Privacy Act so "
        "that controllers may not sell precise geolocation data. Processing minors' data for "
        "targeted advertising is also barred. The Vermont Department of Justice enforces the act.",
    )
    assert not law.is_enforcement
    block = run("Nepal bans Quorra over data collection", "The government ordered the app blocked.")
    assert block.is_enforcement


def test_a_company_disclosing_an_inquiry_into_it_reports_an_investigation() -> None:
    a = run(
        "Palvex discloses FTC request for information about how it markets its AI scanners",
        "Palvex Holdings, Inc. disclosed that the Federal Trade Commission had asked it for "
        "information about its marketing practices. Its shares fell 13%.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    study = run(
        "FTC issues request for information on cloud computing business practices",
        "The agency seeks public comment on the market's competition and data security.",
    )
    assert not study.is_enforcement


def test_the_swiss_commissioner_is_named_by_its_full_title() -> None:
    a = run(
        "Swiss Federal Supreme Court sides with data commissioner against Palvex AG",
        "The court upheld the Federal Data Protection and Information Commissioner's case "
        "against Palvex AG, which secretly logged users' IP addresses.",
    )
    assert a.regulator == "FDPIC"


def test_a_count_opening_a_headline_and_an_officers_title_are_no_part_of_a_name() -> None:
    over = run("Over 500,000 Palvex accounts sold or given away on hacker forums")
    assert over.targets == ["Palvex"]
    chief = run("Regulator questions Quorra CEO over data sales")
    assert chief.targets == ["Quorra"]


def test_listed_companies_pausing_their_own_service_act_of_themselves() -> None:
    a = run(
        "Palvex and Quorra pause facial recognition in stores as privacy regulator investigates",
        "Two retailers said they would stop using facial recognition cameras while the "
        "commissioner investigates whether their use complied with the Privacy Act.",
    )
    assert not a.is_enforcement and a.action_stage == "voluntary"


def test_a_headline_step_dated_to_the_past_is_background() -> None:
    a = run(
        "Palvex relaunches its chatbot after 2021 privacy fine",
        "The startup said the new version was trained on data users consented to. The Personal "
        "Information Protection Commission had fined it for using users' messages without consent.",
    )
    assert not a.is_enforcement
    b = run(
        "ICO fines Quorra after 2021 breach exposed patients' records",
        "The ICO fined Quorra £200,000 for failing to protect the data.",
    )
    assert b.is_enforcement


def test_the_european_court_of_human_rights_rules_as_a_court() -> None:
    a = run(
        "Strasbourg: keeping an activist's protest records on a police database breached privacy",
        "The European Court of Human Rights found that Ruritania violated Article 8 by keeping "
        "records of a peaceful protester on a database.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_regulators_finding_a_company_does_not_comply_is_a_finding() -> None:
    a = run(
        "Palvex's new privacy policy: European DPAs find it does not comply with EU law",
        "Data protection authorities, in a review led by the CNIL, concluded that the policy gives "
        "users too little information and combines data across services without a legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_a_courts_notice_on_a_petition_reports_the_suit_filed() -> None:
    a = run(
        "High Court issues notice on PIL challenging Ruritania police's use of facial recognition",
        "The court asked the state government and the police to respond to a petition saying the "
        "scanning of people's faces without consent violates their right to privacy.",
    )
    assert a.action_stage == "complaint"


def test_an_attorney_general_announcing_an_agreement_reports_a_settlement() -> None:
    a = run(
        "Attorney General Roe Announces Agreement With Palvex to Better Protect Young Users",
        "New York Attorney General Jane Roe announced that Palvex agreed to respond to complaints "
        "about harassment within 24 hours and to hire an independent examiner.",
        "state-ag",
    )
    assert a.is_enforcement and a.action_stage == "settlement"


def test_a_grand_jury_indictment_is_the_complaint_step() -> None:
    a = run(
        "Grand jury indicts Palvex Agency and 13 people over election interference",
        "A federal grand jury in Washington indicted Palvex Agency LLC and 13 Russian nationals.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"


def test_platforms_listed_after_on_are_no_subject_of_the_verb_after_them() -> None:
    a = run(
        "Grand jury indicts Palvex Agency over election interference",
        "A federal grand jury indicted Palvex Agency. Prosecutors say its staff ran fake personas "
        "and pages on Quorra, Zorba and Tessaro, bought political ads and staged rallies.",
    )
    assert a.targets == ["Palvex Agency"]


def test_inquiry_letters_to_a_kind_of_business_are_a_sweep() -> None:
    a = run(
        "California AG sends privacy inquiry letters to large employers over workers' data",
        "The California Attorney General announced an investigative sweep of large employers, "
        "sending inquiry letters about how they handle employees' personal information.",
        "state-ag",
    )
    assert not a.is_enforcement
    named = run(
        "California AG sends inquiry letters to Palvex and Quorra over workers' data",
        "The California Attorney General asked both companies how they handle employees' "
        "personal data.",
        "state-ag",
    )
    assert named.is_enforcement


def test_speeches_at_an_event_that_announces_no_case_are_no_action() -> None:
    a = run(
        "At DataCon, two commissioners point to model deletion and limits on selling data",
        "At the FTC's annual conference, the chair said the agency's orders target unlawful data "
        "collection, and a commissioner pointed to orders requiring companies to delete models "
        "built with illegally obtained data. The virtual event featured research on AI; no new "
        "case was announced.",
    )
    assert not a.is_enforcement


def test_a_cjeu_case_number_marks_a_judgment_on_a_point_of_law() -> None:
    a = run(
        "Quint v Palvex Ireland (C-123/19): activist may sue as a consumer, but not on assigned "
        "claims",
        "The Court of Justice ruled that Dara Quint keeps his status as a consumer for his own "
        "privacy claims against Palvex Ireland despite his activism.",
    )
    assert not a.is_enforcement


def test_users_data_scraped_from_a_platform_by_others_is_a_security_failure() -> None:
    # T5: the platform failed to protect its users' data; it did not source it
    a = run(
        "DPC fines Palvex €20 million after data of 300 million Palvex users was scraped",
        "Scrapers used the contact-import feature to collect users' phone numbers, later "
        "published on a hacking forum.",
    )
    assert a.is_enforcement and a.topics == []
    b = run(
        "DPC fines Quorra €20 million for scraping photos of people without consent",
        "Quorra scraped billions of images to build its face search tool.",
    )
    assert b.topics == ["data_sourcing"]


def test_sentences_given_to_people_make_them_the_parties() -> None:
    a = run(
        "Milan court convicts three Palvex executives over bullying video",
        "A Milan judge gave six-month suspended sentences to Palvex chief legal officer Dara "
        "Quint for violating Italy's privacy code after a video was posted on Palvex Video.",
    )
    assert "Dara Quint" in a.targets and "Palvex" not in a.targets


def test_a_boards_dispute_resolution_is_binding_and_a_draft_decision_provisional() -> None:
    board = run(
        "EU privacy board settles dispute over Irish draft decision on Palvex's children's data",
        "The European Data Protection Board adopted a binding decision instructing the Irish "
        "regulator to find that Palvex processed children's data unlawfully.",
    )
    assert board.is_enforcement and board.action_stage == "final_order"
    draft = run(
        "Irish draft decision would fine Quorra up to €36 million over ads consent",
        "The Data Protection Commission's draft decision, sent to other regulators, proposes "
        "a fine of up to €36 million over transparency.",
    )
    assert draft.action_stage == "investigation"


def test_a_companys_plea_agreement_with_a_payment_is_a_settlement() -> None:
    plea = run(
        "Palvex Agrees to Plead Guilty and Pay $110 Million Criminal Fine",
        "Palvex Corporation agreed to plead guilty to conspiring to fix prices and to pay a "
        "$110 million criminal fine, the Justice Department said.",
        "doj-press",
    )
    assert plea.is_enforcement and plea.action_stage == "settlement"
    person = run(
        "Former Quorra engineer pleads guilty to stealing self-driving car secrets",
        "Dara Quint pleaded guilty in federal court to one count of theft of trade secrets.",
        "doj-press",
    )
    assert person.action_stage == "court_order"
    nydfs = run(
        "New York regulator fines Zorba $2 million over cybersecurity failures",
        "The New York State Department of Financial Services fined Zorba $2 million, saying "
        "failures under the state's cybersecurity regulation exposed customers' information.",
    )
    assert nydfs.regulator == "NYDFS" and nydfs.action_stage == "settlement"


def test_scrapping_a_project_is_no_scraping() -> None:
    assert run("Palvex scraps its electric-car project and shifts staff to AI").topics == []
    assert run("Quorra scrapped an AI recruiting tool").topics == []
    assert "data_sourcing" in run("Zorba scraped billions of photos from social media").topics


def test_a_court_acting_on_a_fine_in_the_headline_rules() -> None:
    a = run(
        "Rome court scraps Italy's €15 million privacy fine on chatbot maker Palvex",
        "A Rome court has cancelled the fine that Italy's data protection authority imposed on "
        "Palvex for processing users' personal data without a legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_a_payout_to_end_a_suit_settles_and_moving_to_fine_is_provisional() -> None:
    paid = run(
        "Palvex agrees to $25 million payout to end suit over sharing prescription data",
        "A federal judge must still approve the class action settlement over tracking pixels.",
    )
    assert paid.action_stage == "settlement"
    moves = run(
        "Korea's telecoms regulator moves to fine Quorra 68 billion won over in-app payments",
        "The Korea Communications Commission said it would fine Quorra after finding it forced "
        "developers to use its payment system.",
    )
    assert moves.action_stage == "investigation"


def test_a_tribunal_ruling_on_a_penalty_is_no_private_suit() -> None:
    a = run(
        "Appeals tribunal keeps ₹200 crore penalty on Palvex but lifts its data-sharing ban",
        "The tribunal upheld the finding of abuse of dominance and the penalty, but set aside the "
        "five-year ban on sharing user data for advertising.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_hud_is_a_regulator() -> None:
    a = run(
        "HUD Charges Palvex With Housing Discrimination Over Its Targeted Advertising Practices",
        "The Department of Housing and Urban Development charged Palvex with violating the Fair "
        "Housing Act by letting advertisers exclude people by race.",
    )
    assert a.is_enforcement and a.regulator == "HUD" and a.targets == ["Palvex"]


def test_headline_charges_stating_a_preliminary_view_are_the_complaint() -> None:
    a = run(
        "Commission charges Palvex over Quorra tying",
        "The European Commission sent Palvex a statement of objections setting out its "
        "preliminary view that the company broke EU antitrust rules by tying its chat app.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"


def test_an_investigation_by_the_press_is_no_step() -> None:
    a = run(
        "Palvex says it has switched off facial recognition cameras after newspaper investigation",
        "The Daily Courier reported that Palvex had deployed facial recognition systems in 200 "
        "stores. The chain said it had already stopped using the technology.",
    )
    assert not a.is_enforcement and a.action_stage != "investigation"
    b = run(
        "Reuters investigation finds Quorra sold drivers' location data to brokers",
        "Reporters traced data from Quorra's app to three data brokers.",
    )
    assert not b.is_enforcement and b.action_stage == "none"


def test_a_notice_of_inquiry_is_a_rule_making() -> None:
    a = run(
        "Automated Hiring Tools and Copyright; Notice of Inquiry and Request for Comments",
        "The Office is undertaking a study of the copyright law issues raised by automated "
        "hiring tools, including the use of copyrighted works to train models, and seeks "
        "public comment. Written comments are due by October 18.",
        publisher="federal-register",
    )
    assert not a.is_enforcement and a.action_stage != "investigation"


def test_what_an_advisory_body_says_is_an_opinion() -> None:
    a = run(
        "National Data Guardian says Palvex Trust had no appropriate legal basis for data transfer",
        "In a letter to the trust, the guardian said patients would not have reasonably "
        "expected their records to be shared with Quorra to test an app; the Information "
        "Commissioner's investigation is continuing.",
    )
    assert not a.is_enforcement


def test_what_a_standards_body_finds_is_a_study() -> None:
    a = run(
        "NIST finds Palvex age-estimation software errs by years for some groups",
        "The National Institute of Standards and Technology tested age-estimation algorithms "
        "from six developers, including Palvex, and found error rates varied widely.",
    )
    assert not a.is_enforcement


def test_an_inquiry_into_a_market_is_a_study() -> None:
    # E3: like 6(b) orders, an inquiry into a sector names firms without acting against them
    a = run(
        "Competition regulator inquiry finds Palvex and Quorra hold market power in app stores",
        "The regulator's digital platform services inquiry published an interim report finding "
        "that Palvex and Quorra have significant market power over app distribution.",
    )
    assert not a.is_enforcement and a.action_stage == "investigation"


def test_a_deletion_at_a_regulators_request_is_pressured() -> None:
    # E1: a deletion done at an authority's request is enforcement (voluntary stage)
    a = run(
        "Palvex wipes Wi-Fi data its mapping cars gathered in Ireland at regulator's request",
        "Palvex said it had deleted the fragments of data its cars had picked up in Ireland, "
        "after the Data Protection Commissioner asked it to.",
    )
    assert a.is_enforcement and a.action_stage == "voluntary"


def test_consent_to_combining_personal_data_is_data_sourcing_under_any_law() -> None:
    # T5: a market law's case about users' consent to combining their data is about sourcing
    a = run(
        "Brussels opens Digital Markets Act probe into Palvex's 'pay or consent' offer",
        "The European Commission opened non-compliance proceedings under the Digital Markets "
        "Act into Palvex's model that asks users either to pay a monthly fee or to consent to "
        "the combination of their personal data across its services for advertising.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_no_decision_or_fine_issued_is_no_fine() -> None:
    a = run(
        "German cartel office ends Palvex proceeding after it drops a login requirement",
        "The Bundeskartellamt closed its proceeding over Palvex's headsets after the company let "
        "users set up accounts without a social profile and said it would not combine their "
        "data without consent. No decision or fine was issued.",
    )
    assert not a.is_enforcement and a.action_stage == "none"


def test_criticism_by_groups_is_no_finding() -> None:
    a = run(
        "Environment agency clears Palvex to drill near the river mouth",
        "The agency granted Palvex a licence to drill an exploratory well after earlier "
        "refusals. Environmental groups criticised the decision.",
    )
    assert not a.is_enforcement and a.action_stage == "none"


def test_an_authority_requesting_information_from_a_named_company_inquires() -> None:
    a = run(
        "Irish privacy regulator asks Palvex how it handles data of people in Ireland",
        "Ireland's Data Protection Commission said it had written to Palvex, requesting "
        "information on how it processes the personal data of users in Ireland.",
    )
    assert a.is_enforcement and a.action_stage == "investigation" and a.targets == ["Palvex"]
    b = run(
        "France's CNIL to question Quorra on how its chatbot uses French users' data",
        "The French data protection authority said it would question Quorra to understand how "
        "its chatbot collects and uses the personal data of people in France.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"


def test_an_inquiry_into_a_subject_names_no_party() -> None:
    # S1: an investigation is opened into a named organisation; into a subject or an
    # unnamed industry, it reports no enforcement
    a = run(
        "FTC Launches Inquiry Into Ticket Resale Pricing, Seeks Public Comment",
        "The Federal Trade Commission said it is examining how resale sites set prices and "
        "seeks public comment from consumers and workers; comments are due in 60 days.",
    )
    assert not a.is_enforcement and a.targets == []
    b = run(
        "Attorney general opens investigation into carmakers' collection and sale of drivers' data",
        "The Texas Attorney General said his office is investigating several car manufacturers "
        "over reports that they sold driving data to insurers. The announcement did not name "
        "the companies.",
    )
    assert not b.is_enforcement and b.targets == []
    assert a.score < 0.57 and b.score < 0.57  # a non-enforcement call's confidence (vote < 2)


def test_sentence_openers_are_no_names() -> None:
    a = run(
        "Privacy agency and seven attorneys general form a consortium of privacy regulators",
        "The agency and the attorneys general will coordinate investigations into potential "
        "violations of their states' privacy laws. No company was named. Most members said "
        "they would share staff.",
    )
    assert not {"No", "Most"} & set(a.targets)
    assert not a.is_enforcement


def test_a_company_before_plural_roles_says_where_the_people_worked() -> None:
    # "Former X executives charged": in a legal step the people are the parties (as for "X
    # chief" in the singular)
    a = run(
        "Former Palvex executives charged over sale of patients' data",
        "Prosecutors charged Dara Quint and Ana Zorba with fraud.",
    )
    assert a.targets == ["Dara Quint", "Ana Zorba"]


def test_letters_to_a_dozen_platforms_are_a_sweep() -> None:
    a = run(
        "Privacy regulator presses 11 social media platforms to improve children's privacy",
        "The regulator said it had reviewed 34 platforms and was concerned about default "
        "geolocation settings. It is writing to 11 platforms asking them to explain or change "
        "their practices and said it may take enforcement action if they do not.",
        publisher="ico",
    )
    assert not a.is_enforcement


def test_a_court_upholding_an_agencys_rules_rules_on_a_point_of_law() -> None:
    a = run(
        "Sixth Circuit upholds FCC rules making carriers report breaches of customers' data",
        "In Palvex Telecom Association v. FCC, the court denied trade groups' petitions against "
        "the Commission's order extending carriers' duties to report breaches of customers' "
        "personal data.",
    )
    assert not a.is_enforcement


def test_states_listed_as_where_people_are_are_no_authorities() -> None:
    a = run(
        "Palvex and Quorra agree to settle lawsuits over teens' deaths and harm",
        "Palvex, its founders and Quorra have agreed in principle to settle lawsuits brought by "
        "families in Florida, Colorado, New York and Texas, according to court filings.",
    )
    assert a.regulator is None and not a.is_enforcement
    b = run(
        "Judge dismisses Palvex voice-data suit with prejudice",
        "The judge refused to let the Ohio and Massachusetts plaintiffs file an amended complaint.",
    )
    assert b.regulator is None


def test_data_words_about_a_separate_matter_give_no_topic() -> None:
    a = run(
        "FTC finalizes order requiring game maker Palvex to pay $24 million over unwanted charges",
        "The Commission approved a final order resolving allegations that Palvex pushed players "
        "into unintended in-game purchases. The order is separate from Palvex's federal court "
        "settlement of children's privacy claims.",
        publisher="ftc-press",
    )
    assert a.is_enforcement and a.topics == []
    b = run(  # another sense of "separate": still this matter's data
        "Regulator sues Quorra over misleading claims about location data",
        "The regulator alleges users were misled into believing that turning off Location "
        "History stopped Quorra collecting their location, when a separate setting kept "
        "gathering it.",
    )
    assert "data_sourcing" in b.topics


def test_credit_monitoring_is_a_product_not_data_sourcing() -> None:
    a = run(
        "Palvex's credit-report site gives up $950,000 over 'free' offers that enrolled buyers",
        "Palvex, which sells credit monitoring online, agreed to give up $950,000 to settle FTC "
        "charges that its 'free credit report' advertising signed consumers up for a "
        "credit-monitoring service costing $79.95 a year unless they cancelled.",
    )
    assert a.is_enforcement and a.topics == []


def test_a_competition_act_case_about_cookies_is_antitrust() -> None:
    a = run(
        "UK competition watchdog investigates Palvex's plan to remove third-party cookies",
        "The CMA opened a formal investigation under the Competition Act into Palvex's "
        "proposals to phase out third-party cookies and other tracking functions in its "
        "browser. It will assess whether the changes could undermine rivals' ability to compete "
        "in online advertising.",
    )
    assert a.is_enforcement and a.topics == []


def test_an_authority_demanding_templates_be_deleted_orders_model_deletion() -> None:
    a = run(
        "Hamburg privacy chief calls Palvex face recognition illegal and demands that templates "
        "be deleted",
        "Hamburg's data protection commissioner said Palvex builds biometric face profiles of "
        "users without their explicit consent, and said he could seek fines if it refused.",
    )
    assert "model_deletion" in a.topics


def test_an_authority_permitting_a_practice_takes_no_step() -> None:
    a = run(
        "Danish data agency approves facial recognition at Palvex Stadium to keep banned fans out",
        "The Danish Data Protection Agency gave Palvex IF permission to use automatic facial "
        "recognition at the stadium's entrances to identify spectators who are banned from "
        "attending matches.",
    )
    assert not a.is_enforcement


def test_chinas_market_regulator_is_samr() -> None:
    a = run(
        "China's market regulator opens antitrust investigation into Palvex over deal conditions",
        "The State Administration for Market Regulation said it had opened an investigation "
        "into Palvex on suspicion of violating the anti-monopoly law.",
    )
    assert a.is_enforcement and a.regulator == "SAMR" and a.topics == []


def test_an_authority_asking_named_parties_to_explain_inquires() -> None:
    a = run(
        "Philippine privacy regulator asks Palvex and Quorra to explain greetings that appeared "
        "in private chats",
        "The National Privacy Commission said it wanted to know how the greetings reached "
        "users' private chats.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Hong Kong privacy commissioner questions Palvex over default opt-in for AI training",
        "The commissioner said users' data was being used to train models unless they opted out.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"
    d = run(
        "IT ministry sends Palvex and Quorra 21 questions, warns of ban over data",
        "India's Ministry of Electronics and Information Technology has issued notices to the "
        "apps after a complaint to the Prime Minister, asking them to assure that users' data "
        "is not transferred abroad. Officials said the apps could be banned.",
    )
    assert d.is_enforcement and d.action_stage == "investigation"
    c = run(  # no authority: a person asking is no inquiry
        "Customer asks Palvex to explain a charge",
        "The customer posted the bill online.",
    )
    assert not c.is_enforcement


def test_a_province_whose_name_opens_with_a_peoples_word_is_a_place() -> None:
    a = run(
        "B.C. Court of Appeal dismisses Palvex AI's challenge to privacy commissioner's order",
        "In Palvex AI Inc. v. British Columbia (Information and Privacy Commissioner), the court "
        "upheld the commissioner's order requiring the company to delete the biometric facial "
        "data of B.C. residents it holds.",
    )
    assert "Columbia" not in a.targets and any("Palvex" in t for t in a.targets)


def test_what_a_verdict_means_is_commentary() -> None:
    a = run(
        "What the Palvex verdict means for companies whose SDKs sit inside other apps",
        "A jury found Quorra and Zorba liable for intercepting health data through SDKs in "
        "Palvex's app; lawyers say app developers should audit their trackers.",
    )
    assert not a.is_enforcement and not {"Quorra", "Zorba"} & set(a.targets)


def test_similar_suits_opening_a_sentence_are_other_matters() -> None:
    a = run(
        "Illinois woman sues Palvex, saying its photo app built a template of her face",
        "She filed a proposed class action accusing Palvex of violating the Biometric "
        "Information Privacy Act. Similar biometric suits were filed last year against Quorra "
        "and Zorba.",
    )
    assert a.targets == ["Palvex"]


def test_a_party_of_last_years_step_beside_the_headlines_is_background() -> None:
    a = run(
        "Korea's privacy regulator investigates Palvex over iris and face scans",
        "The Personal Information Protection Commission said it had opened an investigation "
        "into Palvex. The regulator fined Quorra, whose chief executive co-founded Palvex, 3.6 "
        "million won last year over a data exposure.",
    )
    assert a.targets == ["Palvex"]


def test_an_authority_asking_a_named_court_to_order_is_its_application() -> None:
    a = run(
        "Privacy Commissioner asks Federal Court to order Palvex to get direct consent",
        "Commissioner Jane Doe filed an application in the Federal Court seeking an order "
        "requiring Palvex to obtain meaningful consent from everyone who appears in images "
        "uploaded to its sites.",
    )
    assert a.is_enforcement


def test_a_record_number_of_notifications_is_statistics() -> None:
    a = run(
        "2024 brings record number of data breach notifications",
        "The OAIC received 595 data breach notifications in the second half of the year, taking "
        "the total to 1,113, the highest since the Notifiable Data Breaches scheme began. Health "
        "service providers and agencies reported the most breaches.",
        publisher="oaic",
    )
    assert not a.is_enforcement


def test_a_call_for_a_practice_to_be_suspended_orders_nothing() -> None:
    a = run(
        "Equality watchdog calls for police facial recognition to be suspended",
        "In a submission to the UN, the commission said police use of automated facial "
        "recognition should be halted until its impact is independently scrutinised.",
    )
    assert not a.is_enforcement


def test_an_authority_issuing_its_regulation_makes_rules() -> None:
    a = run(
        "Palvex Agency issues Zorbania Data Protection Regulation, with fines of up to 2% of "
        "turnover",
        "The agency issued the regulation, which requires a lawful basis for processing personal "
        "data. Breaches can draw fines of up to 2% of annual turnover.",
    )
    assert not a.is_enforcement


def test_telling_a_whole_sector_what_to_do_is_guidance() -> None:
    a = run(
        "State privacy authority tells sites to remove Palvex 'Like' buttons or face fines",
        "The data protection authority said the buttons pass visitors' data abroad without a "
        "legal basis, and told websites in the state to remove them or risk fines. No "
        "proceedings were opened against a named site.",
    )
    assert not a.is_enforcement
    b = run(  # a service the sector must block is acted against
        "Zorbania tells telecoms firms to block Quorra, citing crimes on the app",
        "The ministry ordered mobile operators to block the messaging app.",
    )
    assert b.is_enforcement


def test_an_authority_that_looked_into_hundreds_of_companies_reports_a_sweep() -> None:
    a = run(
        "Attorney general says his privacy team looked into more than 200 companies in its "
        "first year",
        "Attorney General Jane Doe's office said its privacy team has examined the data "
        "practices of more than 200 companies and sent dozens of violation notices. The release "
        "recapped earlier results such as the $1.4 billion settlement with Palvex over biometric "
        "data and the suit against Quorra over driving data. It announced no new action.",
    )
    assert not a.is_enforcement


def test_a_united_states_et_al_caption_is_the_justice_departments_case() -> None:
    a = run(
        "United States et al. v. Palvex Entertainment, Inc. and Quorra, Inc.; Proposed Final "
        "Judgment",
        "Notice is given that a proposed Final Judgment, Stipulation and Competitive Impact "
        "Statement have been filed in the U.S. District Court for the District of Columbia in a "
        "civil antitrust case brought by the United States and 12 state attorneys general. The "
        "proposed judgment requires the merged firm to divest its ticketing unit. Public comment "
        "is invited within 60 days.",
        publisher="federal-register",
    )
    assert a.is_enforcement
    assert a.regulator == "DOJ"
    # S1: only the FTC's administrative consent orders are proposed orders
    assert a.action_stage == "settlement"
    b = run(
        "Palvex Corp.; Proposed Final Judgment and Competitive Impact Statement",
        "The Antitrust Division gives notice that a proposed Final Judgment has been filed to "
        "resolve the challenge to Palvex's acquisition of Quorra.",
        publisher="federal-register",
    )
    assert b.regulator == "DOJ"
    assert "Antitrust Division" not in b.targets


def test_an_ftc_consent_order_out_for_comment_stays_proposed_beside_court_records() -> None:
    a = run(
        "Palvex Search, Inc.; Analysis of Proposed Consent Order to Aid Public Comment",
        "The Commission has accepted for comment a consent agreement with Palvex Search, a data "
        "broker that sells reports built from court records and property values. The order "
        "requires refunds to consumers who bought its record-blocking service.",
        publisher="federal-register",
    )
    assert a.is_enforcement
    assert a.action_stage == "proposed_order"


def test_a_petition_for_exemption_asks_for_relief_and_charges_no_one() -> None:
    a = run(
        "Petition for Exemption; Summary of Petition Received; Quorra Air",
        "This notice contains a summary of a petition seeking relief from specified requirements "
        "of the aviation regulations. Quorra Air seeks exemption so that it can fly delivery "
        "drones beyond visual line of sight. Comments must be received by August 28.",
        publisher="federal-register",
    )
    assert not a.is_enforcement


def test_a_presidential_order_on_a_foreign_takeover_is_cfius_review() -> None:
    a = run(
        "Regarding the Proposed Takeover of Palvex Incorporated by Quorra Limited",
        "By the authority of section 721 of the Defense Production Act of 1950, the President "
        "finds credible evidence that Quorra Limited, through its proposed takeover of Palvex "
        "Incorporated, might take action that threatens to impair national security. The "
        "takeover is prohibited.",
        publisher="federal-register",
    )
    assert a.regulator == "CFIUS"


def test_money_paid_to_attackers_is_no_amount_imposed() -> None:
    a = run(
        "Palvex Technologies, Inc.; Analysis To Aid Public Comment",
        "The Federal Trade Commission accepted a revised consent agreement with Palvex, which "
        "hid a second breach: intruders downloaded riders' data and Palvex paid the attackers "
        "$100,000 through its bug bounty program.",
        publisher="federal-register",
    )
    assert a.is_enforcement
    assert a.amount_usd is None
    b = run(
        "Texas AG: Quorra to pay $2 million penalty after paying hackers a ransom of $500,000",
        "The Texas attorney general said Quorra will pay a $2 million civil penalty for hiding "
        "the breach.",
    )
    assert b.amount_usd == 2_000_000


def test_a_headline_opening_with_the_attorney_general_names_the_lead_authority() -> None:
    a = run(
        "Attorney General Jane Doe and FTC settle with gene test seller Palvex over accuracy "
        "claims",
        "California and the Federal Trade Commission filed a joint complaint and proposed "
        "judgment alleging that Palvex misled consumers. The company will pay $700,000 in civil "
        "penalties.",
    )
    assert a.regulator == "California AG"  # R2: the first-named authority leads
    b = run(  # a headline naming another body first keeps the text's named authority
        "Privacy agency and seven attorneys general form a consortium of privacy regulators",
        "The California Privacy Protection Agency and the attorneys general of California and "
        "Oregon announced a consortium to coordinate enforcement. No company was named.",
    )
    assert b.regulator == "CPPA"


def test_an_authority_whose_guidance_a_court_applies_is_not_the_one_acting() -> None:
    a = run(
        "Judge dismisses Texas's student-privacy suit against Palvex, for now",
        "US District Judge Jane Doe granted Palvex's motion to dismiss Attorney General John "
        "Roe's lawsuit claiming its school laptops collected children's personal data without "
        "parental consent. She held that, under FTC guidance, Palvex could rely on schools to "
        "consent on parents' behalf.",
    )
    assert a.regulator == "Texas AG"


def test_a_constitutional_amendment_is_no_party() -> None:
    a = run(
        "Court keeps block on part of a design code",
        "A panel upheld the injunction, finding the code's risk-report duty likely violates the "
        "First Amendment.",
    )
    assert "First Amendment" not in a.targets


def test_a_finding_of_no_wrongdoing_or_no_basis_to_charge_is_no_step() -> None:
    a = run(
        "Zorbania regulator finds no unlawful bias in Palvex Card credit limits but faults "
        "opaque lending",
        "The New York State Department of Financial Services said its investigation found no "
        "violation of fair lending law by Quorra Bank, which issues the Palvex Card.",
    )
    assert not a.is_enforcement
    b = run(
        "Arizona prosecutor finds no basis to charge Palvex over fatal self-driving crash",
        "County Attorney Jane Doe said in a letter that there was no basis for criminal "
        "liability for Palvex as a corporation over the death of a pedestrian.",
    )
    assert not b.is_enforcement
    c = run(
        "Prosecutors decline to charge Quorra over crash, citing no evidence of wrongdoing",
        "The district attorney declined to prosecute the company.",
    )
    assert not c.is_enforcement


def test_the_tool_data_was_entered_into_is_no_party() -> None:
    a = run(
        "ICO orders agency staff off chatbot after a worker fed it case details",
        "The ICO found that the Palvex Agency breached data protection law after a "
        "worker entered a family's details into Quorra to draft a report. The commissioner "
        "issued a compliance notice requiring the agency to block staff from using it.",
    )
    assert a.is_enforcement
    assert "Quorra" not in a.targets
    b = run(  # an inquiry into a company is against it
        "FTC opens an inquiry into Quorra",
        "The Federal Trade Commission opened an investigation into Quorra over its chatbot.",
    )
    assert "Quorra" in b.targets


def test_victorias_information_commissioner_is_not_the_ico() -> None:
    a = run(
        "Victoria's privacy watchdog finds Palvex Agency breached privacy principles",
        "The Office of the Victorian Information Commissioner found that the Palvex Agency "
        "breached the state's information privacy principles and issued a compliance notice.",
    )
    assert a.regulator == "OVIC"


def test_a_ruling_on_a_users_damages_claim_over_scraped_data_is_a_privacy_ruling() -> None:
    a = run(
        "Zorbanian appeals court rejects Palvex user's damages claim over scraped profile data",
        "The Higher Regional Court dismissed a user's claim for non-material damages from "
        "Palvex over the phone numbers and profile data scraped from millions of accounts, "
        "finding he had not shown any harm.",
    )
    assert a.is_enforcement  # E1/E2: a ruling in a privacy suit counts whoever wins
    assert a.action_stage == "court_order"


def test_an_aggregators_outlet_suffix_is_no_party() -> None:
    assert without_outlet("Palvex fined over trackers - The Verge") == "Palvex fined over trackers"
    assert without_outlet("Palvex fined over trackers | Law Street Media") == (
        "Palvex fined over trackers"
    )
    # a case caption, a long tail and a short headline are kept whole
    caption = "Court rules on the right to be forgotten - Palvex SL, Palvex Inc. v AEPD"
    assert without_outlet(caption) == caption
    assert without_outlet("Palvex fined - Zorbania") == "Palvex fined - Zorbania"
    a = run(
        "Palvex must face class action claiming website trackers are illegal pen registers, "
        "judge rules - National Law Review",
        "A federal judge denied Palvex's motion to dismiss a proposed class action alleging that "
        "trackers on its news website collected visitors' IP addresses without consent.",
    )
    assert a.is_enforcement
    assert a.targets == ["Palvex"]


def test_a_press_analysis_of_a_product_is_no_step() -> None:
    a = run(
        "Zorbania Times: risk score flags poor defendants as future criminals at twice the rate",
        "An analysis by the Zorbania Times of scores assigned to more than 7,000 people arrested "
        "in Palvex County found that the Quorra risk assessment was wrong in most cases. Quorra, "
        "the company that sells the software, disputed the findings.",
    )
    assert not a.is_enforcement


def test_study_participants_are_people_and_no_study() -> None:
    a = run(
        "Palvex Institute pays $3.9 million after laptop with 13,000 study participants' data is "
        "stolen",
        "The Palvex Institute agreed to pay $3.9 million and adopt a corrective action plan after "
        "a laptop holding health information of 13,000 research participants was stolen, HHS's "
        "Office for Civil Rights said.",
    )
    assert a.is_enforcement
    assert a.amount_usd == 3_900_000


def test_a_suspended_payment_counts_at_its_stated_value() -> None:
    a = run(
        "New Jersey settles with maker of children's app over photos and location data",
        "The attorney general announced a consent order with Palvex, Inc., which collected "
        "children's photos and geolocation without verifiable parental consent. A $25,000 "
        "payment is suspended and will be vacated after 10 years if the company complies.",
    )
    assert a.is_enforcement
    assert a.amount_usd == 25_000  # A1 (d012)


def test_a_referral_to_an_authority_is_no_step_yet() -> None:
    a = run(
        "Washington notifies 91,000 Palvex Health clients after staff emailed their records",
        "The state's health care authority said an employee sent spreadsheets of clients' "
        "Social Security numbers and health information to a worker at another agency, in "
        "violation of HIPAA. Both were fired; the authority has referred the matter to federal "
        "officials and the state attorney general.",
    )
    assert not a.is_enforcement


def test_records_left_on_a_public_server_or_stolen_are_a_security_failure() -> None:
    for title in (
        "Palvex Hospital pays $4.8 million after a doctor's server left patient records "
        "searchable online",
        "Palvex County pays $215,000 after health records sat on a public web server",
        "Palvex Institute pays $3.9 million after laptop with patients' data is stolen",
    ):
        a = run(title, "HHS's Office for Civil Rights announced the resolution agreement.")
        assert a.is_enforcement, title
        assert a.topics == [], title  # T5: a security failure, no data sourcing


def test_police_detaining_a_person_is_a_criminal_step() -> None:
    a = run(
        "Zorbanian police detain man who used a chatbot to write a fake train-crash story",
        "Police in Palvex province said a man surnamed Quorra used the chatbot to write false "
        "news about a train crash and posted it online.",
    )
    assert a.is_enforcement


def test_the_compiled_modules_constants_are_final() -> None:
    """mypyc reads a Final module constant from a C static, any other through a dict lookup on
    every use (2.6% of classify's instructions when none was Final): a new constant must be
    declared Final unless it is rebound."""
    import ast
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    compiled = re.findall(r'"(monitor/[\w/]+\.py)"', (root / "setup.py").read_text())
    assert len(compiled) >= 10
    missing = []
    for rel in compiled:
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        bound: dict[str, int] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                bound[node.id] = bound.get(node.id, 0) + 1
            elif isinstance(node, ast.Global):
                for name in node.names:
                    bound[name] = bound.get(name, 0) + 2
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and not node.targets[0].id.startswith("__")
                and bound[node.targets[0].id] == 1
                and not isinstance(node.value, ast.Subscript)  # a type alias
            ):
                missing.append(f"{rel}:{node.lineno} {node.targets[0].id}")
    assert not missing, missing


def test_a_dpas_own_releases_opinions_references_and_statistics() -> None:
    a = run(
        "Commissioner opens investigation into Palvex Police's use of facial recognition",
        "The Privacy Commissioner of Canada has launched an investigation into the Palvex "
        "Police's use of facial recognition, after the force confirmed it had been using Quorra "
        "AI's service. The investigation runs alongside the commissioners' joint investigation "
        "of Quorra AI itself.",
    )
    assert a.is_enforcement
    assert "Quorra AI" not in a.targets  # C2: the other investigation's party
    b = run(
        "Commissioner's opinion: Palvex and Quorra contact-tracing framework is in line with "
        "data protection",
        "The Information Commissioner published an opinion on the joint initiative by Palvex and "
        "Quorra to let public health apps use Bluetooth on phones to trace contacts. She found "
        "that the framework, as proposed, appears aligned with the principles of data protection "
        "by design and by default, using random identifiers and collecting minimal data.",
        publisher="ico",
    )
    assert not b.is_enforcement
    c = run(
        "Privacy Commissioner asks Federal Court whether Palvex search is covered by privacy law",
        "The Privacy Commissioner of Canada has filed a reference asking the Federal Court to "
        "decide whether Palvex's search engine collects personal information in the course of "
        "commercial activities.",
    )
    assert not c.is_enforcement  # E3: a question of law put to a court, against no party
    d = run(
        "DPC presses Palvex to show its camera glasses warn people they are being filmed",
        "The Data Protection Commission said it has put questions to Palvex about its smart "
        "glasses, which can take photos and record video of people nearby.",
    )
    assert d.is_enforcement
    assert d.action_stage == "investigation"
    e = run(
        "First year of mandatory breach reporting: 964 data breaches notified",
        "The OAIC reported that 964 eligible data breaches were notified in the first 12 months "
        "of the Notifiable Data Breaches scheme. Criminal attacks caused about 60% of them and "
        "human error about 35%, with health service providers notifying the most breaches.",
    )
    assert not e.is_enforcement


def test_the_state_that_joins_or_leads_a_multistate_action_is_the_regulator() -> None:
    a = run(
        "Vermont joins $52 million, 50-state settlement with Palvex over guest database breach",
        "Attorney General Jane Doe announced that Palvex will pay $52 million to states to "
        "resolve a multistate investigation of the breach; the Federal Trade Commission reached "
        "a parallel settlement.",
        publisher="state-ag",
    )
    assert a.regulator == "Vermont AG"
    b = run(
        "Utah leads 37 attorneys general in suit over Palvex's control of app distribution",
        "Utah, joined by 35 other states with North Carolina, New York and Tennessee as "
        "co-leads, sued Palvex in federal court, alleging it illegally shuts out rival stores.",
        publisher="state-ag",
    )
    assert b.regulator == "Utah AG"
    c = run(
        "AG Doe co-leads nationwide investigation into Palvex's promotion of its app to children",
        "Attorney General Jane Doe announced a bipartisan investigation, co-led by "
        "Massachusetts, California, Nebraska, Tennessee and Vermont, into whether Palvex "
        "violated state consumer protection laws.",
        publisher="state-ag",
    )
    assert c.regulator == "Massachusetts AG"  # R2: the first-named of the leads


def test_a_state_law_struck_down_is_a_ruling_on_the_law() -> None:
    a = run(
        "Ohio's parental-consent law for teen social media accounts struck down",
        "A federal judge granted Palvex summary judgment and permanently enjoined the state's "
        "parental notification act, which would have required platforms to obtain a parent's "
        "consent before children open accounts, rejecting Attorney General Jane Doe's defence.",
    )
    assert not a.is_enforcement  # E3 (d041)
    b = run(  # a party's bid to have a law struck down, refused in its privacy suit
        "Judge rejects Palvex's bid to have the video privacy law struck down",
        "A federal judge refused to dismiss a Video Privacy Protection Act class action accusing "
        "Palvex of sharing which videos its users watched, letting the suit proceed.",
    )
    assert b.is_enforcement


def test_a_class_certified_in_a_privacy_suit_is_a_court_step() -> None:
    a = run(
        "Doe v. Palvex: injunctive class certified over scanning of links in private messages",
        "Judge Jane Roe certified a class of users who sent private messages containing links, "
        "letting them seek injunctive relief over Palvex's alleged interception of message "
        "content. She declined to certify a class seeking statutory damages under the Wiretap "
        "Act.",
    )
    assert a.is_enforcement  # what the court declined is its ruling, no authority declining
    assert a.action_stage == "court_order"


def test_a_platform_suing_a_scraper_over_its_user_agreement_is_a_contract_dispute() -> None:
    a = run(
        "Quorra breached Palvex's user agreement by scraping and using fake profiles, judge rules",
        "Judge Jane Doe granted Palvex partial summary judgment, holding that Quorra Labs "
        "breached Palvex's User Agreement by scraping member profiles for its analytics products "
        "and by using fake accounts to view pages.",
    )
    assert not a.is_enforcement  # E2: between companies


def test_a_ruling_in_an_attorney_generals_case_without_the_state_named_is_enforcement() -> None:
    a = run(
        "Court turns down Attorney General's request for early win over Palvex, leaving "
        "location-data claims for trial",
        "Judge Jane Doe rejected the State's motion for partial summary judgment in its consumer "
        "fraud lawsuit over Palvex's collection of residents' location data, ruling that "
        "factual disputes must be decided by a jury.",
    )
    assert a.is_enforcement  # E1: a ruling in an authority's case, whoever wins
    b = run(  # a letter the attorneys general sign is no case
        "Attorney General Doe joins 41 colleagues asking Congress for warnings on social media",
        "The bipartisan letter to House and Senate leaders backs a call for a warning label on "
        "algorithm-driven platforms.",
    )
    assert not b.is_enforcement


def test_attorneys_general_urging_congress_advocate_and_take_no_step() -> None:
    a = run(
        "Doe co-leads 40 attorneys general urging Congress to drop 10-year ban on state AI laws",
        "The bipartisan letter to congressional leaders opposes an amendment to the budget bill "
        "that would bar states for ten years from enforcing any law or regulation addressing "
        "artificial intelligence and automated decision-making systems. The attorneys general "
        "said the amendment would strip away protections against AI harms such as explicit "
        "deepfakes, election interference and consumer deception.",
        publisher="state-ag",
    )
    assert not a.is_enforcement


def test_a_ruling_that_police_need_a_warrant_is_a_point_of_law() -> None:
    a = run(
        "Supreme Court: police need a warrant to search an arrested person's cellphone",
        "The justices held unanimously that officers must generally obtain a warrant before "
        "searching the phone of someone they arrest, in cases from Zorbania and Palvex County.",
    )
    assert not a.is_enforcement
    b = run(
        "Appeals court: US warrant cannot reach Palvex customer's emails stored abroad",
        "The court quashed a warrant requiring Palvex to hand over a customer's emails kept on a "
        "server in Dublin.",
    )
    assert not b.is_enforcement


def test_a_court_sending_state_laws_back_rules_on_the_laws() -> None:
    a = run(
        "Supreme Court sends Texas and Florida social media laws back, calling feed curation "
        "protected expression",
        "The justices vacated both appeals courts' rulings in Palvex's challenges to the two "
        "states' laws restricting content moderation and sent the cases back for a fuller "
        "analysis.",
    )
    assert not a.is_enforcement


def test_a_settlement_for_a_class_over_its_data_is_a_privacy_suits_settlement() -> None:
    a = run(
        "Palvex agrees to destroy billions of private browsing records under settlement terms "
        "filed in court",
        "Settlement papers filed in Doe v. Palvex spell out that Palvex will delete or remediate "
        "billions of data records collected from users browsing in private mode and block "
        "third-party cookies by default. The class gets no damages.",
    )
    assert a.is_enforcement
    assert a.action_stage == "settlement"


def test_a_deal_to_end_privacy_suits_is_their_settlement() -> None:
    a = run(
        "Palvex agrees to $92 million deal to end US suits over face scans and user data",
        "Palvex agreed to pay $92 million to settle consolidated class actions claiming its app "
        "collected users' face geometry without consent in violation of Illinois' Biometric "
        "Information Privacy Act.",
    )
    assert a.is_enforcement  # the headline's "deal" is the settlement, no business news
    assert a.action_stage == "settlement"


@pytest.mark.parametrize(
    ("title", "summary", "original"),
    [
        # a dollar country's authority writes its own dollars bare (A3)
        (
            "CRTC fines Palvex Mail $150,000 for spam",
            "The CRTC said Palvex Mail sent commercial messages without consent and must pay.",
            {"value": 150_000.0, "currency": "CAD"},
        ),
        (
            "Australian Information Commissioner secures $2 million penalty from Quorra Health",
            "The court ordered Quorra Health to pay the penalty for disclosing patient records.",
            {"value": 2_000_000.0, "currency": "AUD"},
        ),
        # the item names its dollar once, then writes it bare
        (
            "Judge approves Palvex's C$9 million deal with users over shared data",
            "Palvex will pay $9 million to users whose personal data it shared with app "
            "developers without consent.",
            {"value": 9_000_000.0, "currency": "CAD"},
        ),
        # "CA$" and "AU$" are dollars of their own
        (
            "Quorra to pay CA$1.2 million penalty over location data",
            "The Competition Bureau said Quorra sold users' location data.",
            {"value": 1_200_000.0, "currency": "CAD"},
        ),
        # elsewhere, and beside "US$", a bare "$" stays the US dollar
        (
            "FTC fines Palvex $5 million over sale of location data",
            "Palvex sold precise location data without consent, the FTC said.",
            {"value": 5_000_000.0, "currency": "USD"},
        ),
    ],
)
def test_a_bare_dollar_is_the_items_own_dollar(
    title: str, summary: str, original: dict[str, object]
) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.amount_original == original
    assert a.amount_usd == (original["value"] if original["currency"] == "USD" else None)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Fifth Circuit throws out $4.3 million penalty against Palvex Health",
            "The appeals court vacated the civil penalty the agency imposed over patient data.",
        ),
        (
            "Appeals court upholds the FCC's $57 million fine on Quorra over location data",
            "The panel denied Quorra's petition to overturn the forfeiture order of about "
            "$57 million for selling customers' location data.",
        ),
        (
            "Ninth Circuit affirms $9.5 million fee award in Palvex biometric settlement",
            "The panel held the judge could award class counsel 15% of the $63 million "
            "settlement fund in the biometric privacy class action.",
        ),
    ],
)
def test_a_ruling_on_money_imposed_before_states_no_amount(title: str, summary: str) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.amount_usd is None


def test_money_a_party_sets_aside_or_pays_after_a_ruling_is_still_its_amount() -> None:
    a = run(
        "Palvex sets aside $8.5 million to end privacy class action",
        "Palvex agreed to pay $8.5 million to settle claims it shared users' personal data.",
    )
    assert a.amount_usd == 8_500_000


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Former Palvex engineer convicted of stealing more than $10 million in gift cards",
            "A federal jury found the engineer guilty of wire fraud.",
        ),
        (
            "CFPB sues Quorra Bank, saying it cheated savers out of more than $2 billion",
            "The complaint says Quorra Bank hid a higher-rate savings product from customers.",
        ),
        (
            "FTC sues to block Palvex's $4 billion takeover of Quorra",
            "The complaint says the deal would let Palvex combine both firms' customer data.",
        ),
        (
            "CFTC sues Palvex Trading over $1.7 billion bitcoin scheme",
            "The complaint says Palvex Trading took customers' bitcoin and sold their data.",
        ),
    ],
)
def test_money_taken_from_victims_or_a_deal_to_block_is_no_amount(title: str, summary: str) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.amount_usd is None


def test_a_sum_paid_over_fraud_failures_is_still_imposed() -> None:
    a = run(
        "CFPB orders Palvex Pay to pay up to $175 million over fraud failures",
        "Palvex Pay failed to investigate disputed transfers and shared customers' data.",
    )
    assert a.amount_usd == 175_000_000


@pytest.mark.parametrize(
    ("summary", "regulator"),
    [
        ("Finland's data protection sanctions board fined Quorra Oy €72,000.", "Finnish DPA"),
        ("Estonia's data protection inspectorate fined Quorra AS €20,000.", "AKI"),
        ("Norway's data protection supervisor fined Quorra AS €20,000.", "Norwegian DPA"),
        ("The Finnish data protection ombudsman fined Quorra Oy €72,000.", "Finnish DPA"),
    ],
)
def test_a_countrys_data_protection_board_ombudsman_or_inspectorate_is_its_dpa(
    summary: str, regulator: str
) -> None:
    a = run("Quorra fined for tracking staff vehicles without consent", summary)
    assert a.is_enforcement and a.regulator == regulator


def test_a_countrys_privacy_office_is_its_dpa_and_no_party() -> None:
    a = run(
        "Czech privacy office fines Palvex over browsing data passed to Quorra",
        "The Office for Personal Data Protection said Palvex sold users' browsing data to its "
        "subsidiary Quorra without consent.",
    )
    assert a.is_enforcement and a.regulator == "UOOU"
    assert "Office for Personal Data Protection" not in a.targets and "Palvex" in a.targets
    b = run(
        "Zorbanian firm Palvex fined",
        "Malaysia's data protection department fined Palvex for selling customers' data.",
    )
    assert b.regulator == "JPDP"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Palvex must face $5 billion lawsuit over tracking in private browsing, judge rules",
            "The judge denied Palvex's motion to dismiss the class action over data it collected.",
        ),
        (
            "Quorra hit with class action seeking up to $70 billion after data breach",
            "Plaintiffs say Quorra failed to protect the personal data of 140 million people.",
        ),
        (
            "Palvex sued for $5 billion over tracking users without consent",
            "The suit says Palvex collected browsing data in private mode.",
        ),
        (
            "Appeals court throws out Q&A's $57 million fine over location data",
            "The court said the forfeiture for selling location data violated the jury right.",
        ),
    ],
)
def test_what_a_suit_claims_or_a_ruling_throws_out_is_no_amount(title: str, summary: str) -> None:
    assert run(title, summary).amount_usd is None


def test_a_lawsuit_settlement_is_still_an_amount() -> None:
    a = run(
        "Palvex agrees to $5 million lawsuit settlement over location data",
        "Palvex will pay the sum to users whose location data it sold without consent.",
    )
    assert a.amount_usd == 5_000_000


def test_the_items_other_dollar_is_found_as_a_search_would_find_it():
    import random

    from monitor.extract_amounts import _OTHER_DOLLAR, _PREFIX, bare_dollar

    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice("ACHKNSUZx $1 ") for _ in range(rng.randint(0, 14)))
        m = _OTHER_DOLLAR.search(text)
        want = _PREFIX[m.group()] if m else "USD"
        assert bare_dollar({"title": text}, None) == want, text


def test_telling_an_authority_is_a_request_not_its_order() -> None:
    told = run(
        "Palvex's consent prompt misled users, privacy group tells the FTC",
        "The group filed a complaint with the FTC alleging that Palvex tracked users for "
        "advertising without informed consent, and asked it to stop the processing.",
    )
    assert not told.is_enforcement
    tells = run(
        "FTC tells Palvex to delete data it collected without consent",
        "The FTC ordered Palvex to delete location data and stop selling it.",
    )
    assert tells.is_enforcement


@pytest.mark.parametrize(
    "title",
    [
        "Advocate General: Palvex cannot keep using all users' data for targeted ads",
        "EU court adviser: Advocate General backs €400 million fine on Palvex over user data",
    ],
)
def test_an_advocate_generals_opinion_is_no_step(title: str) -> None:
    a = run(
        title,
        "The Advocate General advised the Court of Justice that Palvex may not process users' "
        "personal data for advertising without their consent; the court rules later.",
    )
    assert not a.is_enforcement


@pytest.mark.parametrize(
    "summary",
    [
        "The commission said the Palvex app communicated with servers of Zorbanian owner Quorra "
        "and was still checking what data went.",
        "The regulator said Palvex shared users' location data with its parent company Quorra "
        "without consent.",
    ],
)
def test_a_company_data_went_to_described_by_its_kind_is_a_recipient(summary: str) -> None:
    a = run("PIPC probes Palvex app over users' data", summary)
    assert a.is_enforcement and a.targets == ["Palvex"]


def test_a_platform_a_lesson_was_taught_over_is_no_party() -> None:
    a = run(
        "DPA fines private school for sitting in on teacher's Palvex lessons",
        "The authority fined a private school after a teacher complained that her employer "
        "joined the online classes she taught over Palvex.",
    )
    assert "Palvex" not in a.targets


@pytest.mark.parametrize(
    "title",
    [
        "EEOC moves to drop its hiring bias suit against Palvex, citing new policy",
        "FTC withdraws its lawsuit against Palvex over location data",
    ],
)
def test_an_authority_dropping_its_own_suit_takes_no_step(title: str) -> None:
    a = run(title, "The agency asked the court to dismiss the case it brought against Palvex.")
    assert not a.is_enforcement


@pytest.mark.parametrize(
    "title",
    [
        "City's AI hiring law barely enforced, state comptroller's audit finds",
        "Auditor General finds consumer agency failed to act on Palvex data complaints",
    ],
)
def test_an_auditors_report_on_an_agency_is_no_step(title: str) -> None:
    a = run(
        title,
        "The audit found the Department of Consumer and Worker Protection received few "
        "complaints about Palvex's hiring tools and opened no investigation.",
    )
    assert not a.is_enforcement


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Palvex Telecom fined €9 million because callers could get customer data",
            "Germany's data protection authority fined Palvex Telecom: its call centre gave out "
            "customers' personal details to anyone who knew their name and date of birth; the "
            "company lacked adequate technical and organisational measures.",
        ),
        (
            "OCC fines Quorra Bank $60 million over unwiped devices from closed data centres",
            "The OCC said Quorra Bank failed to oversee the decommissioning of two data centres, "
            "including tracking customer data left on the equipment.",
        ),
    ],
)
def test_a_security_failure_fine_has_no_sourcing_topic(title: str, summary: str) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.topics == []


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Zorbanian solar firm sues Palvex, saying its AI summaries invented a state lawsuit",
            "Quorra Solar filed a defamation suit against Palvex, alleging its search answers "
            "falsely said Ohio's attorney general had sued the firm over deceptive sales.",
        ),
        (
            "Activist sues Palvex, saying its chatbot falsely tied him to a riot",
            "Jane Doe filed a defamation suit seeking $5 million from Palvex, alleging the "
            "chatbot said she had been arrested and charged over the riot.",
        ),
    ],
)
def test_a_defamation_suit_is_no_enforcement_whatever_it_says_was_claimed(
    title: str, summary: str
) -> None:
    a = run(title, summary)
    assert not a.is_enforcement and a.regulator is None


def test_an_authority_suing_over_defamatory_claims_still_acts() -> None:
    a = run(
        "FTC sues Palvex over fake reviews built from consumers' data",
        "The FTC alleged Palvex sold consumers' personal data to review farms, which posted "
        "claims that rivals later called a case for defamation.",
    )
    assert a.is_enforcement and a.regulator == "FTC"


def test_an_eavesdropping_class_settlement_enforces_privacy() -> None:
    a = run(
        "Last day to file a claim in Palvex's $95 million voice assistant eavesdropping settlement",
        "Owners of Palvex devices have until July 2 to claim in Doe v. Palvex, which alleges "
        "that accidental activations captured private conversations that were shared with third "
        "parties for ad targeting.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics and a.regulator is None


def test_orders_for_information_from_a_whole_trade_are_a_study() -> None:
    a = run(
        "FTC orders eight claims administrators to hand over data on how class members respond",
        "The FTC ordered eight companies that run settlements to report the procedures they use "
        "to notify people; none of the companies is accused of breaking the law.",
    )
    assert not a.is_enforcement


def test_claimants_paid_from_a_settlement_over_their_data_are_a_consumers_class() -> None:
    a = run(
        "Palvex users who claimed from contacts settlement receive $20.43 each",
        "Payments were issued to members who filed valid claims in the $13 million settlement of "
        "a lawsuit over emails Palvex sent to contacts imported from their address books.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Appeals court lets Palvex customers sue over 2013 card breach",
            "The court held that customers whose card data hackers stole have standing to sue.",
        ),
        (
            "Appeals court revives Quorra shoppers' suit over 2012 hack",
            "The panel held that the risk of identity theft after hackers took passwords and "
            "addresses confers standing.",
        ),
        (
            "Judge approves record $115 million Palvex Health breach settlement",
            "The judge granted final approval to the health insurer's settlement with people whose "
            "records were exposed in a cyberattack.",
        ),
    ],
)
def test_peoples_suits_over_a_breach_of_their_data_enforce_its_protection(
    title: str, summary: str
) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.regulator is None and a.topics == []


@pytest.mark.parametrize(
    "title",
    [
        "Information Commissioner's 2022/23 report: Palvex fine, reprimands for public bodies",
        "CNIL's 2020 activity report: €138 million in penalties, most from fines on Palvex",
        "Twenty-one sanctions and €101 million in fines: the CNIL's enforcement record for 2022",
        "Breach notifications jump 26% as large-scale attacks hit millions",
    ],
)
def test_a_regulators_report_or_tally_is_no_action(title: str) -> None:
    a = run(
        title,
        "The regulator fined Palvex €50 million for collecting users' personal data without "
        "consent and ordered Quorra to delete the data, among other decisions of the year.",
    )
    assert not a.is_enforcement


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Final order: dental software maker Palvex must stop overstating encryption of data",
            "The FTC order bars Palvex from misrepresenting how its software encrypts data.",
        ),
        (
            "Quorra council fined £70,000 after parking website exposed 89,000 people's data",
            "The ICO fined Quorra council after its website let anyone see other people's "
            "personal data.",
        ),
    ],
)
def test_encryption_and_exposed_websites_are_security_not_sourcing(
    title: str, summary: str
) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.topics == []


def test_a_hearing_where_lawmakers_question_an_authority_is_no_step() -> None:
    a = run(
        "FTC chair faces House Republicans over Palvex probe and string of merger defeats",
        "At a House Judiciary Committee hearing, members accused the FTC of overreach in its "
        "inquiry into Palvex, and a judge's order to halt a merger was criticised.",
    )
    assert not a.is_enforcement


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "ICO reprimands Palvex Health after email to service users exposed their addresses",
            "The ICO said Palvex Health's email showed every recipient's personal data.",
        ),
        (
            "Attorney General: Quorra pays $935,000 after mailing revealed drugs people take",
            "The California attorney general said Quorra Insurance's letters disclosed people's "
            "personal health information through the envelope window.",
        ),
    ],
)
def test_a_disclosure_by_mistake_is_security_not_sourcing(title: str, summary: str) -> None:
    a = run(title, summary)
    assert a.is_enforcement and a.topics == []


def test_a_platform_liability_shield_is_no_sourcing() -> None:
    a = run(
        "Judge lets youth suits under Section 230 proceed against Palvex and Quorra",
        "The judge held Section 230 does not shield Palvex and Quorra from claims that their "
        "apps' design harms teenagers who use them and share their data.",
    )
    assert a.topics == []


def test_an_authority_demanding_documents_inquires() -> None:
    a = run(
        "New York regulator demands documents from Palvex and 11 app makers over health data",
        "The Department of Financial Services sent letters to Palvex seeking documents about "
        "users' health data passed to it through its software without consent.",
    )
    assert a.is_enforcement and a.action_stage == "investigation" and "Palvex" in a.targets


def test_the_amount_tests_gates_hold_every_word_their_patterns_match() -> None:
    from monitor.extract_amounts import _RULED_ON, _RULED_STEMS, _TAKEN, _TAKEN_STEMS

    taken = (
        "steals", "stole", "stolen", "theft of", "laundering", "drained", "defrauded", "cheated",
        "swindled", "embezzling", "bilked", "to block",
    )  # fmt: skip
    for word in taken:
        near = f"charged with {word} "
        assert _TAKEN.search(near) and any(w in near for w in _TAKEN_STEMS), word
    ruled = (
        "upholds", "upheld", "upholding", "affirms", "affirmed", "vacates", "vacated",
        "throws out", "threw out", "tossed out", "strikes down", "struck down", "overturned",
        "reverses", "quashed", "annulled",
    )  # fmt: skip
    for verb in ruled:
        near = f"court {verb} the "
        assert _RULED_ON.search(near) and any(w in near for w in _RULED_STEMS), verb


def test_a_plaintiffs_complaint_asking_for_deletion_orders_none() -> None:
    # T2: model_deletion is an order, settlement term or commitment; a private suit that asks
    # the court to have face templates destroyed reports none of these yet
    a = run(
        "Palvex hit with Illinois biometric class action over face templates",
        "A proposed class action filed in Cook County Circuit Court accuses Palvex Inc. of "
        "collecting users' face templates without written consent. The plaintiffs ask the court "
        "to order Palvex to destroy the templates and any biometric data it holds.",
    )
    assert a.is_enforcement and a.regulator is None and a.action_stage == "complaint"
    assert a.topics == ["data_sourcing"]
    # an authority's step with the same words still orders it
    b = run(
        "Zorbania privacy regulator orders Palvex to destroy face templates",
        "Zorbania's data protection authority found Palvex Inc. collected users' face templates "
        "without consent and ordered it to destroy the templates.",
    )
    assert "model_deletion" in b.topics


def test_a_deletion_that_should_have_happened_or_was_not_ordered_is_none() -> None:
    # T2: data kept "when it should have been deleted" and a ruling with "no deletion ordered"
    # report the violation or its absence, not an ordered deletion
    a = run(
        "Zorbania data protection authority fines Palvex over face templates kept for years",
        "The authority found Palvex kept customers' face templates when they should have been "
        "deleted and used them without a legal basis. It fined the company €500,000.",
    )
    assert a.is_enforcement and "model_deletion" not in a.topics
    b = run(
        "Zorbania court upholds Palvex's retention of face templates",
        "The Supreme Court dismissed a challenge to Palvex's policy of keeping customers' face "
        "templates indefinitely; no deletion was ordered.",
    )
    assert "model_deletion" not in b.topics


def test_an_authority_issuing_a_sanction_acts() -> None:
    a = run(
        "Privacy Authority Issues Sanction to Palvex for Infringements of Its Privacy Policy",
        "The Dutch Data Protection Authority imposed an order for incremental penalty payments "
        "on Palvex, finding it combined users' personal data to personalise ads without their "
        "consent.",
    )
    assert a.is_enforcement and a.targets == ["Palvex"] and a.regulator == "Dutch DPA"


def test_a_fine_counted_in_minimum_wages_is_no_labour_law() -> None:
    # a Latin American fine's unit ("up to 2,000 monthly minimum wages") names no wage dispute
    a = run(
        "Zorbania regulator orders Palvex to protect users' data",
        "The Superintendence of Industry and Commerce said Palvex must adopt measures against "
        "unauthorised access to personal data, after a quiz app harvested it. Failure to comply "
        "could bring a fine of up to 2,000 monthly minimum wages.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    # unpaid minimum wages still are
    b = run(
        "Zorbania labour inspectorate fines Palvex over unpaid minimum wages",
        "The inspectorate found Palvex paid warehouse staff below the minimum wage and kept "
        "their personal data on file.",
    )
    assert b.topics == []


def test_a_law_taking_effect_is_no_action() -> None:
    a = run(
        "Ban on cold calls about Palvex pensions takes effect in Zorbania",
        "Unsolicited marketing calls became unlawful unless the caller is authorised and the "
        "person has consented; the Information Commissioner's Office enforces the ban and can "
        "fine firms up to £500,000.",
    )
    assert not a.is_enforcement
    c = run(
        "Mandatory Breach Reporting scheme now in force",
        "Organisations covered by the Privacy Act must now notify affected individuals and the "
        "Office of the Australian Information Commissioner of eligible data breaches; the "
        "commissioner can investigate and seek penalties for failures.",
    )
    assert not c.is_enforcement
    # a step dated by a law taking effect is still a step
    b = run("China's market regulator opens antitrust probe into Palvex as tariffs take effect")
    assert b.is_enforcement


def test_a_murder_case_is_no_data_sourcing() -> None:
    # E4/T5: a prosecution for a killing that puts a device's recordings in evidence is about
    # the killing, not how the data was collected
    a = run(
        "Zorbania judge orders Palvex to hand over smart speaker recordings in murder case",
        "A judge granted prosecutors' request and directed Palvex to produce any recordings the "
        "speaker made in the kitchen where the victim was killed, for the murder case against "
        "Jane Doe. Palvex said it would not release customer information without a binding "
        "legal demand.",
    )
    assert a.topics == []


def test_a_product_that_does_not_work_as_advertised_is_no_data_matter() -> None:
    # E2/E4, T5: a suit over a product's accuracy or claims is consumer law, not privacy
    a = run(
        "Palvex sued over heart-rate readings said to fall short during workouts",
        "A proposed class action claims the heart-rate monitoring in Palvex trackers undercounts "
        "wearers' heart rates, contrary to the company's marketing. The plaintiffs seek damages "
        "for buyers who paid for a feature that does not work as advertised.",
    )
    assert not a.is_enforcement and a.topics == []
    b = run(
        "Zorbania attorney general secures $450,000 from Palvex over camera video",
        "The attorney general found some camera video was not end-to-end encrypted as advertised "
        "and that live streams could be viewed without authentication. Palvex will pay $450,000.",
    )
    assert b.topics == []


def test_failing_to_safeguard_data_is_security() -> None:
    a = run(
        "Palvex failed to safeguard customers' data, UK regulator finds",
        "The Information Commissioner's Office said records of 2 million customers were copied "
        "from the company's systems.",
    )
    assert a.is_enforcement and a.topics == []


def test_consent_based_anti_spam_penalties_are_data_sourcing() -> None:
    # T5: marketing messages sent without the recipients' consent use their contact data
    # without consent; a US opt-out law named with its Act stays unrelated (E4)
    a = run(
        "Palvex Airlines pays $150,000 anti-spam penalty",
        "The CRTC said Palvex Airlines sent commercial emails without "
        "recipients' consent and with unsubscribe links that did not work.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Palvex to pay $650,000 over marketing emails users could not stop",
        "In a complaint filed for the FTC, Palvex is accused of sending marketing emails without "
        "a way to opt out, in violation of the CAN-SPAM Act.",
    )
    assert b.is_enforcement and b.topics == []


def test_hackers_who_plead_guilty_to_a_botnet_face_a_security_case() -> None:
    # E1: guilty pleas (a plural subject's "plead guilty") are a criminal step; E4: hijacking
    # devices for a botnet is a security offence, not how personal data was collected
    a = run(
        "Creators of the Palvex botnet, built from hijacked webcams and routers, plead guilty",
        "The Justice Department announced guilty pleas by three men who infected cameras and "
        "routers and used them for denial-of-service attacks.",
    )
    assert a.is_enforcement and a.topics == []


def test_a_us_state_paid_stands_for_its_attorney_general() -> None:
    # R1: "pay Texas $N to end a suit": the state's suit, its attorney general's case
    a = run("Palvex agrees to pay Texas $5 million to end Medicaid fraud suit")
    assert a.is_enforcement and a.regulator == "Texas AG"
    # an authority the text names comes first
    b = run(
        "Palvex pays New Jersey $100 million after audit finds drivers were misclassified",
        "Palvex paid overdue taxes and penalties to New Jersey after a state Department of Labor "
        "audit found it had misclassified drivers.",
    )
    assert b.regulator != "New Jersey AG"


def test_an_appeals_board_ruling_on_a_fine_is_a_court_step() -> None:
    a = run(
        "Norway's Privacy Appeals Board scraps NOK 20 million fine on Palvex",
        "The board overturned the data protection authority's fine, finding the company's "
        "access controls met the rules.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_a_prosecution_for_stealing_data_is_no_data_sourcing() -> None:
    # E4/T5: hackers charged over stolen customer records are a crime, not a company's sourcing
    a = run(
        "Indictment unsealed against two men accused of looting Palvex customer accounts",
        "Federal prosecutors say the men stole call logs and personal data of millions of "
        "customers and extorted the companies; one was arrested in Canada.",
    )
    assert a.is_enforcement and a.topics == []
    # a criminal case over a spying app sold to watch people stays data sourcing
    b = run(
        "Palvex spyware seller fined $500,000 in first criminal case over a mobile spying app",
        "The app secretly intercepted calls and messages and collected location data without "
        "the knowledge of the people carrying the phones; its seller pleaded guilty.",
    )
    assert b.topics == ["data_sourcing"]


def test_a_compliance_check_or_a_notice_to_explain_opens_an_inquiry() -> None:
    a = run("Hong Kong privacy commissioner opens compliance check on Palvex over its ad tracking")
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run("Procon-SP gives Palvex notice to explain how it shares customers' data with insurers")
    assert b.is_enforcement and b.action_stage == "investigation"


def test_a_tribunal_appeal_against_the_information_commissioner_is_the_icos_case() -> None:
    # R1: "X v Information Commissioner" is an appeal in the ICO's case; a "penalty cut" is
    # the tribunal's ruling on it, not business news
    a = run(
        "Palvex Media v Information Commissioner: platform instigated 3.5 million spam texts, "
        "penalty cut",
        "The First-tier Tribunal found Palvex Media Limited instigated unsolicited marketing "
        "messages to people who had not consented, allowed the appeal in part and substituted "
        "a penalty of £85,000.",
    )
    assert a.is_enforcement and a.regulator == "ICO"


def test_states_whose_laws_apply_are_no_authority() -> None:
    # R3: "under California and Nevada computer-crime statutes" names where the law is, not an
    # attorney general acting
    a = run(
        "Palvex must keep fighting wiretap claims over pixel data, judge rules",
        "A federal judge let users press claims under California and New York privacy laws over "
        "data the pixel sent from tax-filing sites.",
    )
    assert a.regulator is None


def test_suing_an_authority_named_by_its_place_takes_no_step_against_the_company() -> None:
    a = run(
        "Campaigners sue Hamburg regulator for leaving face-search engine Palvex untouched",
        "The privacy group said it has filed a lawsuit against the Hamburg data protection "
        "authority, which it says accepts that Palvex's harvesting of faces from across the web "
        "into a biometric search database is unlawful but declines to act because the company "
        "now appears to be based abroad. The group argues the authority could still order "
        "service providers to delete data, and compares Palvex to another face-search firm "
        "European regulators have fined.",
    )
    assert not a.is_enforcement


def test_a_cease_and_desist_letter_between_companies_is_no_step() -> None:
    a = run(
        "Quorra demands Palvex stop taking photos from its site and delete what it collected",
        "Quorra sent Palvex a cease-and-desist letter saying the facial recognition start-up's "
        "collection of images from the platform violates its policies, and asked it to delete "
        "any data already taken.",
    )
    assert not a.is_enforcement
    # an authority's cease-and-desist order is one
    b = run(
        "New Hampshire attorney general orders Palvex to stop robocalls",
        "The attorney general's office sent Palvex a cease-and-desist order over calls that "
        "used a cloned voice without consent.",
    )
    assert b.is_enforcement


def test_police_detaining_an_executive_take_a_criminal_step() -> None:
    a = run(
        "Police in Zorbania detain executive of data-scraping firm Palvex as crackdown widens",
        "The firm's chief executive was taken away for questioning in an inquiry into how it "
        "collected borrowers' personal information.",
    )
    assert a.is_enforcement


def test_a_party_of_a_ruling_last_month_is_background() -> None:
    # C2: beside the headline's party, a party of a step the summary dates to last month
    a = run(
        "Judge dismisses suit accusing Palvex of scraping personal data to train its chatbot",
        "A federal judge dismissed a proposed class action claiming Palvex misused personal "
        "information posted online to train its AI products. She pointed to a similar ruling "
        "last month in which another judge faulted a suit against Quorra and Zentrix.",
    )
    assert a.targets == ["Palvex"]


def test_a_ruling_the_headline_news_follows_is_background() -> None:
    # E1: "after Dobbs ruling", "After the Schrems II Judgment": the news follows a ruling
    why = "The guidance explains how the privacy rule limits what may be disclosed about patients."
    a = run("HHS issues HIPAA guidance on reproductive health privacy after Palvex ruling", why)
    assert not a.is_enforcement
    b = run(
        "EDPB Adopts Recommendations on Supplementary Measures After the Palvex II Judgment", why
    )
    assert not b.is_enforcement


def test_a_sum_penalty_an_authority_hits_a_company_with_is_a_fine() -> None:
    a = run("CNIL hits Palvex with €5 million penalty over cookie banners")
    assert a.is_enforcement and a.action_stage == "fine"
    # agreed ("to pay a $N penalty") is a settlement, and so is every FTC penalty
    assert run("Palvex to pay $5 million penalty to settle FTC charges").action_stage in (
        "settlement",
        "proposed_order",
    )
    assert run("FTC imposes $5 million penalty on Palvex").action_stage in (
        "settlement",
        "proposed_order",
    )


def test_utility_and_transport_regulators_act_outside_data_sourcing() -> None:
    a = run("Ofwat hits Palvex Water with record £12 million penalty over sewage spills")
    assert a.is_enforcement and a.regulator == "Ofwat" and a.topics == []
    b = run(
        "Palvex Airlines hit with $14 million DOT penalty over holiday meltdown",
        "The Transportation Department said the airline left passengers without refunds.",
    )
    assert b.is_enforcement and b.regulator == "DOT" and b.topics == []


def test_phone_hacking_and_information_gathering_claims_are_data_sourcing() -> None:
    # T5: a publisher's journalists obtaining private information by phone hacking, bugging or
    # blagging take personal data without any basis
    a = run(
        "Palvex Newspapers settles actor's unlawful information-gathering claim on eve of trial",
        "The publisher agreed to pay damages to the actor, who said private investigators "
        "working for its titles had bugged his home.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_acquittals_and_sentences_are_criminal_rulings() -> None:
    a = run("Palvex founder Jane Doe acquitted of stock manipulation")
    assert a.is_enforcement
    b = run("Zorbania appeals court upholds four-year prison sentence for Palvex founder")
    assert b.is_enforcement


def test_no_company_name_is_a_dispute_cue() -> None:
    # the lexicon names kinds of disputes, never a company: a consumer authority's fine on the
    # company that once sued Apple is a fine like any other
    a = run("Dutch consumer watchdog fines Epic Games €1.1 million over tactics aimed at children")
    assert a.is_enforcement


def test_the_party_that_appeals_an_authoritys_order_is_its_target() -> None:
    # the company that sought relief from, appealed or challenged an order is the one it binds,
    # though the headline names only its product
    a = run(
        "Zorbanian court upholds ban on Palvex Scan collecting face data",
        "The court rejected the interim relief Quorra Labs sought against the data protection "
        "authority's order.",
    )
    assert "Quorra Labs" in a.targets
    b = run(
        "Zorbanian court upholds ban on Palvex Scan collecting face data",
        "The court dismissed the case Quorra Labs appealed against the authority's order.",
    )
    assert "Quorra Labs" in b.targets


def test_californias_privacy_agency_is_the_cppa_by_any_of_its_names() -> None:
    for name in ("California's privacy agency", "CalPrivacy", "California privacy regulator"):
        a = run(
            "Palvex pays $12,400 after missing data broker registration",
            f"{name} fined Palvex LLC $12,400 for failing to register as a data broker.",
        )
        assert a.is_enforcement and a.regulator == "CPPA", name


def test_data_taken_without_consent_stays_sourcing_beside_security_failures() -> None:
    # T5: the case charges both; the collection without consent is data sourcing, whatever the
    # security words (passwords, hackers, a security program) that outnumber it
    a = run(
        "Palvex to pay $90,000 to settle FTC charges it failed to protect users and collected "
        "children's data without parental consent",
        "The FTC said Palvex stored passwords in plain text, left its database open to hackers "
        "and must set up a data security program.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(  # security alone stays an unrelated law
        "Palvex to pay $90,000 to settle FTC charges it failed to protect users' data",
        "The FTC said Palvex stored passwords in plain text, left its database open to hackers "
        "and must set up a data security program.",
    )
    assert b.is_enforcement and b.topics == []


def test_a_headline_leak_or_exposure_is_security_and_its_countrys_dpa_fines_it() -> None:
    # T5: data exposed, leaked or left online is a failure of security, not data sourcing; R1:
    # "Poland fines X" over it is Poland's data protection authority, not its competition one
    a = run(
        "Poland fines Palvex PLN 2 million after customers' personal data was exposed",
        "The company's database of customers' personal data was reachable online for weeks.",
    )
    assert a.is_enforcement and a.topics == [] and a.regulator == "UODO"
    b = run(
        "Regulator fines Quorra Bank over customer data leak",
        "The data protection authority fined Quorra Bank after customers' personal data leaked.",
    )
    assert b.is_enforcement and b.topics == []
    c = run(  # the data's collection named in the headline stays data sourcing
        "Regulator fines Quorra Bank for selling customers' personal data",
        "The data protection authority fined Quorra Bank for selling customers' data to brokers.",
    )
    assert c.topics == ["data_sourcing"]


def test_a_company_going_into_liquidation_is_no_penalty_liquidation() -> None:
    a = run(
        "Palvex files for Chapter 7 liquidation",
        "The maker of smart locks filed for bankruptcy and will wind down operations.",
    )
    assert not a.is_enforcement and a.action_stage == "none"
    b = run(  # an authority liquidating a penalty still takes a step in its case
        "CNIL liquidates Palvex's daily penalty",
        "The CNIL liquidated the periodic penalty payment attached to its deletion order.",
    )
    assert b.is_enforcement


def test_a_step_dated_weeks_earlier_is_background_to_business_news() -> None:
    a = run(
        "Palvex Materials files for Chapter 7 liquidation",
        "The maker of coatings, whose PLVX shares drew meme-stock traders, filed for Chapter 7 "
        "bankruptcy and said it would wind down operations. Weeks earlier it had agreed to pay "
        "$1 million to settle SEC charges that it misled investors.",
    )
    assert not a.is_enforcement


def test_an_authority_setting_a_party_a_deadline_to_explain_inquires_into_it() -> None:
    a = run(
        "Hamburg data commissioner sets Palvex a deadline to explain its chatbot's data processing",
        "The commissioner wants to know what personal data Palvex used to train the chatbot and "
        "on what legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "investigation" and a.targets == ["Palvex"]


def test_police_opening_an_investigation_into_a_company_is_a_step() -> None:
    a = run(
        "Korean police open investigation into Palvex over deepfake videos",
        "Police said they were examining whether the messaging app Palvex aided the spread of "
        "sexual deepfakes.",
    )
    assert a.is_enforcement and a.action_stage == "investigation" and "Palvex" in a.targets


def test_a_wrongful_arrest_suit_over_a_face_match_is_no_data_sourcing() -> None:
    # T5/E2: the suit is about a false arrest (civil rights), not how face data was sourced
    a = run(
        "Student sues Palvex for $1 billion, saying face recognition led to his false arrest",
        "He claims false imprisonment after the retailer's system wrongly matched him to a thief.",
    )
    assert a.topics == []


def test_a_companys_own_report_of_a_breach_is_no_authoritys_step() -> None:
    a = run(
        "Palvex confirms Quorra data breach after hackers claim 50 million customers' records",
        "Palvex told the Securities and Exchange Commission it had found unauthorised activity "
        "in a cloud database, and that a criminal actor offered user data for sale.",
    )
    assert not a.is_enforcement
    b = run(  # the headline names a step too: an inspection by regulators
        "Palvex Card says hackers stole data of 3 million customers as regulators inspect it",
        "The Financial Supervisory Service began an on-site inspection of the card issuer.",
    )
    assert b.is_enforcement


def test_a_suit_an_investigation_led_to_is_the_headlines_step() -> None:
    a = run(
        "FTC Investigation Leads to Lawsuit Against Palvex for Violating Children's Privacy Law",
        "The Justice Department filed the complaint on the FTC's behalf, alleging Palvex kept "
        "children's personal data without parental consent.",
    )
    assert a.action_stage == "complaint"
    b = run(  # an allegation after the probe is no suit
        "Paris prosecutors open criminal inquiry into Palvex over app accused of harming teens",
        "Prosecutors said the inquiry would examine the app's recommendation algorithm.",
    )
    assert b.action_stage == "investigation"


def test_the_company_running_a_product_locally_is_a_party_too() -> None:
    a = run(
        "Thai regulator orders iris-scanning service halted and its data deleted",
        "The committee found that the Palvex iris-verification service run locally by Quorra "
        "Labs breached the law, and ordered scanning stopped.",
    )
    assert any("Quorra Labs" in t for t in a.targets)


def test_an_arrest_with_no_charge_named_is_an_investigation() -> None:
    a = run(
        "Tokyo police arrest man suspected of building ransomware with generative AI",
        "Police said the man, 25, used chatbots to write code that encrypts files.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(  # charged with the arrest: the criminal case is filed
        "Police arrest Palvex founder over stolen customer data",
        "Prosecutors charged him with selling the personal data of 2 million customers.",
    )
    assert b.is_enforcement and b.action_stage == "complaint"


def test_rulings_on_a_suit_are_court_orders() -> None:
    for title in (
        "Palvex children's privacy suit dismissed again, with limited leave to amend",
        "Palvex app-tracking privacy suit certified as a nationwide class action",
        "Dutch privacy class actions accusing Palvex of tracking users cleared to proceed",
        "Appeals court revives state's consumer suits against Palvex over data access",
    ):
        a = run(title, "The suit says Palvex collected users' personal data without consent.")
        assert a.is_enforcement and a.action_stage == "court_order", title


def test_the_conseil_detat_rules_like_a_court_and_a_cloud_host_is_no_party() -> None:
    a = run(
        "Conseil d'État halves CNIL's fine on Palvex Logistique to €15 million",
        "France's highest administrative court partly annulled the CNIL's sanction over scanner "
        "data used to track warehouse staff.",
    )
    assert a.action_stage == "court_order"
    b = run(
        "Conseil d'État keeps Quorra Data Hub on Palvex's cloud but demands extra safeguards",
        "The court declined to suspend the health-data platform hosted by Palvex in a challenge "
        "over transfers of personal data to the US.",
    )
    assert b.is_enforcement and "Palvex" not in b.targets
    c = run("Palvex loses challenge to €2.4 billion EU fine", "The General Court dismissed it.")
    assert c.action_stage == "court_order"


def test_a_fine_the_summary_says_a_court_imposed_is_a_court_order() -> None:
    a = run(
        "Russia fines Palvex 15 million roubles for failing to localise personal data",
        "A Moscow court fined Palvex for again failing to store Russian users' personal data on "
        "servers in Russia, the regulator said.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_an_order_to_open_a_probe_is_the_investigation_stage() -> None:
    a = run(
        "Competition watchdog orders detailed probe of Palvex's privacy update",
        "The Competition Commission of India said Palvex's take-it-or-leave-it policy appeared "
        "to abuse its dominance.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_an_authority_going_to_court_files_its_case() -> None:
    for title in (
        "Irish data regulator goes to High Court to stop Palvex using Europeans' posts",
        "Privacy Commissioner asks Federal Court to order Palvex to get direct consent",
        "Privacy Commissioner files application in Federal Court against Palvex",
        "Competition Bureau takes Palvex to tribunal over 'drip pricing' at checkout",
    ):
        a = run(title, "The authority says Palvex processed users' personal data unlawfully.")
        assert a.is_enforcement and a.action_stage == "complaint", title


def test_data_words_in_the_authoritys_own_name_do_not_outweigh_a_headlines_breach() -> None:
    a = run(
        "Personal Data Protection Board Fines Palvex 1.9 Million Lira Over Data Breach",
        "The board said attackers reached customers' names and phone numbers because Palvex "
        "lacked basic safeguards.",
    )
    assert a.is_enforcement and a.topics == []
    b = run(
        "Regulator investigates leak from Palvex's identity registry",
        "The data protection agency opened an investigation after a hacker posted records online.",
    )
    assert b.topics == []


def test_the_cfpbs_penalties_are_consent_orders() -> None:
    a = run(
        "CFPB fines Palvex Bank $12 million for false mortgage applicant data",
        "The consent order requires Palvex Bank to pay a civil penalty and fix its reporting.",
    )
    assert a.regulator == "CFPB" and a.action_stage == "settlement"


def test_the_ftcs_own_final_approval_is_its_final_order() -> None:
    a = run(
        "FTC Gives Final Approval to Settlement With Palvex Over Stalking Apps",
        "The settlement bars Palvex from selling monitoring apps and requires it to delete the "
        "data it collected.",
    )
    assert a.regulator == "FTC" and a.action_stage == "final_order"


def test_a_name_opening_with_the_acting_authoritys_is_its_own() -> None:
    a = run(
        "FTC Data Spotlight: one in three impostors claim to be Palvex",
        "The FTC said reports of business impersonation rose, with Palvex named most often.",
    )
    assert not any(t.startswith("FTC ") for t in a.targets)
    assert "Palvex" in a.targets


def test_hipaa_business_associate_agreements_and_dumped_records() -> None:
    # T5: patient data shared with a vendor without a business associate agreement is shared
    # without its legal basis; records left in a dumpster are a failure of security
    a = run(
        "Palvex Health pays $31,000 over missing business associate agreement",
        "HHS OCR said the practice gave patients' records to a vendor without a business "
        "associate agreement.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Palvex pharmacy fined $125,000 after patient records were found in an open dumpster",
        "HHS OCR said the pharmacy threw away unshredded prescriptions with patient records.",
    )
    assert b.is_enforcement and b.topics == []


def test_agreeing_to_plead_guilty_with_no_payment_is_the_charge() -> None:
    a = run(
        "Man agrees to plead guilty to hacking Palvex through fake AI art tool",
        "He agreed to plead guilty to accessing a computer and threatening to damage it after "
        "stealing 1.1 terabytes of Palvex data, the Justice Department said.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"
    b = run(  # a company's plea with a payment settles the case
        "Palvex to plead guilty and pay $206 million for breaching its agreement",
        "The Justice Department said Palvex would plead guilty to conspiracy charges.",
    )
    assert b.action_stage == "settlement"


def test_a_headlines_sentence_outweighs_a_payment_it_tells_of() -> None:
    a = run(
        "Man who paid Palvex insiders to unlock two million phones sentenced to 12 years",
        "A federal judge sentenced him for bribing employees of the carrier to install malware.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_an_employers_processing_of_its_staffs_data_is_no_internal_rule() -> None:
    # "its staff" alone is whose data a fined employer processed; an authority's rules for its
    # own staff are what it tells, bans or orders its staff
    a = run(
        "Quorra Foods fined €9,000 over fingerprint clock-in",
        "The Garante fined Quorra Foods €9,000 for running a fingerprint-based attendance system "
        "for its staff without a valid legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    b = run(
        "Palvex ministry bans its staff from using chatbots on work devices",
        "The ministry told its staff that chatbots may not be used for official business.",
    )
    assert not b.is_enforcement


def test_a_courts_judicial_administration_is_a_court_order() -> None:
    a = run(
        "Milan court places Quorra Operations under judicial administration over subcontractors",
        "The court's preventive-measures section placed Quorra Operations under judicial "
        "administration for a year after labour inspectors found irregular workers at its "
        "suppliers.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"
    assert a.targets == ["Quorra Operations"]


def test_indias_enforcement_directorate_is_an_authority() -> None:
    a = run(
        "India's Enforcement Directorate seizes ₹120 crore from Palvex's Indian arm",
        "The Enforcement Directorate said Palvex Technology India made illegal remittances abroad.",
    )
    assert a.is_enforcement and a.regulator == "ED"


def test_a_probe_that_found_no_breach_finds_nothing() -> None:
    a = run(
        "Quorra Gyms drops face-scan entry after ICO probe that found no breach",
        "The Information Commissioner's Office concluded that Quorra Gyms had not broken data "
        "protection law with its facial recognition gates. The chain said it would remove them.",
    )
    assert not a.is_enforcement


def test_licence_plate_reader_data_is_location_data() -> None:
    a = run(
        "California sues Palvex City for sharing license-plate reader data with other states",
        "The Attorney General asked a court to declare unlawful the city's practice of giving "
        "out-of-state police access to its automated license plate readers.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_asking_whether_a_company_deletes_data_orders_no_deletion() -> None:
    a = run(
        "Procon-SP gives Quorra 72 hours to explain how it handles children's data",
        "The agency asked whether Quorra deletes minors' biometric data when parental consent is "
        "missing and whether it shares it with commercial partners.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_party_the_summary_dates_earlier_in_a_month_is_background() -> None:
    a = run(
        "Brazil's ANPD opens inspection into Palvex's use of users' posts to train its AI",
        "The authority said it opened an inspection into whether Palvex Corp. may train its AI on "
        "Brazilians' posts. Earlier in July the authority had ordered Quorra to suspend its own "
        "plan to train AI on posts.",
    )
    assert a.is_enforcement and a.targets == ["Palvex"]


def test_brazils_cade_and_catalonias_apdcat_are_authorities() -> None:
    a = run(
        "Brazilian federal judge suspends CADE's interim order against Quorra's chatbot terms",
        "A federal court suspended the preventive measure the competition authority had imposed "
        "in its inquiry into Quorra's abuse of dominance.",
    )
    assert a.regulator == "CADE" and "CADE" not in a.targets
    b = run(
        "Catalan Data Protection Authority fines Palvex Serveis over face-recognition clocking",
        "APDCAT fined Palvex Serveis SA €18,000 for clocking staff in by facial recognition "
        "without a legal basis.",
    )
    assert b.is_enforcement and b.regulator == "APDCAT"


def test_data_kept_in_the_country_is_not_how_it_was_sourced() -> None:
    a = run(
        "Moscow court fines Quorra 1 million roubles for failing social-network owner duties",
        "The district court found Quorra Inc. liable and fined it 1 million roubles. Quorra is "
        "regularly penalised in Russia for refusing to localise Russian users' personal data.",
    )
    assert a.is_enforcement and a.topics == []


def test_how_an_authority_grades_penalties_is_a_rule_not_a_fine() -> None:
    a = run(
        "Brazil's ANPD overhauls how it grades data-protection and telemarketing infringements",
        "Resolution 12/2031 of the authority sets a new classification of minor, serious and very "
        "serious infringements of the personal data law, with a scale for grading fines that "
        "weighs harm, the volume of data and repeat offending.",
    )
    assert not a.is_enforcement
    b = run(
        "Brazil's ANPD fines Quorra R$40,000 over unlawful telemarketing",
        "The authority fined Quorra Ltda after finding it called people without consent.",
    )
    assert b.is_enforcement  # a penalty itself still counts


def test_croatias_azop_and_an_office_named_by_its_title_are_not_targets() -> None:
    a = run(
        "AZOP: seven hotels, bars and shops penalised for cameras with no warning signs",
        "The agency fined Palvex Hotels and six other businesses for video surveillance.",
    )
    assert a.regulator == "AZOP" and "AZOP" not in a.targets
    b = run(
        "Prezes UODO fines Quorra Polska PLN 2 million over staff data in a public folder",
        "Poland's data protection authority fined Quorra Polska after its scheduling system "
        "exposed employees' data.",
    )
    assert b.is_enforcement and not any("UODO" in t for t in b.targets)


def test_anti_money_laundering_and_identity_authorities_are_regulators() -> None:
    a = run(
        "Quorra Bank agrees A$300 million penalty to settle AUSTRAC case",
        "Quorra Bank agreed with AUSTRAC to pay A$300 million over breaches of "
        "anti-money-laundering law. The agreed penalty needs the Federal Court's approval.",
    )
    assert a.is_enforcement and a.regulator == "AUSTRAC" and a.targets == ["Quorra Bank"]
    b = run(
        "FinCEN fines Palvex Financial $90 million over money-laundering lapses",
        "The Financial Crimes Enforcement Network said Palvex Financial failed to file "
        "suspicious activity reports.",
    )
    assert b.is_enforcement and b.regulator == "FinCEN" and "FinCEN" not in b.targets
    c = run(
        "UIDAI bars Quorra Payments from Aadhaar checks over stored fingerprints",
        "India's Unique Identification Authority said Quorra Payments made authentication "
        "requests with stored biometric data rather than live fingerprints.",
    )
    assert c.regulator == "UIDAI" and "UIDAI" not in c.targets


def test_a_territorys_suit_is_its_attorney_generals() -> None:
    a = run(
        "Palvex Bank pays $75 million to settle US Virgin Islands' lawsuit",
        "Palvex Bank agreed to pay $75 million to end the US Virgin Islands' suit accusing it of "
        "ignoring red flags about a client.",
    )
    assert a.is_enforcement and a.regulator == "Virgin Islands AG"


def test_a_guilty_plea_with_a_forfeiture_settles_the_case() -> None:
    a = run(
        "Quorra Bank pleads guilty over its Baltic branch and forfeits $2 billion",
        "Quorra Bank admitted conspiring to deceive US banks about its controls and agreed to "
        "forfeit about $2 billion.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"


def test_a_market_move_after_a_step_is_business_news() -> None:
    a = run(
        "Palvex tops $1 trillion market value after judge dismisses FTC antitrust complaint",
        "Palvex's shares jumped after a federal judge threw out the FTC's monopolisation "
        "complaint, saying the agency had not shown the company held monopoly power.",
    )
    assert not a.is_enforcement
    b = run(
        "Quorra shares plunge after FTC sues over data sales",
        "The FTC sued Quorra Inc. for selling users' location data without consent.",
    )
    assert not b.is_enforcement


def test_a_statement_of_interest_in_a_private_case_is_no_step() -> None:
    a = run(
        "FTC and DOJ File Statement of Interest in Algorithmic Price-Fixing Case",
        "The Justice Department and the Federal Trade Commission filed a statement of interest "
        "in Marlow v. Quorra Entertainment, a private lawsuit alleging that casino hotels used a "
        "shared pricing algorithm to raise room rates. The agencies explain that an agreement to "
        "use the same pricing software can be unlawful even without direct communication.",
    )
    assert not a.is_enforcement


def test_an_authority_acting_to_block_a_deal_files_a_complaint() -> None:
    a = run(
        "FTC Acts to Block Quorra's $13 Billion Acquisition of Palvex",
        "The Federal Trade Commission issued an administrative complaint and will seek a "
        "temporary restraining order and preliminary injunction in federal court to block "
        "Quorra, Inc.'s proposed acquisition of Palvex, Inc. The Commission alleges the deal "
        "would combine the two leading providers of loan software.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"


def test_whereabouts_and_a_longer_gap_before_consent_are_data_sourcing() -> None:
    a = run(
        "Quorra Korea fined 3 million won as KCC penalises five child-safety app makers",
        "The Korea Communications Commission found the services shared the whereabouts of "
        "children under 14 with their parents without asking the children for consent.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Palvex faces Brazilian prosecutors' civil suit over Windows telemetry",
        "Palvex has been taken to court by Brazil's Federal Public Prosecutor's Office (MPF), "
        "which says its system gathers people's location and search history without their "
        "express agreement.",
    )
    assert b.is_enforcement and b.action_stage == "complaint" and b.topics == ["data_sourcing"]


def test_argentinas_competition_commission_and_indian_high_courts() -> None:
    a = run(
        "Palvex and Quorra told by Argentine authorities to freeze privacy terms for 180 days",
        "On the advice of Argentina's competition commission, the CNDC, the trade secretariat "
        "ordered Palvex and Quorra not to apply the updated privacy policy for 180 days.",
    )
    assert a.is_enforcement and a.regulator == "CNDC" and "CNDC" not in a.targets
    b = run(
        "Quorra may roll out new policy but must erase data of users who leave by Sept 25, "
        "Delhi HC rules",
        "Ruling on a public interest litigation, the Delhi High Court allowed Quorra to introduce "
        "its revised privacy policy but directed it to wipe the data of anyone who deletes their "
        "account before September 25.",
    )
    assert b.is_enforcement and b.action_stage == "court_order" and b.targets == ["Quorra"]


def test_a_passive_deadline_from_an_authority_opens_an_inquiry() -> None:
    a = run(
        "Palvex and Quorra given 15-day deadline by Senacon over privacy policy questions",
        "Palvex and its parent Quorra must answer ten questions within 15 days, Senacon said. "
        "The questions concern the updated privacy policy and data sharing between the "
        "companies.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Quorra asked to explain data sharing by Brazil's data protection authority",
        "The ANPD wants to know which users' data Quorra shares with its advertising partners.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"


def test_shares_as_a_verb_on_data_is_no_market_news() -> None:
    a = run(
        "Palvex shares users' location data with advertisers, Dutch DPA finds",
        "The Dutch data protection authority found the app shares data with third parties "
        "without consent.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.regulator == "Dutch DPA"


def test_consumer_protection_officials_are_an_authority() -> None:
    a = run(
        "Quorra charged by Buenos Aires consumer officials over iris-scanning terms",
        "Buenos Aires province brought charges against Quorra after consumer protection officials "
        "said people were not told how their iris data is kept.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.targets == ["Quorra"]


def test_italys_agcom_germanys_bfj_and_the_hellenic_dpa_are_authorities() -> None:
    a = run(
        "Italy's Agcom fines Quorra €750,000 over gambling ads on its social network",
        "The communications authority said the ads broke Italy's ban on gambling promotion.",
    )
    assert a.is_enforcement and a.regulator == "AGCOM" and a.targets == ["Quorra"]
    b = run(
        "Germany fines Palvex €2 million for under-reporting illegal content complaints",
        "The Federal Office of Justice said Palvex's transparency report left out complaints "
        "made through a separate form.",
    )
    assert b.is_enforcement and b.regulator == "BfJ"
    c = run(
        "Greek data protection authority tells Quorra to remove search results tied to man's name",
        "The Hellenic DPA ordered Quorra to delist links about a complainant.",
    )
    assert c.regulator == "HDPA" and c.targets == ["Quorra"]


def test_a_government_that_suspends_a_service_acts_as_an_authority() -> None:
    a = run(
        "Quorra ordered to halt all operations in Palvonia while state agencies investigate",
        "Palvonia's government has stopped every activity of the Quorra crypto project in the "
        "country, the interior minister announced, until agencies finish examining whether the "
        "iris scans it gathers are lawful.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.targets[0] == "Quorra"


def test_an_authority_addressing_a_party_in_the_headline_orders_it() -> None:
    a = run(
        "SIC to Quorra: show parental authorisation for Colombian children's data (translated)",
        "Colombia's Superintendence of Industry and Commerce required Quorra Inc. to align its "
        "processing of personal data with national law and demanded evidence that children's "
        "legal representatives authorised the collection.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.targets[0].startswith("Quorra")
    b = run(
        "FTC to Host Workshop: Protecting Kids from Stealth Advertising",
        "The Federal Trade Commission will host a public workshop on children's advertising.",
    )
    assert not b.is_enforcement  # no imperative after the colon: an announcement


def test_data_chiefs_urgency_proceedings_and_a_law_suit_are_steps() -> None:
    a = run(
        "Swiss data chief sues Quorra over street imagery (translated)",
        "He has taken Quorra to the Federal Administrative Court, saying its street imagery "
        "does not blur people's faces well enough.",
    )
    assert a.is_enforcement and a.regulator == "FDPIC"
    b = run(
        "Hamburg DPA opens urgency proceedings against Palvex over human review of assistant audio",
        "The authority wants to stop Palvex's contractors from listening to users' voice "
        "recordings.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"
    c = run(
        "Illinois biometric law suit targets Quorra over video app face and voice data",
        "A proposed class action says Quorra's video editing app collects users' face geometry "
        "and voiceprints without the written consent Illinois law requires.",
    )
    assert c.is_enforcement and c.action_stage == "complaint"


def test_a_client_alert_reporting_a_step_against_a_named_party_is_enforcement() -> None:
    a = run(
        "Client alert: Judge keeps patient-portal pixel claims against Quorra alive",
        "The judge rejected Quorra's renewed dismissal bid in the consolidated privacy class "
        "action, which says its pixel passed patients' health details to it for advertising "
        "without their consent.",
    )
    assert a.is_enforcement and a.targets == ["Quorra"]
    b = run(
        "Client alert: after the Palvex order, expect more model deletion in face recognition",
        "Companies that train models on photos should review their consent flows.",
    )
    assert not b.is_enforcement  # a trend piece: no step against a party


def test_information_passed_to_another_company_is_data_sourcing() -> None:
    a = run(
        "AGCM penalises Quorra €3m, says users were pushed into sharing data with Palvex",
        "The Italian competition and consumer watchdog, AGCM, ordered Quorra to pay €3 million. "
        "It found users were made to accept terms allowing their information to be passed to "
        "its owner Palvex.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_an_authority_that_sends_a_company_questions_inquires_into_it() -> None:
    a = run(
        "Irish watchdog quizzes Quorra over recording light on its smart glasses",
        "Ireland's Data Protection Commission sent questions to Quorra about glasses that film "
        "bystanders with only a tiny LED as notice.",
    )
    assert a.is_enforcement and a.action_stage == "investigation" and a.regulator == "DPC"


def test_a_state_that_has_taken_a_company_to_court_sues_it() -> None:
    a = run(
        "Arkansas has taken Palvex and its owner Quorra to court over user data",
        "The state says the companies misled residents about who can reach the personal "
        "information the app gathers.",
    )
    assert a.is_enforcement and a.action_stage == "complaint" and a.regulator == "Arkansas AG"
    b = run(
        "Regulator threatens to take Palvex to court over user data",
        "The authority says Palvex has not answered its questions about personal data.",
    )
    assert b.action_stage != "complaint"  # a threat, no suit yet


def test_an_authoritys_audit_and_its_intervention_make_a_deletion_enforcement() -> None:
    a = run(
        "Quorra deleted data on 18 million non-members after Irish DPC audit",
        "Quorra processed hashed e-mail addresses of people without accounts to target ads, "
        "without a lawful basis, the Data Protection Commission says. Once the regulator "
        "intervened, Quorra stopped the processing and erased the data.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_india_electronics_and_it_ministry_and_agreed_orders() -> None:
    a = run(
        "India's block on Quorra and 57 other apps becomes permanent",
        "The Ministry of Electronics and IT made its 2020 order blocking the apps permanent, "
        "over complaints that they gathered user data and sent it abroad without authorisation.",
    )
    assert a.is_enforcement and a.regulator == "MeitY" and "Quorra" in a.targets
    b = run("Palvex agrees to FTC order over user data", "")
    assert b.is_enforcement and b.action_stage in ("settlement", "proposed_order")


def test_funding_headlines_and_passive_closures_are_no_steps() -> None:
    a = run(
        "Anonymous investors put $30m into Quorra",
        "Quorra has raised $30 million, with its new backers asking not to be named. The face "
        "recognition firm, whose search tool draws on billions of images collected from public "
        "websites, is under investigation in Australia and the UK and is defending class-action "
        "lawsuits.",
    )
    assert not a.is_enforcement
    b = run(
        "Palvex voter-data probe wrapped up by UK data watchdog",
        "The ICO found the firm's methods were widely known processing techniques.",
    )
    assert not b.is_enforcement


def test_a_privacy_suit_told_in_the_summary_under_a_data_headline_is_enforcement() -> None:
    a = run(
        "Quorra's tracking pixel secretly harvested browsing data for ad profiles",
        "Website visitors whose browsing was captured by Quorra Corp.'s pixels are the proposed "
        "class in a lawsuit lodged in Seattle federal court. Counts are pleaded under the "
        "federal Wiretap Act and California's Invasion of Privacy Act.",
    )
    assert a.is_enforcement and a.action_stage == "complaint" and a.regulator is None
    b = run(
        "Complaint: Palvex collected shoppers' biometrics at its stores without required signs, "
        "suit says",
        "A putative class complaint lodged in federal court alleges that Palvex breached the "
        "city's law on biometric identifiers by capturing customers' palm prints without the "
        "notices the law mandates.",
    )
    assert b.is_enforcement and b.action_stage == "complaint"


def test_seeking_explanations_and_setting_a_deadline_to_change_are_steps() -> None:
    a = run(
        "Smart glasses: Italian privacy authority seeks explanations from Quorra (translated)",
        "The Garante wants to know on what legal basis the glasses process data of people being "
        "filmed.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Italy: Garante gives Palvex Inc. a year and a half to overhaul user information and "
        "consent for profiling",
        "The authority found Palvex combined users' data across its services without telling them.",
    )
    assert b.is_enforcement and b.action_stage == "final_order"


def test_a_court_ordered_payment_for_infringing_privacy_is_a_privacy_case() -> None:
    a = run(
        "Quorra Korea pays 1 million won to lawyer following court payment order on phone "
        "location data",
        "A district court ordered payment after his complaint that his handset had logged where "
        "he was without his permission, infringing his privacy.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_german_federal_court_and_imported_contacts() -> None:
    a = run(
        "BGH: Quorra's 'Friend Finder' invitation e-mails were unlawful advertising (translated)",
        "The federal consumer organisations won against Quorra Ireland Ltd.: invitations sent "
        "to non-members using imported contacts were unsolicited advertising, and Quorra "
        "deceived users about what it would do with them.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.action_stage == "court_order"


def test_data_misused_to_track_people_is_data_sourcing() -> None:
    a = run(
        "Palvex under FBI scrutiny over how its staff followed reporters",
        "The Justice Department is investigating Palvex after employees wrongly obtained the "
        "app's records on journalists.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_the_party_handing_over_a_penalty_is_a_target() -> None:
    a = run(
        "FTC extracts record $22.5 million over cookie tracking of Palvex users",
        "Quorra Inc. will hand over a $22.5 million civil penalty under a settlement the "
        "Justice Department filed for the FTC over cookies set without consent.",
    )
    assert "Quorra Inc" in " ".join(a.targets)


def test_a_law_applied_under_a_step_is_no_policy_news() -> None:
    a = run(
        "Quorra Inc v Doe: appeal dismissed, browser users may pursue privacy case in England",
        "The Court of Appeal rejected Quorra's appeal over its workaround used to track users' "
        "browsing, and held that distress is enough for a compensation claim under data "
        "protection legislation.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"


def test_german_regional_courts_and_consent_held_invalid() -> None:
    a = run(
        "LG Berlin II, 15 O 1/22: Quorra Ireland Ltd's account-creation consent held invalid",
        "Landgericht Berlin II held, on a suit by the consumer federation, that Quorra failed to "
        "secure valid consent to process users' location and web activity for personalised ads.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"] and a.action_stage == "court_order"


def test_a_days_clock_a_compelling_order_and_a_referred_complaint_are_steps() -> None:
    a = run(
        "Brazil's Senacon puts Quorra, Palvex on 10-day clock over data handed to advertisers",
        "The consumer secretariat notified the dating apps after a study found they shared "
        "users' sexual orientation and location with marketing firms.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Quorra told by Hamburg privacy commissioner to obtain consent before merging user "
        "profiles",
        "An administrative order issued by Hamburg's data protection chief compels Quorra Inc. "
        "to change how it pools information about users from its services.",
    )
    assert b.is_enforcement and b.action_stage == "final_order"
    c = run(
        "FTC Sends Complaint Against Palvex Over Children's Privacy to Justice Department",
        "The Commission said it has reason to believe Palvex is breaking COPPA.",
    )
    assert c.is_enforcement and c.action_stage == "complaint"


def test_privacy_suits_named_by_the_data_they_concern() -> None:
    a = run(
        "Appeals court upholds dismissal of Quorra health-website tracking suit, citing consent",
        "Dismissal of a lawsuit against Quorra over information it gathered when users visited "
        "hospital websites was affirmed by a Ninth Circuit panel.",
    )
    assert a.is_enforcement and a.action_stage == "court_order"
    b = run(
        "Palvex becomes first defendant in a suit brought under Washington's health privacy act",
        "Palvex is accused in a proposed class action of harvesting location data revealing "
        "users' health through code in third-party apps, without the consent the statute "
        "requires.",
    )
    assert b.is_enforcement and b.action_stage == "complaint"


def test_data_gathered_handed_on_or_collected_illegally_is_data_sourcing() -> None:
    a = run(
        "Italian antitrust authority imposes fresh €7m penalty on Quorra over ignored order",
        "AGCM ordered Quorra to pay €7 million for not complying with a decision requiring it to "
        "stop promoting its service as free without telling users that their data is gathered "
        "and exploited for commercial ends.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Answer 21 questions or risk a ban, MeitY tells Quorra and Palvex",
        "The ministry served notices on both apps and wants a commitment that users' records "
        "are never handed to a foreign government.",
    )
    assert b.is_enforcement and b.topics == ["data_sourcing"]
    c = run(
        "CBI files criminal case against Quorra over Indian users",
        "The agency alleges that 562,000 users in India had their details illegally collected "
        "through a quiz app.",
    )
    assert c.is_enforcement and c.topics == ["data_sourcing"]


def test_intercepted_passwords_are_what_was_taken_not_a_security_failure() -> None:
    a = run(
        "Doe v. Quorra Inc.: radio exemption does not shield street-camera cars, Ninth Circuit "
        "holds",
        "Quorra may not rely on the Wiretap Act carve-out, the court held, in a class action "
        "over cars that picked up passwords, e-mails and other information sent across "
        "unencrypted home networks.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_companys_internal_review_is_no_step() -> None:
    a = run(
        "Quorra switches off cloud services for a defence ministry unit",
        "An internal review at Quorra found evidence that the unit stored millions of "
        "intercepted calls on its servers, so the company shut off the services. Quorra does "
        "not supply technology for the mass surveillance of civilians, its president said.",
    )
    assert not a.is_enforcement


def test_recipients_of_a_notification_and_those_named_are_targets() -> None:
    a = run(
        "Procon-SP demands answers from Quorra over mass leak affecting São Paulo residents",
        "São Paulo state's consumer body has sent a formal notification to Quorra Brasil, "
        "requiring it to say whether the leak of tax numbers originated in its databases.",
    )
    assert any(t.startswith("Quorra") for t in a.targets) and "São Paulo" not in a.targets
    b = run(
        "Cyberspace regulator names 105 apps over illegal collection of personal information",
        "China's Cyberspace Administration identified 105 apps that gathered personal "
        "information without consent. Among those named were Quorra's Lumo and Palvex.",
    )
    assert "Palvex" in b.targets


def test_national_courts_by_their_own_names() -> None:
    for court in ("Hoge Raad", "Cour de cassation", "STJ", "Tribunal Supremo", "Højesteret"):
        a = run(
            f"{court} orders Quorra to stop processing users' location data without consent",
            "The ruling ends the consumer association's privacy case against the app.",
        )
        assert a.action_stage == "court_order", court


def test_more_authorities_by_name_and_country() -> None:
    a = run(
        "Italy's Autorità Garante della Concorrenza e del Mercato opens probe into Quorra over "
        "consent to link its services' data",
        "The authority suspects users are misled about how their personal data is pooled.",
    )
    assert a.regulator == "AGCM"
    b = run("Uganda: PDPO finds Quorra in breach, sets 30-day deadline to register", "")
    assert b.regulator == "PDPO"
    c = run(
        "Morocco's data protection authority orders Quorra to stop collecting faces",
        "",
    )
    assert c.regulator == "CNDP"
    d = run(
        "Cyberspace regulator names 105 apps over illegal collection of personal information",
        "Among those named were Quorra and Palvex; operators must fix the problems in 15 days.",
    )
    assert d.regulator == "CAC"
    e = run(
        "Brazil's antitrust authority opens probe into Quorra over its app store terms",
        "",
    )
    assert e.regulator == "CADE"
    f = run("Street View cars halted as ÚOOÚ rejects Quorra's photography", "")
    assert f.regulator == "UOOU"
    g = run(
        "Quorra Agrees to $1.4 Billion Payment to Texas to Settle Facial Recognition Lawsuit", ""
    )
    assert g.regulator == "Texas AG"


def test_consumer_bodies_by_name_bring_privacy_cases() -> None:
    a = run(
        "French consumer body UFC-Que Choisir wins case against Quorra Inc. over privacy terms; "
        "€30,000 awarded",
        "Quorra must pay €30,000 after the Paris court found dozens of clauses in its terms of "
        "use and privacy policy abusive or illegal, among them clauses letting personal data be "
        "gathered, merged and passed on without genuine consent.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_scraping_beside_weak_safeguards_is_data_taken() -> None:
    a = run(
        "Trier court orders Quorra to compensate scraping victim and cover any future losses",
        "The Landgericht Trier ordered Quorra Ireland, the operator of the network in the EU, "
        "to pay a user EUR 500 in non-material damages because its technical and organisational "
        "measures were too weak to stop scrapers linking his phone number to his profile, and "
        "declared it liable for any future material damage arising from the unauthorised access "
        "to its data in 2019. The rest of the claim was dismissed.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_consent_order_notices_munich_court_and_control_procedures() -> None:
    a = run(
        "Quorra, Inc.; proposed agreement containing consent order; request for comment",
        "The FTC invites public comment on a proposed consent agreement with Quorra, Inc., a "
        "data broker. The agency's complaint says the firm took location information from ad "
        "exchanges without verifying consent and sold audience segments built on sensitive "
        "traits.",
    )
    assert a.is_enforcement and a.action_stage == "proposed_order"
    b = run(
        "OLG München: Quorra must pay user €750 for off-site data processed without legal basis",
        "The court found Quorra Ireland handled data gathered from third-party websites "
        "through its pixel without a legal basis.",
    )
    assert b.is_enforcement and b.action_stage == "court_order"
    c = run(
        "Chatbot: French regulator launches control procedure following complaints (translated)",
        "The CNIL has begun an inspection of Quorra's chatbot after complaints that personal "
        "data is processed without people being informed.",
    )
    assert c.is_enforcement and c.action_stage == "investigation"


def test_camera_footage_used_without_consent_is_data() -> None:
    a = run(
        "FTC: Quorra LLC will pay $5.8 million and delete models built from customer videos",
        "Under a proposed court order Quorra must destroy models and algorithms it derived from "
        "videos. The complaint says staff watched customers' private camera footage and trained "
        "algorithms on it without consent.",
    )
    assert a.topics == ["data_sourcing", "model_deletion"]


def test_a_police_chief_ordering_officers_to_stop_is_internal() -> None:
    a = run(
        "Toronto police admit officers tried Quorra's facial search; chief orders stop",
        "Since late 2019, some Toronto Police Service officers had been using the face-matching "
        "tool sold by Quorra, whose database draws on billions of pictures harvested online, and "
        "the chief was not aware of it, the service acknowledged. Chief Mark Doe told them to "
        "cease using it and referred the matter for review to the Crown attorneys' office and "
        "to Ontario's privacy commissioner.",
    )
    assert not a.is_enforcement


def test_a_translated_marker_is_no_party() -> None:
    a = run(
        "[Translated] Privacy group hauls Quorra before Amsterdam judges over minors' personal "
        "information",
        "Quorra is being sued in the Netherlands. In a class-style claim lodged with the "
        "district court in Amsterdam, a Dutch foundation that campaigns on privacy argues that "
        "the video platform gathers information about very young users without proper "
        "permission.",
    )
    assert a.targets == ["Quorra"]


def test_groups_filing_a_suit_sue() -> None:
    a = run(
        "Civil liberties groups file biometric privacy suit against Quorra in Cook County",
        "The complaint alleges that the firm built faceprints of millions of people from photos "
        "scraped online without their consent, in violation of the Biometric Information "
        "Privacy Act.",
    )
    assert a.is_enforcement and a.action_stage == "complaint" and a.targets == ["Quorra"]


def test_an_authoritys_preliminary_view_is_a_finding() -> None:
    a = run(
        "Quorra faces potential £17m penalty as ICO sets out preliminary view",
        "The Information Commissioner's Office says Quorra may have broken UK data protection "
        "law by gathering images of UK residents from the internet without their knowledge, and "
        "intends to impose a penalty.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_conditions_imposed_decisions_published_and_threatened_fines() -> None:
    a = run(
        "Garante lists conditions Quorra must satisfy by April 30 for its chatbot to resume",
        "Quorra must meet conditions imposed by the Garante before the temporary restriction "
        "is lifted, among them a notice on how personal data trains its algorithms.",
    )
    assert a.is_enforcement and a.action_stage == "final_order"
    b = run(
        "KVKK publishes decision summary on Palvex Turkey's consent for overseas data transfers",
        "The board examined a complaint against Palvex Turkey over how it obtained users' "
        "explicit consent before sending their personal data abroad.",
    )
    assert b.is_enforcement and b.action_stage == "final_order"
    c = run(
        "German state privacy regulator threatens fines over Quorra fan pages and Like button",
        "Websites in the state have until September to take down Quorra fan pages, the "
        "regulator said, warning that those who do not comply could be fined up to €50,000.",
    )
    assert not c.is_enforcement


def test_pay_or_consent_is_data_combination() -> None:
    a = run(
        "Quorra fined €200 million by European Commission under Digital Markets Act over 'pay "
        "or consent'",
        "The Commission concluded that the approach infringed the Digital Markets Act: users "
        "had to buy a subscription or agree to their personal data being combined across "
        "services for advertising. Quorra may also face periodic penalty payments.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_suit_dismissed_or_let_proceed_is_the_courts_ruling() -> None:
    for title in (
        "Court tosses data-scraping privacy suit against Quorra, allows amended complaint",
        "S.D. Ill. dismisses BIPA voiceprint class action against Quorra on jurisdiction",
        "Faces BIPA suit against Quorra dismissed, but plaintiffs may replead",
        "Doe v Quorra Ireland: leave granted for first representative action under 2023 Act",
    ):
        a = run(title, "The plaintiffs say Quorra collected their biometric data without consent.")
        assert a.action_stage == "court_order", title


def test_an_authority_that_halts_a_collection_orders_it() -> None:
    a = run(
        "CNPD halts Quorra biometric collection in Portugal for 90 days (translated)",
        "The data protection authority acted after complaints about iris scans of minors and an "
        "investigation of the company's consent forms.",
    )
    assert a.is_enforcement and a.action_stage == "final_order"
    b = run("Quorra halts its smart-ring sales after battery fires", "")
    assert b.action_stage != "final_order"  # its own act


def test_an_authoritys_penalty_is_a_fine_an_agreed_one_a_settlement() -> None:
    a = run(
        "Garante sanctions Quorra Inc. with €1m penalty for street cameras lacking identification",
        "Italy's data protection authority found residents could not choose to stay out of "
        "shot of the cars taking pictures of passers-by.",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    b = run(
        "Palvex agrees record A$1.3 billion penalty over money-laundering law breaches",
        "AUSTRAC and Palvex reached the agreement, which the court must approve.",
    )
    assert b.action_stage == "settlement"


def test_a_binding_ruling_of_the_eu_board_is_no_court() -> None:
    a = run(
        "Quorra minors' data case: EU board's binding ruling sends matter back to Dublin",
        "Objections to Ireland's draft ruling on how Quorra handles minors' personal "
        "information have been resolved by the EU's data protection board through a binding "
        "decision; the Irish commission has a month to issue its final decision.",
    )
    assert a.action_stage == "final_order"


def test_names_two_countries_authorities_share_are_told_apart_by_place() -> None:
    a = run(
        "Quorra told by Japan's PPC not to gather sensitive personal data without consent",
        "The Personal Information Protection Commission issued administrative guidance to "
        "Quorra, instructing it not to acquire sensitive personal data without permission.",
    )
    assert a.regulator == "PPC"
    b = run(
        "Korea fines Quorra over personal data collected without consent",
        "The Personal Information Protection Commission imposed the fine.",
    )
    assert b.regulator == "PIPC"
    c = run(
        "Audit review: Quorra Ireland switches off face tagging and will erase its templates",
        "In reviewing its audit of Quorra Ireland Ltd, the Office of the Data Protection "
        "Commissioner reports that the company turned off the feature in Europe.",
    )
    assert c.regulator == "DPC"


def test_a_state_attorney_named_for_the_county_takes_its_place() -> None:
    a = run(
        "Doe takes Quorra and Palvex to court over harvested user data",
        "Jane Doe, the State's Attorney for Cook County, has sued Quorra, Inc. and Palvex LLC, "
        "claiming the network let the consultancy collect information on 50 million users.",
    )
    assert a.regulator == "Cook County State's Attorney"


def test_a_headline_deal_the_item_calls_a_suits_settlement_settles_it() -> None:
    a = run(
        "Quorra to hand over $95M in proposed deal ending voice-assistant class action",
        "Quorra Inc. agreed to a $95 million payment under a proposed class settlement filed in "
        "federal court; users alleged the assistant recorded them without consent.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    assert a.amount_usd == 95_000_000
    b = run(
        "Doe lands record $1.4B deal with Palvex over face-scan data",
        "Texas will receive $1.4 billion under an agreement with Palvex Platforms, Attorney "
        "General Jane Doe announced, ending a suit claiming it collected facial geometry "
        "without consent; no state has secured a bigger privacy settlement.",
    )
    assert b.is_enforcement and b.action_stage == "settlement"
    assert b.amount_usd == 1_400_000_000
    # what happens "under" a deal is the deal's past term, and a deal with no suit or
    # authority behind it is business news
    c = run(
        "Quorra starts labelling children's videos differently under FTC deal",
        "The video platform began the changes this week; a settlement last year required them.",
    )
    assert not c.is_enforcement
    d = run("Quorra signs $2B cloud deal with Palvex", "The settlement of invoices is monthly.")
    assert not d.is_enforcement


def test_information_about_people_exploited_commercially_is_data_sourcing() -> None:
    a = run(
        "Competition authority hits Quorra and Palvex with EUR 10m fines each over sign-ups",
        "Italy's AGCM found that neither firm told users signing up that information about "
        "them would be gathered and exploited commercially.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics
    b = run(
        "Paris court rules 400 Quorra clauses abusive in consumer group's case",
        "The court ordered Quorra Ltd to pay EUR 30,000; its terms let it keep members' data "
        "after accounts were deleted. The consumer association had filed the suit in 2014.",
    )
    assert b.is_enforcement and "data_sourcing" in b.topics


def test_a_capitalised_recall_in_running_text_is_a_product() -> None:
    a = run(
        "Statement: ICO seeking clarity from Quorra on privacy protections in Recall",
        "Quorra has unveiled Recall, a feature that captures screenshots of what people do. We "
        "are making enquiries with the company about the protections for users' privacy.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Quorra Recalls Smart Doorbells Over Camera Fault",
        "The company is recalling 300,000 doorbells on its own initiative.",
    )
    assert not b.is_enforcement and b.action_stage == "voluntary"


def test_a_deletion_on_an_authoritys_request_is_pressured() -> None:
    a = run(
        "Irish watchdog's request prompts Quorra to erase Wi-Fi payload data",
        "Acting on a request from the Data Protection Commissioner, Quorra has destroyed the "
        "snippets its cars picked up from unencrypted Wi-Fi networks.",
    )
    assert a.is_enforcement and a.action_stage == "voluntary" and a.regulator == "DPC"


def test_what_the_law_requires_is_no_rule_making() -> None:
    a = run(
        "High Court lets child claimant stay anonymous in Quorra data case",
        "A 12-year-old pursuing a data protection action against Quorra Inc. can proceed "
        "without being named, the judge decided. Her claim says the platform used children's "
        "personal information without the consent required by law.",
    )
    assert a.is_enforcement
    b = run(
        "Data watchdog finds no violation in Palvex's use of spyware",
        "The authority closed its inquiry, concluding the services had the authorisations "
        "required by law from a judge, and would take no further action.",
    )
    assert not b.is_enforcement


def test_proceedings_opened_with_words_between_are_an_investigation() -> None:
    a = run(
        "Bundeskartellamt launches two proceedings against Quorra under new digital rules",
        "Germany's Federal Cartel Office has initiated two sets of proceedings against Quorra "
        "Inc., one scrutinising its terms on the processing of personal data.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run("Quorra launches two products in Germany", "The phones go on sale in May.")
    assert not b.is_enforcement


def test_an_authority_questioning_a_list_of_firms_described_by_trade_inquires() -> None:
    a = run(
        "São Paulo's Procon questions PhotoAge maker Quorra Lab, Palvex and Zentra over pictures",
        "Procon-SP sent formal notices asking the firms to clarify how the app gathers and "
        "keeps people's photos and personal information.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"


def test_a_fine_counted_in_minimum_wages_is_no_wage_matter() -> None:
    a = run(
        "Colombia gives Quorra four months to bolster safeguards for users' data",
        "The SIC ordered Quorra to put effective safeguards in place for Colombians' personal "
        "information harvested by a consultancy. Non-compliance could bring a penalty of 2,000 "
        "times the monthly minimum wage.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]


def test_a_case_closed_on_the_partys_pledge_is_settled() -> None:
    a = run(
        "EU consumer network closes Quorra case after app pledges clearer notice of terms changes",
        "Quorra undertook to explain changes to its terms more clearly, prompting the European "
        "Commission and national consumer protection authorities to close their action against "
        "it over users' personal data.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
    b = run(
        "FTC ends Quorra Wi-Fi inquiry without action after Quorra pledges privacy changes",
        "The FTC closed its inquiry into the collection of personal data by its cars.",
    )
    assert not b.is_enforcement


def test_a_law_named_after_an_authority_is_no_authority() -> None:
    a = run(
        "Second lawsuit accuses Quorra of treating AI data workers as contractors",
        "A former worker invokes California's Private Attorneys General Act; the suit alleges "
        "breaches of state law on overtime and meal breaks for workers who label data to train AI.",
    )
    assert a.regulator is None and not a.is_enforcement
    b = run(
        "Supreme Court narrows autodialer definition, ruling for Quorra",
        "The Court held that Quorra's login-alert text messages did not come from an automatic "
        "telephone dialing system under the Telephone Consumer Protection Act.",
    )
    assert b.is_enforcement and b.action_stage == "court_order"  # a private TCPA suit (E2)


def test_commercial_exploitation_and_data_merging_are_data_matters() -> None:
    a = run(
        "AGCM sanctions Quorra €3.5 million over sign-up notice (translated)",
        "Italy's competition and consumer authority found that people registering were not told "
        "that the personal information they supplied would be gathered and exploited for "
        "commercial ends.",
    )
    assert a.is_enforcement and a.topics == ["data_sourcing"]
    b = run(
        "Quorra misled users over data-merging consent, ACCC alleges in Federal Court action",
        "The Australian Competition and Consumer Commission has sued Quorra LLC, claiming it "
        "misled account holders when it asked them to agree to merging personal details with "
        "their browsing.",
    )
    assert b.is_enforcement and b.topics == ["data_sourcing"]


def test_what_a_news_outlet_finds_is_no_authoritys_finding() -> None:
    a = run(
        "Quorra's scanner enrolled 500,000 testers with scant disclosure, Technology Review finds",
        "Many were offered cash to have their eyes scanned, yet were given little information "
        "about what would happen to the biometric data.",
    )
    assert not a.is_enforcement
    b = run(
        "Data watchdog finds Quorra broke the law by scanning eyes without consent",
        "The authority's decision says the biometric data was collected unlawfully.",
    )
    assert b.is_enforcement


def test_a_ruling_party_is_no_court_ruling() -> None:
    a = run(
        "Quorra widens iris scanning across Mexico as ruling-party legislator seeks INAI review",
        "A legislator of the governing party called on the INAI, the data protection body, to "
        "assess whether people can safely give up biometric data for tokens.",
    )
    assert not a.is_enforcement


def test_a_subject_that_draws_an_authoritys_scrutiny_is_under_inquiry() -> None:
    a = run(
        "Quorra mood experiment draws UK privacy regulator's scrutiny",
        "The Information Commissioner's Office plans to put questions to Quorra, Inc. about an "
        "experiment on 700,000 users' feeds run without their knowledge.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Quorra-Palvex patient records deal draws federal HIPAA inquiry",
        "The civil rights office of HHS is seeking more information on the arrangement under "
        "which Quorra LLC received health records of millions of patients.",
    )
    assert b.is_enforcement and b.action_stage == "investigation"
    c = run("Quorra leak sparks calls for probe", "Lawmakers want the regulator to look at it.")
    assert not c.is_enforcement


def test_deadlines_set_to_answer_or_to_comply_told_in_other_words() -> None:
    a = run(
        "São Paulo consumer body wants Quorra's legal basis within 72 hours",
        "Procon-SP sent Quorra a formal notification asking it to identify the legal ground for "
        "transferring users' data to companies of its group.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "Quorra given a month by CNIL to find a legal basis for handing data to Palvex",
        "Sharing users' data with Palvex lacks a valid legal basis, the CNIL concluded, and it "
        "formally notified Quorra that the practice must be brought into line.",
    )
    assert b.is_enforcement and b.action_stage == "final_order"


def test_an_injunction_sought_and_a_proposed_class_are_suits() -> None:
    a = run(
        "Client alert: consumer centre seeks court order barring Quorra from training AI on posts",
        "An injunction application has been lodged with the Higher Regional Court, arguing the "
        "GDPR gives the processing of users' posts no legal basis.",
    )
    assert a.is_enforcement and a.action_stage == "complaint" and a.targets == ["Quorra"]
    b = run(
        "Privacy litigation alert: proposed class targets Quorra and parent Palvex after hack",
        "A putative class of people whose phones were tracked has sued Quorra and Palvex, "
        "claiming the broker harvested location information and sold it without consent.",
    )
    assert b.is_enforcement and b.action_stage == "complaint"


def test_demands_issued_to_a_party_and_case_citations() -> None:
    a = run(
        "Civil investigative demands issued to Quorra Inc. in Texas inquiry on children's privacy",
        "Jane Doe, the Texas attorney general, has served two civil investigative demands on "
        "Quorra Inc.; her office is probing whether the app breached child privacy protections.",
    )
    assert a.targets == ["Quorra Inc"]
    b = run(
        "Doe v. Quorra, Inc. (9th Cir.): face signatures of a non-user are not BIPA identifiers, "
        "panel holds",
        "The Ninth Circuit upheld summary judgment for Quorra against a man who never signed up "
        "for its network, under Illinois's biometric privacy statute.",
    )
    assert b.is_enforcement and b.action_stage == "court_order"
    c = run(
        "Quorra Logistics and Palvex among defendants in BIPA suit over drivers' face scans",
        "A driver seeks class status for a suit saying the app scanned drivers' faces, who "
        "signed no written release of the kind the biometric privacy statute requires.",
    )
    assert c.is_enforcement and c.action_stage == "complaint"


def test_a_company_suing_the_authority_is_no_step_against_it() -> None:
    a = run(
        "Data broker Quorra files declaratory-judgment suit against the FTC in Idaho",
        "Quorra Inc. went to federal court first, after months of talks with agency staff over "
        "a proposed FTC complaint about its location data sales.",
    )
    assert not a.is_enforcement
    b = run(
        "California leads 20 states suing HHS over handing Medicaid data to Palvex",
        "The attorneys general say the department shared enrollees' personal data unlawfully.",
    )
    assert b.is_enforcement


def test_former_authority_names_and_court_names_are_no_parties() -> None:
    a = run(
        "IFAI orders Quorra México to take down search links on businessman",
        "Mexico's data protection institute ruled the links must go and opened a sanction "
        "procedure against the subsidiary.",
    )
    assert a.regulator == "INAI" and a.targets == ["Quorra México"]
    b = run(
        "Conseil d'État cuts CNIL fine on Quorra France Logistique to €15 million",
        "The court annulled part of the penalty over scanner data used to track employees.",
    )
    assert "Conseil" not in b.targets


def test_the_party_a_sought_order_would_bar_is_the_target() -> None:
    a = run(
        "Client alert: Palvex centre seeks court order barring Quorra from training AI on posts",
        "An injunction application has been lodged by the Palvex consumer centre, aimed at "
        "preventing Quorra from using people's public posts as AI training material under the "
        "GDPR.",
    )
    assert a.targets == ["Quorra"]


def test_an_official_named_at_the_summarys_start_is_no_party() -> None:
    a = run(
        "District of Columbia v. Quorra, Inc.: complaint over quiz data sent to Palvex Analytica",
        "Jane Doe, the District's attorney general, has sued Quorra, Inc. under consumer "
        "protection statutes, saying a quiz app gathered users' data without consent.",
    )
    assert a.targets == ["Quorra, Inc."]


@pytest.mark.parametrize(
    "title",
    [
        "Palvex's disgorgement order: what AI vendors must delete",
        "Here's what companies should do after the FTC's order against Quorra",
        "FTC algorithm deletion remedy - what model builders need to know",
    ],
)
def test_an_explainer_of_what_parties_must_do_is_no_action(title: str):
    # E3: the headline explains what parties in general must do; it reports no step of its own
    a = run(title, "The FTC ordered Quorra Labs to delete models built on data it collected.")
    assert not a.is_enforcement
    assert not {"What", "Here", "How"} & set(a.targets)


def test_the_terms_of_the_step_the_headline_reports_are_no_explainer():
    a = run("FTC orders Quorra Labs to delete models: what it must destroy")
    assert a.is_enforcement and a.regulator == "FTC" and "Quorra Labs" in a.targets


def test_a_federal_register_title_keeps_the_whole_company_name_before_its_semicolon():
    # Title Case lowers ordinary words ("Health", "Services") outside names; the part before
    # ";" that ends in a legal form is the company's name, every word of it
    a = run(
        "Quorra Health Services, Inc.; Analysis of Proposed Consent Order To Aid Public Comment",
        publisher="federal-register",
    )
    assert a.targets == ["Quorra Health Services, Inc."]


@pytest.mark.parametrize(
    "title",
    [
        "Norwegian SA: Temporary ban of behavioural advertising by Quorra Social",
        "Italian SA: definitive limitation for the Palvex chatbot",
        "Swedish SA: processing ban for Quorra Health's app",
    ],
)
def test_a_gdpr_limitation_or_ban_on_processing_is_an_order(title: str):
    # Art. 58(2)(f) GDPR: "a temporary or definitive limitation including a ban on processing"
    a = run(title)
    assert a.is_enforcement and a.action_stage == "final_order"


@pytest.mark.parametrize(
    "title",
    [
        "Sanction of €240,000 against QUORRA DATA: contact data collected without consent",
        "Sanction of 150 million euros against PALVEX",
        "The CNIL imposes a penalty of 40 million euros on PALVEX",
    ],
)
def test_a_sanction_or_penalty_of_a_sum_is_a_fine(title: str):
    a = run(title, publisher="cnil")
    assert a.is_enforcement and a.action_stage == "fine"


def test_a_penalty_a_party_could_face_is_no_fine():
    a = run(
        "Consumer officials charge Palvex over abusive contract clauses",
        "Officials said the terms are abusive. Palvex could face a penalty of as much as 1 "
        "billion pesos.",
    )
    assert a.action_stage != "fine"


def test_the_party_an_authority_secures_a_sum_from_is_a_target():
    a = run(
        "Attorney General James Secures $4.5 Million from Palvex Over Sale of Location Data",
        "New York Attorney General Letitia James today secured $4.5 million from Palvex Inc. "
        "for selling consumers' location data without consent.",
        publisher="state-ag",
    )
    assert a.regulator == "New York AG"
    assert a.targets and a.targets[0].startswith("Palvex")


def test_an_ai_incident_database_headline_prefix_names_no_party():
    a = run(
        "Incident 98: Palvex Facial Recognition Misidentified Shoppers",
        "A facial recognition system deployed by Palvex reportedly misidentified shoppers.",
    )
    assert "Incident" not in a.targets and "Palvex" in a.targets


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Lawsuit claims Palvex recorded callers' voices without consent", "Palvex"),
        ("Senators press Quorra Labs on how it uses palm prints it collected", "Quorra Labs"),
    ],
)
def test_a_word_of_the_step_vocabulary_opening_a_headline_is_no_party(title: str, party: str):
    # "Lawsuit", "Senators": the lexicon's own words, capitalised only by position
    a = run(title)
    assert a.targets and a.targets[0] == party


def test_such_a_word_paying_a_sum_is_the_party():
    # "Harbor to pay ...": a company named by an ordinary word, known by the payer's verb
    a = run("Harbor to pay $2 million to 40 states over leaked customer data")
    assert a.targets == ["Harbor"]


def test_the_appellants_whose_appeals_a_court_decides_are_the_parties():
    a = run(
        "Publishers are liable for readers' Palvex comments, top court holds",
        "The High Court dismissed appeals by Quorra Media and Vantor News, holding that they "
        "published the comments on their pages.",
    )
    assert a.targets[:2] == ["Quorra Media", "Vantor News"]


def test_a_number_word_opening_a_headline_opens_no_name():
    a = run("Seventeen AI companies sign pledge as FTC fines Quorra Labs over scraped photos")
    assert not any(t.startswith("Seventeen") for t in a.targets)


def test_a_source_regulator_fills_only_where_the_text_names_none():
    title = "Attorney General Jane Roe Sues Quorra for Capturing Texans' Biometric Data"
    summary = "Quorra collected voiceprints and facial geometry without consent."
    listed = {"regulator": "Texas AG"}
    a = extract(Entry(source="t", title=title, summary=summary, publisher="state-ag", raw=listed))
    assert a.regulator == "Texas AG" and a.is_enforcement
    b = extract(Entry(source="t", title=title, summary=summary, publisher="state-ag"))
    assert b.regulator is None
    c = extract(
        Entry(
            source="t",
            title="FTC sues Quorra over location data",
            summary="The FTC said Quorra sold precise location data without consent.",
            publisher="state-ag",
            raw=listed,
        )
    )
    assert c.regulator == "FTC"  # the text names the authority: the hint does not override it


def test_proceedings_in_the_passive_are_an_investigation_unless_denied() -> None:
    a = run(
        "Proceedings launched against Quorra over consent to merge account data",
        "The competition watchdog has started Federal Court proceedings against Quorra, alleging "
        "it combined users' personal details with their browsing records without consent.",
    )
    assert a.is_enforcement
    b = run(
        "Data commissioner warns sites over Palvex tracking buttons",
        "Sites that keep the buttons could be fined, the regional data commissioner said. The "
        "warning was general; no proceedings were launched against any particular site.",
    )
    assert not b.is_enforcement


def test_an_authority_demanding_a_party_explain_or_report_inquires() -> None:
    for title in (
        "Ministry demands Quorra report on accounts caught up in data scandal",
        "IT ministry demands Quorra explain how spyware reached users' phones",
        "Dutch privacy regulator demands clarification from Quorra about its chatbot",
    ):
        a = run(title, "The authority wants to know how users' personal data was handled.")
        assert a.is_enforcement and a.action_stage == "investigation", title


def test_a_consent_order_against_a_party_is_a_step() -> None:
    a = run(
        "Client alert: Consent Order Against Quorra Now Final, With Opt-In Rule for Data Sharing",
        "The Federal Trade Commission has finalised its order with Quorra Inc. over its social "
        "service, which used people's contacts without consent.",
    )
    assert a.is_enforcement and a.action_stage == "final_order"


def test_an_app_barred_from_an_authoritys_own_devices_is_no_action() -> None:
    a = run(
        "Brussels bars Quorra from Commission-managed devices on cybersecurity grounds",
        "The European Commission's management board suspended use of the app on the devices "
        "to protect its systems against cybersecurity threats.",
    )
    assert not a.is_enforcement


def test_a_biometric_filing_naming_a_defendant_is_a_complaint() -> None:
    a = run(
        "New BIPA Filing Targets Cloud Provider: Quorra Named Over Worker Verification",
        "Quorra Web Services has been named as the defendant in a proposed class action in "
        "Cook County, Illinois, by workers who say it kept their face geometry without consent.",
    )
    assert a.is_enforcement and a.action_stage == "complaint"


def test_a_conjunction_opening_a_headline_clause_names_no_party() -> None:
    a = run("Dutch DPA: Quorra Users Should Opt Out Now If They Don't Want Their Data Used for AI")
    assert "If" not in a.targets and "Unless" not in a.targets


def test_data_scooped_up_is_taken() -> None:
    a = run(
        "County prosecutor accuses Quorra of consumer fraud in new lawsuit",
        "The State's Attorney claims Quorra let a data firm scoop up information on millions of "
        "people through a quiz app, and wants civil penalties.",
    )
    assert a.is_enforcement and "data_sourcing" in a.topics


def test_a_laws_penalties_for_non_compliance_are_no_finding() -> None:
    a = run(
        "Government U-turn: Quorra now covered by social media age limit for under-16s",
        "Taking up advice from the eSafety Commissioner, the government withdrew the carve-out. "
        "From December 10 the platform must keep under-16s off, with penalties for "
        "non-compliance reaching A$49.5 million.",
    )
    assert not a.is_enforcement


def test_the_states_attorney_general_is_no_county_prosecutor() -> None:
    a = run(
        "Quorra settles two Texas privacy cases for $1.375bn",
        "Quorra will pay $1.375 billion to Texas, ending two lawsuits that Jane Roe, the state's "
        "attorney general, had brought over location tracking and facial geometry.",
    )
    assert a.regulator == "Texas AG" and a.targets == ["Quorra"]


def test_parties_named_in_a_suit_are_its_defendants() -> None:
    a = run(
        "Kids' game tracking: Quorra LLC and Palvex named in San Jose putative class action - "
        "Courtroom Digest",
        "Filed for a minor, the suit targets Quorra LLC together with Palvex Inc. It alleges "
        "that under-13 players in the store programme called 'Designed for Families' had their "
        "device IDs harvested without parents' consent.",
    )
    assert a.targets[:2] == ["Quorra LLC", "Palvex"]


def test_a_quoted_setting_or_programme_is_no_party() -> None:
    a = run(
        "Does switching off 'Share Quorra Analytics' stop the data flow? Class action says no",
        "Palvex's own apps kept sending the company data on what people tapped after they "
        "disabled the setting, a proposed class suit under the California privacy statute says.",
    )
    assert "Share Quorra Analytics" not in a.targets and "Palvex" in a.targets


def test_the_court_named_in_a_headline_is_no_party() -> None:
    a = run(
        "Corte Suprema: Quorra need not de-list a presenter's 1990s TV clips",
        "Argentina's Supreme Court overturned two rulings that had ordered Quorra to stop "
        "surfacing the clips, finding them a matter of public interest.",
    )
    assert "Corte Suprema" not in a.targets and "Quorra" in a.targets


def test_an_authority_standing_by_its_order_and_new_suits_targeting_a_party_are_steps() -> None:
    a = run(
        "Token-for-iris-scan offer stays off-limits in Brazil as ANPD stands by its order",
        "The authority maintained its decision requiring Quorra to halt payments to people who "
        "let their irises be scanned, as payment compromises free consent to biometric data.",
    )
    assert a.is_enforcement
    b = run(
        "In-app browsers as wiretaps? New suits target Quorra's code injection",
        "Two putative class actions allege Quorra inserts code into sites viewed inside its "
        "apps, tracking users; the plaintiffs invoke federal and state wiretapping laws.",
    )
    assert b.is_enforcement and b.action_stage == "complaint"


def test_a_case_sensitive_phrase_is_found_in_a_title_case_headline() -> None:
    lex = Lexicon(
        {
            "version": "x",
            "regulator": {},
            "regulator_by_country": {
                "countries": [],
                "privacy_phrases": [],
                "competition_phrases": [],
                "country_phrases": [],
            },
            "regulator_generic": {"privacy_commissioner": [], "places": []},
            "states": {"names": [], "acting": []},
            "stage": {"complaint": ["BIPA suit"]},
            "not_enforcement": {},
            "private": {},
            "topic": {},
        }
    )
    for title in ("New BIPA Suit Targets Quorra", "A BIPA suit targets Quorra"):
        assert [c.cat for c in lex.scan(title, "title")] == ["stage:complaint"], title
    assert lex.scan("A bipa suit targets Quorra", "title") == []  # the acronym keeps its case


def test_a_country_ending_in_s_takes_the_bare_possessive() -> None:
    a = run(
        "Quorra handed a €750,000 penalty over an English-only privacy notice for Dutch children",
        "The Netherlands' privacy regulator fined Quorra Technology Limited because children "
        "could not read what the app did with their data.",
    )
    assert a.regulator == "Dutch DPA"


def test_a_peoples_plural_is_no_party() -> None:
    a = run(
        "Colombia: data regulator imposes four-month deadline on Quorra to certify safeguards",
        "Colombia's SIC gave Quorra four months to stop users' personal data being accessed "
        "without authorisation. The authority said Colombians figured among the people whose "
        "data was collected.",
    )
    assert "Colombians" not in a.targets and "Quorra" in a.targets


def test_a_sanction_of_a_sum_and_penalty_surcharges_are_fines() -> None:
    a = run(
        "Data agency sanctions Quorra Inc. with 1.2 million euros for profiling users' beliefs",
        "Quorra Inc. must pay a sanction of 1.2 million euros, Spain's data protection agency "
        "(AEPD) announced, for gathering users' ideology and religion without consent.",
    )
    assert a.is_enforcement and a.action_stage == "fine"
    b = run(
        "PIPC imposes penalty surcharges totalling KRW 100 billion on Quorra and Palvex",
        "The two companies gathered users' activity on other websites for customised "
        "advertising without obtaining their prior consent.",
    )
    assert b.is_enforcement and b.action_stage == "fine"
    c = run(
        "EU data watchdog reprimands Quorra Agency over election campaign software",
        "In its first sanction of an EU body, the European Data Protection Supervisor "
        "reprimanded Quorra Agency over the personal data of 300,000 people.",
    )
    assert c.action_stage != "fine"


def test_authorities_questioning_a_party_and_an_ex_officio_review_inquire() -> None:
    a = run(
        "Is one small LED enough? Irish and Italian regulators question Quorra over camera glasses",
        "Quorra is facing questions from Ireland's Data Protection Commission about glasses that "
        "shoot photos of bystanders.",
    )
    assert a.is_enforcement and a.action_stage == "investigation"
    b = run(
        "KVKK launches ex officio review of Quorra's data-sharing terms",
        "Turkey's data protection authority will assess whether the update, which makes users "
        "share their data with the wider group, is consistent with the law.",
    )
    assert b.is_enforcement


def test_a_court_signing_off_on_a_settlement_and_a_deal_proposed_to_end_a_suit() -> None:
    a = run(
        "A $650 million result for Illinois users: court signs off on Quorra face-scan settlement",
        "The judge finally approved the class deal over claims that Quorra, Inc. built face-"
        "geometry scans without consent, breaching Illinois' biometric privacy law (BIPA).",
    )
    assert a.is_enforcement and a.amount_usd == 650_000_000
    b = run(
        "$95M deal proposed to end Quorra privacy class action",
        "The preliminary agreement requires Quorra to pay $95 million to users whose private "
        "conversations its assistant recorded without consent.",
    )
    assert b.is_enforcement and b.action_stage == "settlement"


def test_an_abbreviation_spelled_out_after_it_names_the_authority() -> None:
    a = run(
        "DCI officers haul away Quorra machines and files from Nairobi storage site",
        "Kenyan detectives from the DCI (Directorate of Criminal Investigations) searched "
        "premises used as a warehouse by Quorra, to establish how it got people's iris scans.",
    )
    assert a.is_enforcement and a.regulator == "DCI"


def test_a_deal_to_end_privacy_litigation_settles_a_privacy_suit() -> None:
    a = run(
        "$85 million deal proposed to end Quorra user-privacy litigation",
        "The preliminary agreement requires Quorra Video Communications, Inc. to pay $85 "
        "million. Plaintiffs claimed it handed users' personal information to advertisers "
        "without their authorisation.",
    )
    assert a.is_enforcement and a.amount_usd == 85_000_000


def test_a_warning_of_further_action_against_a_party_is_no_sector_warning() -> None:
    a = run(
        "Watchdog warns of further action if Quorra fails to make privacy information clearer",
        "Quorra Inc. has given the Information Commissioner's Office a formally signed "
        "commitment to tell people more clearly what personal information it gathers.",
    )
    assert a.is_enforcement and a.action_stage == "settlement"
