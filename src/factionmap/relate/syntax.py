"""Argument finding over a masked sentence parse: who fills a subject or object slot.

Shared by the verbal and nominal patterns. A slot's token is an actor when it is a stand-in
for a mention; coordination (``conj``, "as well as", "both ... and") distributes it over every
conjunct; a relative pronoun stands for the noun its clause modifies; a carrier noun
("fighters of A", "A's jamaat in B") carries the group it names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from factionmap.link.coref_patterns import NUMBERS
from factionmap.relate.candidates import Arg, MaskedSentence
from factionmap.relate.triggers import (
    CARRIER_NOUNS,
    CARRIER_PREPS,
    COAGENT_PREPS,
    HOSTILE_NOUNS,
    ISSUING_VERBS,
    LEADER_NOUNS,
    NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)

Token = Any  # spacy.tokens.Token
# Nouns of help that make their giver a co-agent: "with the aid of B", "with the help of B".
HELP_NOUNS = frozenset({"aid", "help", "support", "assistance", "backing", "participation"})
# Possessive pronouns read as the nearest actor named before them in the sentence.
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# Relative pronouns that stand for the noun their clause modifies.
RELATIVES = frozenset({"which", "who", "that", "whom"})
# Relative pronouns by which a clause describes a statement: "a statement that condemned B".
STATEMENT_RELATIVES = frozenset({"that", "which"})
# Prepositions that list examples of a carrier: "groups including A", "brigades such as A".
EXAMPLE_PREPS = frozenset({"including", "as", "like"})
# Verbs of a relative clause that list a carrier's parts: "a group that included A and B".
LISTING_VERBS = frozenset({"include", "comprise"})
# Quantifiers floated after a subject list: "A and B each claimed", "A and B both attacked".
FLOATING_QUANTIFIERS = frozenset({"each", "both"})
# Directions the parser may take for the head of "a target southwest of P".
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                             "southeast", "southwest"})
# Particles between a verb and its preposition: "broke away from", "split off from".
PARTICLES = frozenset({"away", "off", "out", "apart", "together", "up", "back"})
# Nouns through which a place is named: "the town of P", "the P area", "all of P".
PLACE_HEADS = frozenset({"town", "city", "village", "area", "areas", "province", "region",
                         "district", "countryside", "outskirts", "suburb", "all", "most", "much",
                         "part", "parts", "governorate", "neighborhood", "neighbourhood",
                         "capital", "center", "centre", "border", "crossing", "base"})
# Carriers that are people: "terrorists affiliated to A" are A's.
PEOPLE_CARRIERS = frozenset({"terrorist", "militant", "fighter", "member", "rebel", "gunman",
                             "jihadist", "insurgent", "extremist", "element", "man", "soldier"})
# Carriers that may stand in apposition to the name before them ("the SDF a coalition of ...").
PHRASE_CARRIERS = frozenset({"coalition", "alliance", "group", "militia", "umbrella", "faction",
                             "organization", "organisation", "movement", "front"})
# Verbs whose object does what their complement says: "prompted A to defect" entails that A
# defected. Verbs of asking or urging ("called on B to stop") do not, and are not here.
CAUSATIVE_VERBS = frozenset({"prompt", "lead", "cause", "force", "drive", "compel", "push", "spur"})
# Verbs that send a group to do something: their named object is the doer of the purpose.
SENDING_VERBS = frozenset({"mobilize", "remobilize", "mobilise", "remobilise", "deploy", "dispatch",
                           "send", "redeploy"})
# Prepositions of place whose object the parser makes the head of the verb's next phrase.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "across"})
# Nouns of credit for an act: "claimed responsibility for killing X" -- the claimer is the killer.
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
# Nouns of purpose whose possessor acts in their complement: "A's aim was to destroy B".
PURPOSE_NOUNS = frozenset({"goal", "aim", "objective", "mission", "purpose", "intention", "plan",
                           "priority", "ambition"})
# Objects that move an effort from one act to another and control none of them: "shifted its
# focus from fighting A to fighting B" (the subject fights).
EFFORT_NOUNS = frozenset({"focus", "attention", "effort", "efforts", "priority", "priorities",
                          "resources", "energy", "energies"})
# Clause links through which a verb without its own subject takes its head's subject.
INHERITING = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp", "acl", "relcl", "prep", "acomp"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One relation stated by a pattern, before ids, modality, time and place are attached."""

    type: str
    source: Arg | None
    target: Arg
    pattern: str
    anchor: int  # token index of the trigger in the masked parse
    role: str | None = None
    forced: str | None = None  # a modality the pattern itself decides ("absent" -> negated)
    via: Arg | None = None  # the person whose stance this is the group's (leader_acts.py)


