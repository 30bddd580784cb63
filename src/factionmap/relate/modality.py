"""Modality and attribution of a finding: negated, alleged, claimed, planned or asserted.

Scope is syntactic: a cue counts when it sits on the trigger, on a verb that governs the
trigger, or on a noun the trigger hangs from ("notably absent from", "widely suspected of
being backed by", "A said it had attacked B"). A negated or hedged statement is never
reported as a plain assertion; precedence is negated > alleged > planned > claimed.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from factionmap.relate.candidates import Arg
from factionmap.relate.syntax import SentenceView, Token, purpose_noun, subject_token
from factionmap.relate.triggers import SPEECH_VERBS

# Negation words and the verbs whose complement they deny.
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NEGATING_VERBS = frozenset({"deny", "reject", "refute", "refuse", "decline", "dismiss", "disavow",
                            "renounce", "abandon", "end", "cease", "halt", "suspend", "fail",
                            "sever",  # "severed its ties with B" ("cut" also cuts roads in offensives)
                            "withdraw"})  # "RAW withdraws its support for the LTTE"
# Nouns stating that what their "of" names is missing: "a lack of cooperation between A and B".
ABSENCE_NOUNS = frozenset({"lack", "absence"})
NEGATING_WORDS = frozenset({"longer"})  # "no longer allied" ("absent" is its own pattern)
# Hedges: the statement is reported as suspected, not known.
HEDGE_WORDS = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "possibly",
                         "probably", "likely", "perhaps", "presumably", "supposedly", "may",
                         "might", "could", "rumored", "rumoured", "suspected", "alleged",
                         "believed", "thought", "accused", "suspect", "suspicion", "allegation",
                         "allegations", "rumor", "rumors", "claims", "unconfirmed", "unverified",
                         "considered", "seen", "regarded", "perceived", "accusation",
                         "accusations", "claim", "rumour", "rumours", "report", "reports"})
# Verbs of intention: the relation is planned, not done.
PLAN_WORDS = frozenset({"plan", "intend", "aim", "vow", "threaten", "prepare", "will",
                        "shall", "propose", "want", "hope", "expect", "negotiate",
                        "discuss", "mull", "promise", "'ll",
                        "pledge", "swear",  # "pledged to keep fighting" (not "pledged allegiance")
                        # a group sent to fight has not yet fought: "remobilized A to fight B"
                        "mobilize", "remobilize", "mobilise", "remobilise", "deploy", "dispatch",
                        "send", "redeploy"})
# Attribution cues besides speech verbs: "according to A".
ACCORDING = "according"
# Participles by which a place or state only locates a source ("a Britain-based monitor").
LOCATING_PARTICIPLES = frozenset({"based", "headquartered", "registered"})
# Hedged speech: "is said to", "were reported to".
HEDGED_SPEECH = frozenset({"say", "report", "believe", "think", "suspect", "allege", "rumor",
                           "state"})  # "Turkey has been stated to be colluding with ISIL"


# Edges out of a modifier clause: "A, which is linked to B, refused ..." -- "refused" is about
# A's act, not about the link, so the chain stops at the relative/participle/appositive.
CLAUSE_EDGES = frozenset({"relcl", "acl", "appos", "parataxis", "conj"})
# Who can claim: a party to the conflict or one of its people. A monitor, a news agency or an
# NGO (label "organization") reporting something is a source, not a claimant.
PARTY_LABELS = frozenset({"armed_group", "coalition", "state", "state_actor", "person", "other"})


# Subordinators of adverbial clauses whose content is presupposed true whatever the main clause
# says: "Although A and B had worked together since 2004, they did not announce ..." keeps the
# cooperation asserted. "if", "unless", "before" and "until" are not here: their clause may
# not have happened.
FACTIVE_MARKERS = frozenset({"although", "though", "after", "since", "because", "when", "while",
                             "once", "as", "whereas", "whilst"})
# Nouns that a speech or plan verb performs rather than reports: "declared allegiance to B",
# "vowed allegiance to B", "declared war on B" are the acts themselves, not claims or plans.
PERFORMED_NOUNS = frozenset({"allegiance", "loyalty", "bay'ah", "bayah", "baya", "oath", "war",
                             # "A and B announced a merger": the parties' announcement is the act
                             "merger", "formation", "alliance", "split"})
# Prepositions of adjuncts that set the scene rather than being asserted or denied: "During
# clashes between A and B, C refused to fight A" -- the clashes happened; C's refusal is C's.
ADJUNCT_PREPS = frozenset({"during", "amid", "amidst", "after", "following", "since", "throughout",
                           "despite", "before", "upon"})


def _coordinated_phrase(token: Token) -> bool:
    """Whether a ``conj`` joins phrases, not clauses: "accused B of X and of Y" (a preposition),
    "has been stated to be supporting or colluding with B" (a verb sharing the subject and the
    auxiliaries of an open complement, in the same form: "refused to fight A and defected from
    B" is a second finite clause the parser hung on "fight")."""
    if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.dep_ == "xcomp":
        return token.tag_ == token.head.tag_ and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    return token.dep_ == "conj" and token.pos_ == "ADP"


def _scene_setting(token: Token) -> bool:
    """Whether ``token`` is an adjunct preposition on a verb ("during clashes ..." on "refused")."""
    return token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPS \
        and token.head.pos_ in ("VERB", "AUX")


def _factive_clause(token: Token) -> bool:
    """Whether ``token`` heads an adverbial clause opened by a factive subordinator."""
    return token.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in FACTIVE_MARKERS for c in token.children)