@dataclass(frozen=True, slots=True)
class EventFinding:
    """One event stated by a pattern, with its participants."""

    type: str
    participants: tuple[Arg, ...]
    pattern: str
    anchor: int


@dataclass(slots=True)
class SentenceView:
    """A masked sentence with its parse and the args' tokens."""

    masked: MaskedSentence
    doc: Any  # spacy.tokens.Doc
    arg_of_token: dict[int, Arg] = field(default_factory=dict)

    @classmethod
    def build(cls, masked: MaskedSentence, doc: Any) -> SentenceView:
        """Map each stand-in token of ``doc`` to its arg."""
        view = cls(masked, doc)
        for token in doc:
            arg = masked.arg_at(token.idx)
            if arg is not None:
                view.arg_of_token[token.i] = arg
        return view

    def arg(self, token: Token) -> Arg | None:
        """The arg a token stands for, or None."""
        return self.arg_of_token.get(token.i)

    def _counted_list_before(self, token: Token, depth: int) -> list[Arg] | None:
        """The names right before a counted apposition ("A and B, the two major groups based in
        P"), when they are that many (the parser may hang it on another noun)."""
        count = next((NUMBERS[c.lower_] for c in token.children
                      if c.dep_ == "nummod" and c.lower_ in NUMBERS), None)
        start = token.left_edge.i
        if count is None or start < 2 or self.doc[start - 1].text != ",":
            return None
        last = self.doc[start - 2]
        if self.arg(last) is None:
            return None
        while last.dep_ == "conj" and last.head != last:
            last = last.head
        listed = [a for a in self.group(last, depth=depth + 1) if a.is_actor]
        return listed if len(listed) == count else None

    def resolve(self, token: Token, *, depth: int = 0) -> list[Arg]:
        """The args one slot token stands for (not its conjuncts)."""
        arg = self.arg(token)
        if arg is not None:
            return [arg]
        if depth > 3:
            return []
        if token.lower_ in POSSESSIVE_PRONOUNS and token.dep_ == "poss" \
                and (token.head.lemma_.lower() in NOUNS or token.head.lemma_.lower() in LEADER_NOUNS
                     or token.head.lemma_.lower() in CARRIER_NOUNS  # "its fighters would strike back"
                     or self.arg(token.head) is not None):  # "its Amaq news agency"
            # "A's desire to topple B as well as its opposition to C": the possessor of the noun
            # the pronoun's noun is coordinated with
            for noun in token.head.conjuncts:
                owners = [self.arg(c) for c in noun.children if c.dep_ == "poss" and self.arg(c)]
                if owners and owners[0].is_actor:  # type: ignore[union-attr]
                    return owners[:1]  # type: ignore[return-value]
            # "its support of B": the subject of the sentence, else the nearest actor before
            root = token.sent.root
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < token.i and self.arg(subject) is not None \
                    and self.arg(subject).is_actor:  # type: ignore[union-attr]
                return [self.arg(subject)]  # type: ignore[list-item]
            # never a co-object of the same verb: in "topple B as well as its opposition", "its" is not B
            verb = token.head.head
            earlier = [(i, a) for i, a in self.arg_of_token.items() if i < token.i and a.is_actor
                       and not (self.doc[i].head == verb and self.doc[i].dep_ in ("dobj", "dative"))]
            groups = [(i, a) for i, a in earlier if a.label != "state"]  # a group before a country
            earlier = groups or earlier
            return [max(earlier, key=lambda x: x[0])[1]] if earlier else []
        if token.lower_ in RELATIVES:
            for ancestor in token.ancestors:
                if ancestor.dep_ in ("relcl", "acl"):
                    return self.group(ancestor.head, depth=depth + 1)
            return []
        if token.lower_ in ("former", "latter") and token.i > 0 and token.nbor(-1).lower_ == "the":
            # "clashes between A and B since the former broke away from the latter": the first
            # and the second of the last two groups named before it in the sentence
            named: list[Arg] = []
            for i in sorted(self.arg_of_token):
                arg = self.arg_of_token[i]
                if i < token.i and arg.is_actor and len(arg.ids) == 1 and all(arg.ids != a.ids for a in named):
                    named.append(arg)
            if len(named) >= 2:
                return [named[-2] if token.lower_ == "former" else named[-1]]
            return []
        if token.lemma_.lower() in LEADER_NOUNS:  # "killing the group's leader X": X
            people = [a for c in token.children if c.dep_ in ("appos", "compound")
                      for a in self.resolve(c, depth=depth + 1) if a.is_person]
            if people:
                return people
            # "killed the deputy chief of B's militia": no name given, the group stands in
            return [a for a in self.prep_objects(token, ("of",), depth=depth + 1) if a.is_actor] + [
                a for c in token.children if c.dep_ in ("poss", "compound", "nmod") for a in [self.arg(c)]
                if a is not None and a.is_actor]  # "al-Qaeda top military commanders" (nmod)
        if token.lower_ in DIRECTION_WORDS:
            # "an Islamic State target southwest of Baghdad": the parser made the direction the
            # head and the target its compound
            return [a for c in token.children if c.dep_ == "compound"
                    for a in self.resolve(c, depth=depth + 1)]
        if token.like_num and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "50 of AI's top leaders declared ...": the number stands for its "of" phrase
            return [a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"
                    for a in self.group(o, depth=depth + 1) if not a.is_place]
        if token.lower_ == "one" or token.lemma_.lower() in CARRIER_NOUNS or token.lower_ in CARRIER_NOUNS:
            if token.dep_ == "appos":  # "A, a faction affiliated with B": the faction is A
                listed = self._counted_list_before(token, depth)
                return listed if listed is not None else self.group(token.head, depth=depth + 1)
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one":
                return self.resolve(token.head.head, depth=depth + 1)  # "A, one of the groups ..."
            if token.dep_ == "compound" and self.arg(token.head):
                return [self.arg(token.head)]  # type: ignore[list-item]
            listed = self._counted_list_before(token, depth) if token.dep_ == "attr" else None
            if listed is not None:  # "... between A and B, the two major groups based in P"
                return listed
            if token.dep_ == "attr" and token.lemma_.lower() not in ("member", "members"):
                subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                if subject is not None:  # "A is an armed group based in P": the group is A
                    return self.group(subject, depth=depth + 1)
            found: list[Arg] = []
            examples: list[Arg] = []  # "FSA brigades such as A and B" are A and B, not the FSA
            for child in token.children:
                if child.dep_ == "amod" and child.lower_ == "such":
                    examples.extend(self.prep_objects(child, ("as",), depth=depth + 1))
                elif child.dep_ == "prep" and child.lower_ in EXAMPLE_PREPS:
                    examples.extend(self.prep_objects(token, (child.lower_,), depth=depth + 1))
                elif child.dep_ == "relcl":
                    examples.extend(self._examples_in_relative(child, depth))
            if examples:
                return [a for a in examples if not a.is_place]
            for child in token.children:
                if child.dep_ in ("poss", "compound", "nmod", "amod", "appos") and self.arg(child):
                    if child.idx in self.masked.glued:
                        continue  # "Al Qaeda-affiliated Saudi militants" are not al-Qaeda
                    # "the A, B and C terrorist groups": the modifier with its conjuncts
                    found.extend(self.group(child, depth=depth + 1))
                elif child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                    # "a large number of its members split off": the group "its" stands for
                    found.extend(self.resolve(child, depth=depth + 1))
                elif child.dep_ == "prep" and child.lower_ in CARRIER_PREPS:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            # "militias in Yemen": a country after "in" is where, not whose
                            found.extend(a for a in self.group(obj, depth=depth + 1)
                                         if child.lower_ not in ("in", "within")
                                         or a.label not in ("state", "place"))
            for child in token.children:  # "terrorists affiliated to A, B and C"
                if child.dep_ == "acl" and child.lemma_.lower() in ("affiliate", "link", "belong", "tie") \
                        and token.lemma_.lower() in PEOPLE_CARRIERS:
                    found.extend(a for a in self.prep_objects(child, ("to", "with"), depth=depth + 1) if a.is_actor)
            if not found and token.dep_ == "dobj":
                # "attacked fighters from groups including the FSA": the parser hung the
                # carrier's own "from"/"of" phrase, right after it, on the verb
                for prep in token.head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("from", "of") \
                            and prep.i == token.right_edge.i + 1:
                        # a country is where they come from ("soldiers from Sudan"), and "their
                        # positions" is no group's name
                        found.extend(a for o in prep.children if o.dep_ == "pobj" and not any(
                            c.dep_ == "poss" for c in o.children)
                                     for a in self.group(o, depth=depth + 1)
                                     if not a.is_place and a.label != "state")
            if not found and token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lemma_.lower() in CARRIER_NOUNS:
                return self.resolve(token.head.head, depth=depth + 1)  # "a coalition of militias"
            if not found and token.lemma_.lower() in PHRASE_CARRIERS:
                found = self._left_apposition(token)
            following = self.arg(token.nbor()) if token.i + 1 < len(token.doc) else None
            if not found and following is not None and following.is_actor:
                found = [following]  # "the militant group al-Shabab": apposition without a comma
            actors = [a for a in found if a.is_actor]
            return actors or [a for a in found if not a.is_place]
        # "allied itself with LTTE's rival, PLOTE": a noun in apposition with a name is that name
        named = [a for c in token.children if c.dep_ == "appos" for a in self.group(c, depth=depth + 1)]
        named = [a for a in named if a.is_actor]
        if not named and token.pos_ in ("PROPN", "NOUN"):
            # "The Mouvement pour l'Unification ... (MUJAO) split from AQIM": a name the
            # recognizer missed is named by the acronym that closes its phrase
            edge = token.right_edge
            if edge.text == ")" and edge.i >= 2 and self.doc[edge.i - 2].text == "(":
                acronym = self.arg(self.doc[edge.i - 1])
                if acronym is not None and acronym.is_actor:
                    named = [acronym]
        return named

    def _examples_in_relative(self, verb: Token, depth: int) -> list[Arg]:
        """Groups listed after a relative clause of a carrier, which the parse hangs on a noun
        inside the clause: in "groups that kidnapped drug lords and landowners, including the
        FARC" the FARC is one of the groups (a group is no example of lords; a person would be)."""
        found: list[Arg] = []
        for noun in verb.subtree:
            if noun is verb or noun.pos_ not in ("NOUN", "PROPN") or self.arg(noun) is not None \
                    or noun.lemma_.lower() in CARRIER_NOUNS or noun.lower_ in CARRIER_NOUNS:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "including" for c in noun.children):
                found.extend(a for a in self.prep_objects(noun, ("including",), depth=depth + 1)
                             if a.is_actor)
        return found

    def _left_apposition(self, token: Token) -> list[Arg]:
        """The arg just before a noun phrase: "the SDF (SDF) a coalition of militias" (no comma)."""
        i = token.left_edge.i - 1
        while i >= 0 and self.doc[i].text in (")", ",", "(") or (i >= 0 and self.doc[i].dep_ == "appos"
                                                               and self.arg(self.doc[i].head)):
            if self.doc[i].text not in (")", ",", "("):
                return [self.arg(self.doc[i].head)]  # type: ignore[list-item]
            i -= 1
        arg = self.arg(self.doc[i]) if i >= 0 else None
        return [arg] if arg is not None and arg.is_actor else []

    def places(self, token: Token) -> list[Arg]:
        """Places a token names: a place stand-in, or "the town of P", "the P area", "all of P"."""
        arg = self.arg(token)
        if arg is not None:
            return [arg] if arg.is_place or arg.label == "state" else []
        if token.lower_ in RELATIVES:  # "Tel Abyad, which is controlled by A"
            for ancestor in token.ancestors:
                if ancestor.dep_ in ("relcl", "acl"):
                    return self.places(ancestor.head)
            return []
        if token.lemma_.lower() not in PLACE_HEADS:
            return []
        found = [a for c in token.children if c.dep_ in ("compound", "nmod", "appos")
                 for a in [self.arg(c)] if a is not None and a.is_place]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.extend(self.places(obj))
        return found

    def group(self, token: Token, *, depth: int = 0) -> list[Arg]:
        """The args of a slot token and of every token coordinated with it."""
        result: list[Arg] = []
        for member in (token, *token.conjuncts):
            for arg in self.resolve(member, depth=depth):
                if arg not in result:
                    result.append(arg)
        return result

    def coagents(self, token: Token) -> list[Arg]:
        """Args attached by "alongside B", "along with B", "in collaboration with B" to a token."""
        found: list[Arg] = []
        # ("A, in coordination with B, invaded P": the parser may hang the phrase on the comma)
        children = [*token.children, *(g for c in token.children if c.dep_ == "punct" for g in c.children)]
        adjunct = stranded_adjunct(token)
        if adjunct is not None and adjunct not in children:
            children.append(adjunct)  # "A, in collaboration with B, took ...": hung on a word before
        for child in children:
            if child.dep_ not in ("prep", "advmod", "npadvmod"):
                continue
            if child.lower_ in COAGENT_PREPS:
                found.extend(self._pobjs(child, depth=3))
            elif child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in COAGENT_PREPS:
                        found.extend(self._pobjs(obj, depth=2))
                        if not any(c.dep_ == "prep" for c in obj.children):
                            # "acted in concert with B": "with B" hangs on the verb
                            found.extend(a for s in token.children if s.dep_ == "prep" and s.lower_ == "with"
                                         for a in self._pobjs(s, depth=0))
            elif child.lower_ == "side" and child.i > 0 and child.nbor(-1).lower_ == "along":
                # "fought along side the KDP": the split spelling parses "side" as a noun
                found.extend(a for o in child.children if o.dep_ in ("dobj", "pobj")
                             for a in self.group(o) if a.is_actor)
            elif child.lower_ == "with":  # "with the aid of troops from B"
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in HELP_NOUNS:
                        found.extend(a for a in self._pobjs(obj, depth=2) if a.is_actor)
        return found

    def _pobjs(self, token: Token, *, depth: int) -> list[Arg]:
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ == "pobj":
                found.extend(self.group(child))
            elif child.dep_ in ("prep", "advmod") and depth > 0 and child.lower_ not in ("against", "on"):
                # not "with support from the coalition against B": B is the enemy, no partner
                found.extend(self._pobjs(child, depth=depth - 1))
        return found

    def prep_objects(self, token: Token, preps: tuple[str, ...], *, depth: int = 0) -> list[Arg]:
        """Args of "<token> <prep> X" for each listed preposition (``dobj`` means the object)."""
        found: list[Arg] = []
        for child in token.children:
            if child.dep_ == "dobj" and "dobj" in preps:
                found.extend(self.group(child, depth=depth))
            elif child.dep_ in ("prt", "advmod") and child.lower_ in PARTICLES:
                found.extend(self.prep_objects(child, preps, depth=depth))  # "broke away from B"
            elif child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS and child.lower_ not in preps:
                # "collaborated in Naples with B": the parser hangs "with B" on the place
                for obj in child.children:
                    arg = self.arg(obj) if obj.dep_ == "pobj" else None
                    if arg is not None and arg.is_place:
                        found.extend(self.prep_objects(obj, tuple(p for p in preps if p not in ("dobj", "of")),
                                                       depth=depth))
            elif child.dep_ == "npadvmod" and child.lower_ == "side":
                # "fought along side B against C": "against C" hangs on "side"
                found.extend(self.prep_objects(child, tuple(p for p in preps if p != "dobj"), depth=depth))
            elif child.dep_ in ("prep", "agent", "prt", "advmod", "dative") and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.extend(self.group(obj, depth=depth))
                    elif obj.dep_ == "prep" and obj.lower_ in ("from", "with", "of"):
                        # "broke away from B", "along with B"
                        found.extend(self.prep_objects(child, (obj.lower_,), depth=depth))
        return found


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive: an ``auxpass``/``nsubjpass`` child or a bare participle on a noun."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True  # a "by"-agent marks a participle passive even when the parser missed it
    return verb.tag_ == "VBN" and verb.dep_ == "acl"


def purpose_noun(verb: Token) -> Token | None:
    """The purpose noun whose complement the verb is: "the aim was to destroy B", "one of A's
    main goals was to target B" (what a purpose names is planned, not done)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
        return None
    noun = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if noun is not None and noun.lower_ == "one":
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
    return noun if noun is not None and noun.lemma_.lower() in PURPOSE_NOUNS else None


def _purpose_owner(verb: Token) -> Token | None:
    """The possessor of a purpose noun whose complement the verb is: "A's aim was to destroy B"."""
    noun = purpose_noun(verb)
    return next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None


def subject_token(verb: Token, *, depth: int = 0) -> Token | None:
    """The token filling a verb's grammatical subject, inherited through clause links."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in STATEMENT_RELATIVES and depth < 4:
            issuer = _statement_issuer(verb, child, depth)
            if issuer is not None:  # "issued a statement that condemned B": the issuer did
                return issuer
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
        if child.dep_ == "csubj" and depth < 4:  # "A being a Sunni group developed a rivalry"
            return subject_token(child, depth=depth + 1)
    for child in verb.children:  # "A is opposed to B": the parser may hang the subject on "is"
        if child.dep_ in ("aux", "auxpass"):
            found = next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
    if depth > 4:
        return None
    owner = _purpose_owner(verb)
    if owner is not None:  # "one of LeJ's main goals was to target B": LeJ targets B
        return owner
    if verb.dep_ in ("acl", "relcl") or (verb.dep_ == "appos"):
        head = verb.head
        if (head.lemma_.lower() in STATEMENT_NOUNS or head.lemma_.lower() in HOSTILE_NOUNS) \
                and head.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ != "PROPN":
            # "A released a statement condemning B": the statement speaks for A
            verb_of = head.head.head if head.dep_ == "pobj" else head.head
            if head.lemma_.lower() in STATEMENT_NOUNS and head.lemma_.lower() not in HOSTILE_NOUNS \
                    and verb_of.lemma_.lower() not in ISSUING_VERBS | SPEECH_VERBS:
                return None  # "rejected a statement condemning B": not its own statement
            return subject_token(verb_of, depth=depth + 1) if verb_of != head else None
        return head
    if (verb.dep_ == "xcomp" or verb.dep_ == "conj" and verb.tag_ == "VB" and any(
            c.dep_ == "xcomp" for c in verb.head.children)) and verb.head.lemma_.lower() in CAUSATIVE_VERBS:
        # ("prompted A to declare peace, defect from S, and form D": the bare infinitives the
        # parser coordinates with "prompted" are A's too)
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None:  # "prompted A and B to defect from S": A and B defected
            return controller
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in SENDING_VERBS:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None and (controller.pos_ == "PROPN" or any(
                c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in controller.children)):
            # "remobilized the Mahdi Army to fight against IS": the group sent does the fighting
            # (a plan: see modality); "sent fighters to attack B" keeps the sender's subject
            return controller
    if verb.dep_ in INHERITING and verb.head != verb:
        head = verb.head
        if verb.dep_ == "pcomp" or head.dep_ == "prep":
            if verb.dep_ == "pcomp":
                while head.dep_ == "conj" and head.head != head:  # "accused B of X and of Y"
                    head = head.head
            head = head.head if verb.dep_ == "pcomp" else head
            if head.lemma_.lower() in RESPONSIBILITY_NOUNS and head.dep_ == "dobj":
                return subject_token(head.head, depth=depth + 1)
            if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and head.dep_ == "pcomp":
                # "from fighting A to fighting B": the second act is the first one's subject's
                return subject_token(head, depth=depth + 1)
            controller = next((c for c in head.children if c.dep_ == "dobj"
                               and c.lemma_.lower() not in EFFORT_NOUNS), None)
            if verb.dep_ == "pcomp" and controller is not None and not any(
                    c.dep_ == "auxpass" for c in verb.children):
                # "accused B of providing ...": B provides; "Upon being declared a terrorist
                # group by T, A declared ...": a passive one is the main clause's subject
                return controller  # "accused B of providing ...": B provides
        if head.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") and head != verb:
            if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("attr", "acomp"):
                return head if verb.dep_ in ("acl", "pcomp") else subject_token(head, depth=depth + 1)
            return subject_token(head, depth=depth + 1)
    return None