def _performs(token: Token, chain: list[Token], depth: int) -> bool:
    """Whether verb ``token`` (chain[depth]) performs the act its object noun names, or is
    coordinated with the act (then it neither states nor plans it)."""
    below = chain[depth - 1] if depth > 0 else None
    if below is not None and below.pos_ == "VERB" and below.head == token and (
            below.dep_ == "conj" or below.dep_ == "advcl" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in below.children)):
        # "declared peace with IS, defected from S", "was preparing an offensive, stating
        # that ...": a second act, neither what was said nor what was planned (a purpose
        # clause, "sent troops to fight B", still is the plan)
        return True
    return below is not None and below.dep_ == "dobj" and below.lemma_.lower() in PERFORMED_NOUNS \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in PERFORMED_NOUNS and c in chain[:depth]
               for c in token.children)


def _clause(token: Token) -> int:
    """Which semicolon-separated clause of the sentence a token lies in."""
    return bisect_left(_semicolons(token.doc), token.i)


@lru_cache(maxsize=16)
def _semicolons(doc: Any) -> tuple[int, ...]:
    """Token indices of a parse's semicolons (``Doc.text`` is rebuilt on every access, so the
    clause of a token is counted on tokens, once per parse)."""
    return tuple(t.i for t in doc if t.text == ";")


# Pattern families whose edge is stated inside one noun phrase.
LOCAL_FAMILIES = ("modifier:", "clause:unit-of", "clause:media", "clause:such-as",
                  "clause:possessor", "clause:coalition-possessive", "clause:possessive-unit",
                  # a role or a base named in a noun phrase is presupposed by the clause around it:
                  # "said Rami Abdel Rahman, head of the Observatory", "reported to be planning to
                  # move on the government's stronghold of Latakia"
                  "role:", "base:")


def _noun_phrase_internal(anchor: Token, pattern: str) -> bool:
    """Whether an edge is stated inside a noun phrase (apposition, compound, modifier)."""
    if pattern.startswith(LOCAL_FAMILIES):
        return True
    if not pattern.startswith(("noun:", "role:", "base:")):
        return False
    return anchor.dep_ in ("appos", "compound") or any(c.dep_ == "appos" for c in anchor.children)


def _adjunct(child: Token) -> bool:
    """Whether a token hangs on its head as a manner or time adjunct: what a negating verb ends
    is its object, not the means or the moment ("severed its ties with Iran by participating in
    the intervention on behalf of B": the participation stands)."""
    return child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in ADJUNCT_PREPS | {"by"})


def _chain(anchor: Token) -> list[Token]:
    """The anchor and every token governing it in its own clause, nearest first.

    The parser often hangs "A formed D; notably absent is B" as one tree; a cue in the other
    half of a semicolon must not reach across it.
    """
    clause = _clause(anchor)
    chain = [anchor]
    for ancestor in anchor.ancestors:
        if _clause(ancestor) != clause:
            break
        if (chain[-1].dep_ in CLAUSE_EDGES and not _coordinated_phrase(chain[-1])) \
                or _factive_clause(chain[-1]):
            # "accusations that Turkey was supporting B": a clause that spells out a claim,
            # an accusation or a report is hedged by it (the chain still stops there)
            if (ancestor.lower_ in HEDGE_WORDS or ancestor.lemma_.lower() in HEDGE_WORDS) \
                    and not (chain[-1].dep_ == "conj" and chain[-1].pos_ == "VERB"):
                # ("A and B each claimed to be ..., and attacked one another": a verb coordinated
                # with the claim is a second statement, not its content)
                chain.append(ancestor)
            break
        chain.append(ancestor)
    return chain