def _statement_issuer(verb: Token, relative: Token, depth: int) -> Token | None:
    """The subject of the verb that issued a statement a relative clause describes: "A issued a
    statement that condemned B", "A published a statement on its website, al-Manbar, that
    announced its support for B" (which the parser may hang on the verb as an adverbial clause:
    the statement is then the verb's object before the relative pronoun)."""
    if verb.dep_ == "relcl":
        noun: Token | None = verb.head
    elif verb.dep_ == "advcl":
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < relative.i), None)
    else:
        noun = None
    if noun is None or noun.lemma_.lower() not in STATEMENT_NOUNS or noun.pos_ == "PROPN" \
            or noun.dep_ not in ("dobj", "pobj"):
        return None
    issuing = noun.head.head if noun.dep_ == "pobj" else noun.head
    if issuing == noun or issuing.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in issuing.children) \
            or issuing.lemma_.lower() not in ISSUING_VERBS | SPEECH_VERBS:
        return None
    return subject_token(issuing, depth=depth + 1)


# Modifiers of a carrier that make it a part that left the group named with it ("PLOTE
# splinter groups", "a Hamas breakaway faction").
BREAKAWAY_WORDS = frozenset({"splinter", "breakaway", "dissident", "renegade", "rogue"})


def breakaway_owners(view: SentenceView, noun: Token) -> list[Arg]:
    """The groups a splinter noun broke from: "an A splinter group", "a splinter group of A"."""
    if view.arg(noun) is not None or not any(
            k.dep_ in ("amod", "compound") and k.lower_ in BREAKAWAY_WORDS for k in noun.children):
        return []
    owners = [a for k in noun.children if k.dep_ in ("compound", "nmod", "poss")
              for a in [view.arg(k)] if a is not None and a.is_actor]
    owners += [a for a in view.prep_objects(noun, ("of", "from")) if a.is_actor]
    return list(dict.fromkeys(owners))