def modality_of(view: SentenceView, anchor: Token, *, pattern: str = "") -> tuple[str, Arg | None]:
    """(modality, claimant) for a finding anchored at ``anchor``."""
    chain = _chain(anchor)
    if _noun_phrase_internal(anchor, pattern):
        # "the truce does not apply to ISIS and al-Qaeda affiliate the Nusra Front": the
        # apposition states the affiliation itself; the clause's negation is about the truce
        chain = [anchor]
    negated = alleged = planned = False
    claimant: Arg | None = None
    # negation does not reach through a scene-setting adjunct ("During clashes between A and
    # B, C refused to fight A"); attribution and hedges still do ("X said that during ...")
    scene = next((i for i, t in enumerate(chain) if _scene_setting(t)), len(chain))
    for depth, token in enumerate(chain):
        lemma, lower = token.lemma_.lower(), token.lower_
        kids = [k for k in token.children if _clause(k) == _clause(anchor)]
        if depth > scene:
            kids = [k for k in kids if k.dep_ != "neg" and k.lower_ not in NEGATION_WORDS | NEGATING_WORDS]
        if any(k.dep_ == "neg" or (k.lower_ in NEGATION_WORDS and k.dep_ in ("det", "advmod", "neg",
                                                                          "preconj"))
               for k in kids):
            negated = True
        if 0 < depth <= scene and lemma in NEGATING_VERBS and not _adjunct(chain[depth - 1]):
            negated = True
        if 1 < depth <= scene and lemma in ABSENCE_NOUNS and chain[depth - 1].lower_ == "of":
            negated = True  # "there was a lack of cooperation between A and B"
        if (depth <= scene and lower in NEGATING_WORDS) or any(k.lower_ in NEGATING_WORDS for k in kids):
            negated = True
        if (depth > 0 and lower in HEDGE_WORDS) or any(k.lower_ in HEDGE_WORDS and k.dep_ in ("advmod", "aux", "amod")
                                       for k in kids):
            alleged = True
        if lemma in HEDGED_SPEECH and any(k.dep_ == "auxpass" for k in kids) and depth > 0:
            alleged = True  # "A is said to be backed by B"
        performs = depth > 0 and _performs(token, chain, depth)
        if depth > 0 and (lemma in PLAN_WORDS or lower in PLAN_WORDS) and token.pos_ in ("VERB", "AUX") \
                and not performs:
            planned = True
        if any(k.lower_ in ("will", "shall", "'ll") and k.dep_ == "aux" for k in kids):
            planned = True
        if depth == 0 and token.pos_ == "VERB":
            first = token
            while first.dep_ == "conj" and first.head != first:
                first = first.head  # "to target and eliminate B": the purpose governs both
            if purpose_noun(first) is not None:
                planned = True  # "one of A's goals was to target B" (not "... to interdict X's forces")
        if any(k.lower_ == "would" and k.dep_ == "aux" for k in kids) and any(
                t.lemma_.lower() in SPEECH_VERBS | PLAN_WORDS for t in chain[depth + 1:]):
            planned = True  # reported future: "announced that its fighters would strike back"
        if depth > 0 and lemma in SPEECH_VERBS and token.pos_ == "VERB" and not performs \
                and depth != scene + 1:  # "Upon being declared ... by T, A declared ...": the
            # scene is no part of what the speaker of the clause it sets says
            speaker = subject_token(token)
            if speaker is not None:
                args = [a for a in view.group(speaker) if a.label in PARTY_LABELS]
                if args and claimant is None:
                    claimant = args[0]
                    if lemma in ("deny",):
                        negated = True
        for kid in kids:
            if kid.lower_ == ACCORDING and claimant is None:
                named_source = False
                for grand in kid.subtree:
                    arg = view.arg(grand)
                    if grand.head.lower_ in LOCATING_PARTICIPLES:
                        continue  # "a Britain-based monitoring organization": where, not who
                    if arg is not None and arg.label in PARTY_LABELS:
                        claimant = arg
                        break
                    named_source = named_source or (arg is not None and not arg.is_place)
                else:
                    # "according to sources" hedges; "according to the Observatory" names a
                    # monitor, a source whose report stands as reported fact
                    alleged = alleged or not named_source
        if lemma == "deny" and depth > 0:
            speaker = subject_token(token)
            if speaker is not None and view.group(speaker):
                claimant = claimant or view.group(speaker)[0]
    if pattern == "absent" or negated:
        return "negated", claimant
    if alleged:
        return "alleged", claimant
    if planned:
        return "planned", claimant
    if claimant is not None:
        return "claimed", claimant
    return "asserted", None