def subjects(view: SentenceView, verb: Token) -> list[Arg]:
    """Args filling a verb's grammatical subject, with co-agents attached to the subject."""
    token = subject_token(verb)
    if token is None:
        root = verb
        while root.dep_ in ("xcomp", "advcl", "conj") and root.head != root:
            root = root.head  # "... worked together to combat C": the purpose shares the subject
        return _stranded_subjects(view, root) if root.dep_ == "ROOT" else []
    # "another PLOTE splinter group led by X", "an al-Qaeda splinter group attacked P": what
    # the splinter does is not done by the group it left (its own name still counts: "A, a
    # splinter group of B accused of ..." is A)
    left = breakaway_owners(view, token)
    if verb.dep_ in ("acl", "relcl") and token == verb.head:
        # "the FSA, SRF, Hazzm and those led by X": a participle modifies its own head only
        return [a for a in view.resolve(token) if a not in left]
    found = [a for a in view.group(token) if a not in left]
    if not found and token.lemma_.lower() in CARRIER_NOUNS:
        # "a group that included MILF fighters and ASG fighters attacked P": the body acting
        # is the groups it is said to be made of
        # ("a coalition of groups that included A and B": the clause may hang on "groups")
        bodies = [token, *[o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in CARRIER_NOUNS]]
        found = [a for b in bodies for c in b.children
                 if c.dep_ == "relcl" and c.lemma_.lower() in LISTING_VERBS
                 for a in view.prep_objects(c, ("dobj",)) if a.is_actor]
    if not found and token.lower_ in FLOATING_QUANTIFIERS:
        # "The OIRA and the PIRA each claimed ... and attacked one another's members": the
        # parser made the quantifier the subject and hung the names on it
        found = [a for c in token.children if c.dep_ in ("nmod", "appos", "compound")
                 for a in view.group(c) if a.is_actor]
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        # "A, B, and The C began targeting D": the parser may split one list into two subjects
        for other in token.head.children:
            between = token.doc[min(token.i, other.i):max(token.i, other.i)]
            # only a list ("and" between them), not an apposition ("the group, the Nusra Front")
            if other.dep_ == token.dep_ and other != token and any(t.dep_ == "cc" for t in between):
                found += [a for a in view.group(other) if a not in found]
                # "A, the B, and The C began": the middle name was taken for an apposition
                found += [a for c in token.children if c.dep_ == "appos"
                          for a in view.group(c) if a not in found and a.is_actor]
    return found


# Words that may stand between a stranded subject list and its verb ("A and B have worked").
STRANDED_GAP_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})
# Words inside a stranded subject list besides the names.
STRANDED_LIST_WORDS = frozenset({"and", ",", "the", "both"})


def _stranded_subjects(view: SentenceView, verb: Token) -> list[Arg]:
    """ "In the years after the 2003 invasion, AQI and IAI worked closely together": the parser
    hung the names on the opening phrase and left the main verb without a subject. The names
    between that phrase's comma and the verb are its subject."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in STRANDED_GAP_DEPS:
        j -= 1
    adjunct = stranded_adjunct(verb)
    if adjunct is not None:
        # "MUJAO, in collaboration with B, C and D, took advantage ...": the name (or "A and
        # B") the adjunct's opening comma closes, after a comma or at the start
        named: list[Arg] = []
        k = adjunct.i - 2
        while k >= 0 and (view.arg(doc[k]) is not None or doc[k].lower_ in ("and", "the")):
            arg = view.arg(doc[k])
            if arg is not None and (doc[k].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or not arg.is_actor):
                return []  # a subject or object of another verb, or not an actor
            if arg is not None and arg not in named:
                named.append(arg)
            k -= 1
        return named[::-1] if named and view.arg(doc[adjunct.i - 2]) and (k < 0 or doc[k].text == ",") else []
    if j >= 1 and doc[j].text == "," and doc[j - 1].dep_ == "appos" and doc[j - 1].head.i < j - 1 \
            and view.arg(doc[j - 1].head) is None and doc[j - 1].head.pos_ == "NOUN":
        # "On July 23, senior leader of A, X, posted ...": the parser hung the fronted title
        # and its name on the date; the name the comma closes is the subject
        titled = view.arg(doc[j - 1])
        return [titled] if titled is not None else []
    found: list[Arg] = []
    k = j
    while k >= 0:
        arg = view.arg(doc[k])
        if arg is not None:
            if doc[k].dep_ in ("nsubj", "nsubjpass", "dobj"):
                return []  # a subject or object of another verb
            if arg not in found:
                found.append(arg)
        elif doc[k].lower_ not in STRANDED_LIST_WORDS:
            break
        k -= 1
    if not found or view.arg(doc[j]) is None or (k >= 0 and doc[k + 1].text != ","):
        return []
    return found[::-1]


def stranded_adjunct(verb: Token) -> Token | None:
    """The co-agent adjunct set off by commas right before a subjectless main verb ("A, in
    collaboration with B, C and D, took advantage ..."), which the parser hung on a word before
    it; the adjunct's partners are the stranded subject's (``SentenceView.coagents``)."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in STRANDED_GAP_DEPS:
        j -= 1
    if j < 1 or doc[j].text != ",":
        return None
    for token in doc[:j]:
        if token.right_edge.i != j - 1 or token.i < 2 or doc[token.i - 1].text != "," \
                or token.head.i > token.i and token.head != verb:
            continue
        if token.lower_ in COAGENT_PREPS or token.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in COAGENT_PREPS for o in token.children):
            return token
    return None


def pairs(args: list[Arg]) -> Iterator[tuple[Arg, Arg]]:
    """Every unordered pair of distinct args (for relations among coordinated actors)."""
    for i, a in enumerate(args):
        for b in args[i + 1:]:
            yield a, b
