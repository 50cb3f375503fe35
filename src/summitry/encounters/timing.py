"""Which time expression dates which encounter cue.

Reads: the cues of a sentence, the time expressions found by `temporal`, and
the parse. Adds: for each cue the expression that governs it, read off the
dependency tree, plus two corrections of the tagger's reading that depend on
the encounter: a bare weekday under a present-tense report, and an ongoing
visit reported in the present.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Token

from ..model import TimeExpression
from .cues import Cue, modality_lexicon
from .draft import PRECISION_RANK
from .participants import PLANNING_VERBS, SIDE_NOUNS, governing_verb, holding_infinitive_after

# Verbs whose time an encounter in their purpose clause shares ("took a day
# trip on Thursday to meet", "flew to Tokyo on Monday for talks").
_PURPOSE_CARRIERS = {"take", "travel", "fly", "go", "arrive", "land", "come", "head", "leave", "visit", "make", "pay", "hold", "have", "sit",
                     "be"}  # ("On Thursday he was back in Moscow to host Raisi")


# Nouns for gatherings whose time, told in the subject, is the time of the clause ("The summit, held in
# May, saw ...", "Last year's forum brought together ...").
_EVENT_SUBJECTS = {"summit", "meeting", "session", "conference", "forum", "visit", "trip", "gathering", "talks", "retreat"}

# Verbs of saying: their time dates the encounter they report when it has none ("said on Wednesday he spoke to ...").
_REPORTING_VERBS = {"say", "tell", "announce", "confirm", "report", "state", "add", "note", "reveal", "disclose", "thank", "write", "tweet", "post", "describe"}


# Days named together for one encounter ("on Monday and Tuesday") are one
# stretch when they lie this close; a state visit runs up to four days.
MULTI_DAY_REACH_DAYS = 4


def _consecutive_days(first: TimeExpression, second: TimeExpression) -> bool:
    if first.precision != "day" or second.precision != "day" or not first.date or not second.date or first.date_end:
        return False
    if len(first.date) != 10 or len(second.date) != 10 or first.date == second.date:
        return False
    gap = abs((date.fromisoformat(first.date) - date.fromisoformat(second.date)).days)
    return gap <= MULTI_DAY_REACH_DAYS


def _separate_times(first: TimeExpression, second: TimeExpression) -> bool:
    """Two times named for one cue that cannot be one encounter: days too far apart to be one
    stretch ("spoke on March 18 and on May 19"), or two different months or years ("met in Malta
    in September, and before that in Vienna in May")."""
    if not first.date or not second.date or first.date_end or second.date_end or first.precision != second.precision:
        return False
    if first.precision == "day":
        if len(first.date) != 10 or len(second.date) != 10:
            return False
        return abs((date.fromisoformat(first.date) - date.fromisoformat(second.date)).days) > MULTI_DAY_REACH_DAYS
    return first.precision in ("month", "year") and first.date != second.date


def _earlier_encounter_before(doc, expression: TimeExpression, cue_tokens: dict[int, Cue]) -> Token | None:
    """"their first meeting since the G20 summit in Bali in November last year": a time phrase right after
    an encounter named after since/after/before is that encounter's, wherever the parser hung it."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.pos_ == "ADP" and before.i > 0:
        before = doc[before.i - 1]  # "... in Bali | in | November last year"
    if before.is_punct:
        return None  # "after their talks, on Monday": the clause's time
    for noun in [before, *before.ancestors]:
        if noun.i in cue_tokens and noun.dep_ == "pobj" and noun.head.lower_ in ("since", "after", "before") and noun.right_edge.i == before.i:
            return noun
        if noun.right_edge.i != before.i:
            break
    return None


def _caption_date(root: Token, expression: TimeExpression) -> bool:
    """A full date with its year that closes a sentence right after a place name, as captions end."""
    if expression.precision != "day" or expression.anchor != "absolute" or root.dep_ not in ("npadvmod", "appos"):
        return False
    if root.head.ent_type_ not in ("GPE", "LOC") or root.head.i > root.i:
        return False
    last = root.right_edge
    return last.i + 1 >= len(root.doc) or root.doc[last.i + 1].text in (".", "\n") or root.doc[last.i + 1].is_space


def _owner(root: Token, cue_tokens: dict[int, Cue]) -> Token | None:
    """The cue or verb a time phrase belongs to: the first cue or verb above it - none when the way up
    passes "since" ("the first visit since 2019": the time opens a period, no encounter's date)."""
    report = _report_told_before_its_clause(root)
    if report is not None:
        return report
    opening = _opening_time_of_the_main_clause(root)
    if opening is not None:
        return opening
    current = root
    for _ in range(12):
        if current.i in cue_tokens and current != root:
            return current
        if current.pos_ in ("VERB", "AUX") and current != root:
            return current
        if current.lower_ == "since" and current != root:
            return None
        if current.lower_ in _TOPIC_WORDS and current.dep_ == "prep" and current != root:
            return None  # "talked on Saturday about the reopening of the border on Sept. 26": the topic's time
        if current.pos_ == "ADP" and current.dep_ == "conj" and current != root:
            # "will travel to Buenos Aires on Monday, where he will meet Fernandez, and then to Montevideo on
            # Wednesday for talks with Lacalle Pou": the time of a destination joined with its verb left out is
            # that leg's, not the cue's the parser joined it to
            return current
        if current.head == current:
            return None
        current = current.head
    return None


def _opening_time_of_the_main_clause(root: Token) -> Token | None:
    """ "On March 4, two days after Kagame threatened a levy, Ruto and Kagame spoke by phone": a time that opens
    the sentence, before a clause placed "after" or "before" another event, is the main clause's; the parser may
    hang it on the placed clause."""
    phrase = root.head if root.dep_ == "pobj" else root
    if phrase.i != phrase.sent.start or phrase.dep_ != "prep":
        return None
    clause = phrase.head
    if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children):
        return None
    main = clause.head
    return main if main != clause and main.pos_ in ("VERB", "AUX") and main.i > clause.i else None


# Verbs by which a subject comes after or before its object in time.
_FOLLOWING_VERBS = {"follow", "precede"}


# Prepositions of what an encounter was about: a time inside their phrase is the topic's, not the encounter's.
_TOPIC_WORDS = {"about", "regarding", "concerning"}


def _report_told_before_its_clause(root: Token) -> Token | None:
    """ "Trump said on Saturday he would speak with Putin on Monday": the parser may hang a time told between
    a reporting verb and the subject of the clause it reports on that clause; said there, it is the report's."""
    phrase = root.head if root.dep_ == "pobj" else root
    clause = phrase.head
    if phrase.dep_ not in ("prep", "npadvmod") or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING_VERBS:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not clause.head.i < phrase.i <= root.i < subject.left_edge.i:
        return None
    return clause.head


# Subordinators of a clause that tells another time, not a purpose: "visited Berlin three weeks after Scholz visited Nairobi".
_TIME_CLAUSE_MARKS = {"after", "before", "since", "until", "till", "once"}


_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _quoted_after_a_cue(doc, expression: TimeExpression, cues: list[Cue]) -> Token | None:
    """ 'Trump said he expected to speak with Putin "this week."': a time quoted on its own after an encounter is
    that encounter's, wherever the parser hung the fragment."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].text not in _QUOTES:
        return None
    after = doc[span.end].text if span.end < len(doc) else ""
    if after not in _QUOTES and not (after in (".", ",") and span.end + 1 < len(doc) and doc[span.end + 1].text in _QUOTES):
        return None  # a longer quotation, not a time quoted alone
    before = [cue.token for cue in cues if cue.token.i < span.start and cue.token.sent == span.sent]
    return before[-1] if before else None


def _time_of_calling_off(verb: Token, root: Token) -> bool:
    """ "cancelled the summit last week": the day it was called off, not the day it was to be held (but
    "postponed the talks to March" gives the new day)."""
    if modality_lexicon().get(verb.lemma_.lower()) != "cancelled":
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in ("to", "until", "till", "for"))


def _another_time(noun: Token) -> bool:
    """Whether an encounter noun that places its clause in time was at another time than the clause:
    "a month after their talks", "since their meeting", "after their talks in Doha" (not "walks with
    Marcos before the bilateral meeting, on May 1", the same day)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _TIME_CLAUSE_MARKS | {"following"}:
        return False
    if preposition.lower_ in ("since", "until", "till"):
        return True
    # (the measure may hold the preposition: "a day after a phone call", "day" hung on the verb)
    offset = any(child.dep_ in ("npadvmod", "advmod") and child.pos_ == "NOUN" for child in preposition.children) or (
        preposition.head.dep_ == "npadvmod" and preposition.head.pos_ == "NOUN")
    own_place = any(child.dep_ == "prep" and child.lower_ in ("in", "at") for child in noun.children)
    return offset or own_place


def _right_after(verb: Token, owner: Token, expression: TimeExpression) -> bool:
    """A participle after "after"/"following" under the dated clause, with no span of its own ("two days after")."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ in ("after", "following") and prep.head == owner
            and expression.precision == "day" and not any(c.dep_ in ("npadvmod", "advmod") and not _within_the_day(c) for c in prep.children))


# Counts of time too short to leave the day: "hours after holding talks", "minutes after meeting".
_WITHIN_THE_DAY_UNITS = {"hour", "minute", "moment"}


def _within_the_day(offset: Token) -> bool:
    return offset.lemma_.lower() in _WITHIN_THE_DAY_UNITS


def _when_clause_of(cue: Cue, owner: Token) -> bool:
    """Whether the cue's clause (or a clause it is joined to by "and") is a when-clause of `owner`."""
    clause = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
    while clause is not None and clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return (clause is not None and clause.head == owner and clause.dep_ == "advcl"
            and any(child.lower_ == "when" for child in clause.children))


def _is_time_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in _TIME_CLAUSE_MARKS for child in verb.children)


def assign_times(cues: list[Cue], roots) -> tuple[dict[int, TimeExpression], set[int], dict[int, list[TimeExpression]]]:
    """Give each time expression to the encounter cue it belongs to.

    A time phrase belongs to the first cue or verb above it in the parse.
    A verb passes its time on to the encounter noun it holds ("held talks
    on Friday", "the meeting will take place on Wednesday") and to a
    purpose clause ("took a trip on Thursday to meet ..."). A time under
    any other verb is that verb's ("since he took office in 2021"), except
    a reporting verb's ("Macron on Wednesday said he spoke to Trump"),
    which dates a reported past encounter that has no date of its own; those
    cues are returned in the second set, since the day a plan was announced
    is not the day it happens. Days far apart named for one cue ("spoke on
    March 18 and on May 19") are returned in the third map: one encounter each.
    """
    by_token = {cue.token.i: cue for cue in cues}
    assigned: dict[int, TimeExpression] = {}
    reported: dict[int, TimeExpression] = {}

    more: dict[int, list[TimeExpression]] = {}

    def give(target: dict, cue: Cue, expression: TimeExpression) -> None:
        current = target.get(cue.token.i)
        if current is None or PRECISION_RANK.get(expression.precision, 0) > PRECISION_RANK.get(current.precision, 0):
            target[cue.token.i] = expression
        elif current.value == "PRESENT_REF" and expression.value != "PRESENT_REF" and expression.date:
            # "the visit would now take place on March 10": the date named, not the "now" of the telling
            target[cue.token.i] = expression
        elif target is assigned and _separate_times(current, expression):
            # "They spoke again on March 18 ... and on May 19": two encounters.
            more.setdefault(cue.token.i, []).append(expression)
        elif _consecutive_days(current, expression):
            # "hosted Macron on Monday and Tuesday": one encounter over both days.
            first, last = sorted((current.date, expression.date))
            target[cue.token.i] = replace(current, date=first, date_end=last, value=f"{first}/{last}")

    # "met two days after the election on May 5": the date counted from is the election's, not the meeting's.
    counted_from = {token.i for root, expression in roots if expression.anchor == "event" and root.dep_ == "prep"
                    for token in root.subtree if token != root}
    def owner_of(root: Token, expression: TimeExpression) -> Token | None:
        quoted = _quoted_after_a_cue(root.doc, expression, cues)
        if quoted is not None:
            return quoted
        # A counted offset's root is already the verb it dates (see reading._counted_root).
        return root if root.i in by_token or (expression.anchor == "event" and root.pos_ in ("VERB", "AUX")) else (
            _earlier_encounter_before(root.doc, expression, by_token) or _owner(root, by_token))

    owned = [(root, expression, owner_of(root, expression)) for root, expression in roots if root.i not in counted_from]
    times_of: dict[int, list[TimeExpression]] = {}
    for _, expression, owner in owned:
        if owner is not None:
            times_of.setdefault(owner.i, []).append(expression)
    # Encounter nouns with a time of their own ("flies to Sydney tonight for talks with Albanese on
    # Wednesday"): the verb's time is the trip's, not theirs.
    timed_nouns = {i for i in times_of if i in by_token and by_token[i].word.pos == "NOUN"}

    def split_at(owner: Token) -> Token | None:
        """ "Modi flies to Sydney tonight for talks with Albanese on Wednesday": of the times a verb holds on
        both sides of an encounter noun in its phrase, those after the noun are the encounter's and those
        before it the trip's. Returns that noun."""
        held = times_of.get(owner.i, ()) if owner.pos_ in ("VERB", "AUX") else ()
        for noun in cues:
            if noun.word.pos == "NOUN" and noun.token in owner.subtree and noun.token != owner and \
                    any(t.start < noun.token.idx for t in held) and any(t.start > noun.token.idx for t in held):
                return noun.token
        return None

    def later_one_is_theirs(noun: Token, owner: Token, expression: TimeExpression) -> bool:
        return split_at(owner) == noun and expression.start < noun.idx

    for root, expression, owner in owned:
        if _caption_date(root, expression):
            # "Trump meets Kim at the demilitarized zone, in Panmunjom, South Korea, June 30, 2019.": a caption's
            # date, set after its place, is the date of what it shows.
            before = [cue for cue in cues if cue.token.i < root.i]
            if before:
                give(assigned, max(before, key=lambda cue: cue.token.i), expression)
                continue
        if owner is None:
            if any(a.lower_ == "since" or a.lower_ in _TOPIC_WORDS and a.dep_ == "prep" for a in root.ancestors):
                continue  # the start of a period, or the time of a topic, not a date of any cue
            # A verbless caption fragment ("..., Moscow, Russia, 20 March 2023."): the nearest cue before it.
            before = [cue for cue in cues if cue.token.i < root.i]
            if before:
                give(assigned, max(before, key=lambda cue: cue.token.i), expression)
            continue
        if owner.pos_ == "ADP" and owner.dep_ == "conj":
            # (the leg's own encounter nouns take it: "and then to Montevideo on Wednesday for talks with ...")
            for cue in cues:
                if cue.word.pos == "NOUN" and owner in cue.token.ancestors:
                    give(assigned, cue, expression)
            continue
        split = split_at(owner)
        if owner.i in by_token and not (split is not None and expression.start > split.idx):
            give(assigned, by_token[owner.i], expression)
            if by_token[owner.i].word.pos == "NOUN":
                continue
        for cue in cues:
            if cue.token == owner:
                continue
            token = cue.token
            if (cue.word.pos == "NOUN" and _verb_under(governing_verb(token), owner) and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj")
                    # (not "The meeting was announced on Monday": the day of the report, not of the meeting)
                    # (but "announced the summit on October 16 after a telephone conversation with Putin": the
                    # conversation that led to the report was that day)
                    and not (token.dep_ in ("pobj", "nsubj", "nsubjpass") and owner.lemma_.lower() in _REPORTING_VERBS
                             and not (token.dep_ == "pobj" and token.head.lower_ in ("after", "following")))
                    and not _another_time(token) and token.i not in timed_nouns and not _time_of_setting_up(token, expression)
                    and not later_one_is_theirs(token, owner, expression) and not _time_of_calling_off(owner, root)
                    # ("The meeting followed a telephone call last Wednesday": the time of what it followed)
                    and not (token.dep_ == "nsubj" and owner.lemma_.lower() in _FOLLOWING_VERBS)):
                give(assigned, cue, expression)
            elif (cue.word.pos == "VERB" and token.head == owner and token.dep_ in ("xcomp", "advcl", "conj")
                  and owner.lemma_.lower() in _PURPOSE_CARRIERS and not _is_time_clause(token)
                  # (not a joined clause with a time of its own: "On Saturday he flew to Cairo, and on Sunday he met Sisi")
                  and not (token.dep_ == "conj" and token.i in times_of)):
                give(assigned, cue, expression)
            elif cue.word.pos == "VERB" and token.head == owner and token.dep_ == "xcomp" and owner.lemma_.lower() in PLANNING_VERBS:
                # "Later in the day, Hasina is scheduled to call on Murmu": the time of the plan is the encounter's.
                give(assigned, cue, expression)
            elif cue.word.pos == "VERB" and token.head == owner and token.dep_ == "advcl" and token.tag_ == "VBG":
                # "was in Wellington on November 2, meeting with Ardern": a participle shares its clause's time.
                give(assigned, cue, expression)
            elif _right_after(token, owner, expression) or (
                    cue.word.pos == "NOUN" and token.dep_ == "dobj" and _right_after(token.head, owner, expression)):
                # "called for calm on Monday after meeting Ramaphosa": what the clause did right after, the same day
                # (and "held talks with Biden on Friday, hours after holding separate meetings with Hasina").
                give(assigned, cue, expression)
            elif _when_clause_of(cue, owner):
                # "The last meeting was in September 2015, when Santos and Maduro met in Quito"; "His most recent
                # visit was in February, when he opened a temple and held talks with the president"
                give(assigned, cue, expression)
            elif cue.word.pos == "NOUN" and _describes(_clause_of(owner), owner, token):
                # "a two-day visit starting today", "his visit planned for December 2", "his state visit,
                # which was to begin on Sunday"
                give(assigned, cue, expression)
            elif owner.lemma_.lower() in _REPORTING_VERBS and owner in token.ancestors and cue.word.pos == "VERB":
                # Only a reported action takes the report's day: "said on Wednesday he spoke to Trump".
                give(reported, cue, expression)
    # "in September 2015, when Santos and Maduro met in Quito": a clause hung on the time itself.
    for root, expression in roots:
        for cue in cues:
            if cue.token.i in assigned:
                continue
            verb = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
            if verb is None:
                continue
            # the clause itself, or a verb coordinated with it ("held talks ... and was received by Xi")
            clause = verb if verb.dep_ in ("relcl", "advcl") else (verb.head if verb.dep_ == "conj" else None)
            if clause is not None and clause.dep_ in ("relcl", "advcl") and clause.head == root:
                assigned[cue.token.i] = expression
    # "a visit beginning May 31, during which he will hold talks", "made his first trip to Saudi Arabia
    # in February, where he met the crown prince": a relative clause inside a dated cue's phrase
    # shares its time.
    for cue in cues:
        if cue.token.i in assigned:
            continue
        path = [cue.token, *cue.token.ancestors]
        for depth, ancestor in enumerate(path[1:], start=1):
            # (also a "where" clause the parser hung as an adverbial: "will travel to Paris next week, where he is
            # expected to meet Macron")
            if ancestor.i in assigned and any(token.dep_ == "relcl" or token.dep_ == "advcl" and any(
                    c.lower_ == "where" for t in path[:depth] for c in t.children) for token in path[:depth]):
                if not _offset_to_its_clause(assigned[ancestor.i]):
                    assigned[cue.token.i] = assigned[ancestor.i]
                break
    # "The last summit, held in Tokyo in May 2023, saw Biden hold talks with Kishida": a time told of
    # the clause's subject, an encounter, is the time of what the clause reports.
    for cue in cues:
        if cue.token.i in assigned:
            continue
        clause = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
        while clause is not None and clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head != clause:
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
        if subject is None or subject.i == cue.token.i or subject.lemma_.lower() not in _EVENT_SUBJECTS:
            continue
        inside = [expression for root, expression in roots if subject.left_edge.i <= root.i <= subject.right_edge.i]
        if inside:
            assigned[cue.token.i] = inside[0]
    # "will hold talks with Nehammer and call on Van der Bellen on Wednesday": coordinated
    # predicates share the time phrase that closes them.
    for cue in cues:
        token = cue.token
        if token.i in assigned:
            continue
        # A verb cue, or the verb holding a noun cue ("hold talks"), coordinated with a timed verb cue.
        verb = token if cue.word.pos == "VERB" else (governing_verb(token) if token.dep_ == "dobj" else None)
        if verb is None:
            continue
        for other in cues:
            if other.token.i not in assigned:
                continue
            other_verb = other.token if other.word.pos == "VERB" else governing_verb(other.token)
            if other_verb is not None and other_verb in verb.conjuncts and _same_tense(verb, other_verb):
                assigned[token.i] = assigned[other.token.i]
                break
    _pass_times_to_conjoined_nouns(cues, assigned, more)
    _pass_times_to_the_sidelines(cues, assigned)
    _pass_times_into_where_clauses(cues, assigned, times_of)
    _pass_times_from_a_day_told_by_a_clause(cues, assigned, roots)
    _pass_times_after_which(cues, assigned, roots)
    # "The two spoke following a working session on Sunday morning": right after, the same day.
    for cue in cues:
        if cue.token.i in assigned or cue.word.pos != "VERB":
            continue
        for prep in (c for c in cue.token.children if c.dep_ == "prep" and c.lower_ in ("following", "after")):
            if any(child.dep_ in ("npadvmod", "advmod") and child.pos_ == "NOUN" and not _within_the_day(child) for child in prep.children):
                continue  # "two days after the session": another day (not "hours after")
            inside = [expression for root, expression in roots
                      if prep.left_edge.i <= root.i <= prep.right_edge.i and expression.precision == "day"]
            if inside:
                assigned[cue.token.i] = inside[0]
    reported_only = set()
    for index, expression in reported.items():
        if index not in assigned:
            assigned[index] = expression
            reported_only.add(index)
    return assigned, reported_only, more


# Verbs by which someone sets an encounter up; a time told before them is when they did so.
_SETTING_UP_VERBS = {"arrange", "organise", "organize", "propose", "request", "seek", "prepare", "broker"}


def _time_of_setting_up(noun: Token, expression: TimeExpression) -> bool:
    """ "said on Monday he had begun arranging a meeting between A and B": a day told before the verb that
    sets the encounter up is when it was set up, not when it is held."""
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in _SETTING_UP_VERBS and expression.end <= verb.idx


def _offset_to_its_clause(expression: TimeExpression) -> bool:
    """ "came three days after Ruto welcomed Kagame at a lodge, where the two talked": an offset that places
    its clause against another time says nothing of what a place in that clause saw; the clause is
    counted back when the story is dated."""
    words = expression.text.lower().split()
    return len(words) >= 2 and words[-1] in ("after", "before")


def _pass_times_to_the_sidelines(cues: list[Cue], assigned: dict) -> None:
    """ "On the sidelines of the Second India-CARICOM Summit, held in Georgetown on 20 November, he held bilateral
    meetings with ...": an encounter on a gathering's sidelines, with no time of its own, takes the gathering's."""
    for cue in cues:
        if cue.token.i in assigned:
            continue
        verb = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
        for head in (h for h in (cue.token, verb) if h is not None):
            sides = [obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("on", "at")
                     for obj in prep.children if obj.dep_ == "pobj" and obj.lower_ in SIDE_NOUNS]
            gatherings = [g for side in sides for of in side.children if of.dep_ == "prep" and of.lower_ == "of"
                          for g in of.children if g.dep_ == "pobj" and g.i in assigned]
            # ("At the previous summit, held in Sofia in May 2020, Macron and Vucic held bilateral talks": at it)
            gatherings += [g for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
                           for g in prep.children if g.dep_ == "pobj" and g.i in assigned and g.i != cue.token.i
                           and any(c.token.i == g.i and c.word.pos == "NOUN" for c in cues)]
            if gatherings:
                assigned[cue.token.i] = assigned[gatherings[0].i]
                break


def _pass_times_into_where_clauses(cues: list[Cue], assigned: dict, times_of: dict) -> None:
    """ "The tour continued Friday in Luanda, where Macron was received by Lourenco": an untimed encounter in
    a "where" clause of a place took place when the clause that names the place says it was there."""
    for cue in cues:
        if cue.token.i in assigned:
            continue
        verb = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
        if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            continue
        owner = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        held = times_of.get(owner.i, []) if owner is not None and owner.lemma_.lower() not in _REPORTING_VERBS else []
        if len(held) == 1 and held[0].start < verb.idx and not _offset_to_its_clause(held[0]):
            assigned[cue.token.i] = held[0]


# Nouns of a stretch of time a relative clause can name ("on the day Russia invaded Ukraine in February 2022").
_DAY_NOUNS = {"day", "night", "morning", "evening", "week", "eve"}


def _pass_times_from_a_day_told_by_a_clause(cues: list[Cue], assigned: dict, roots) -> None:
    """ "met Putin in Moscow on the day Russia invaded Ukraine in February 2022": the time of the clause that
    tells which day is the encounter's."""
    for cue in cues:
        if cue.token.i in assigned:
            continue
        verb = cue.token if cue.word.pos == "VERB" else governing_verb(cue.token)
        for head in (h for h in (cue.token, verb) if h is not None):
            days = [obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "during")
                    for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in _DAY_NOUNS
                    and any(c.dep_ == "relcl" for c in obj.children)]
            inside = [expression for root, expression in roots for day in days
                      if day.i < root.i <= day.right_edge.i and expression.date]
            if inside:
                assigned[cue.token.i] = inside[0]
                break


def _pass_times_after_which(cues: list[Cue], assigned: dict, roots) -> None:
    """ "since the election win last May, after which the President phoned him": what came right after the time
    the clause's "which" stands for took place then (at that time's precision)."""
    for cue in cues:
        if cue.token.i in assigned or cue.word.pos != "VERB":
            continue
        after = next((prep for prep in cue.token.children if prep.dep_ == "prep" and prep.lower_ in ("after", "following")
                      and any(c.lower_ == "which" for c in prep.children)), None)
        if after is None:
            continue
        before = [expression for root, expression in roots
                  if root.sent == cue.token.sent and root.i < after.i and expression.date]
        if before:
            assigned[cue.token.i] = before[-1]


def _pass_times_to_conjoined_nouns(cues: list[Cue], assigned: dict, more: dict) -> None:
    """ "A's trip to Pyongyang in June 2000 and B's visit to the North's capital in October 2007": the
    parser may hang both times on the first noun; a time told after a conjoined, untimed encounter noun
    is that noun's."""
    for cue in cues:
        extra = more.get(cue.token.i)
        if not extra or cue.word.pos != "NOUN":
            continue
        for conjunct in cue.token.conjuncts:
            owner = next((c for c in cues if c.token == conjunct and c.word.pos == "NOUN"), None)
            if owner is None or conjunct.i in assigned or conjunct.i < cue.token.i:
                continue
            after = [expression for expression in extra if expression.start >= conjunct.idx]
            if after:
                assigned[conjunct.i] = after[0]
                extra.remove(after[0])
        if not extra:
            del more[cue.token.i]


# Verbs that tell an event's own course: a relative clause with one of them is about the encounter even
# when the parser hung it on a word of its phrase ("his visit to Germany, which was to begin on Sunday").
_COURSE_VERBS = {"begin", "start", "end", "conclude", "last", "run", "open", "close", "wrap"}


def _describes(clause: Token, owner: Token, noun: Token) -> bool:
    """Whether a relative or participle clause tells of the encounter noun: "a two-day visit starting today",
    "his visit planned for December 2", "his state visit to Germany, which was to begin on Sunday"."""
    if holding_infinitive_after(noun) == owner:
        return True  # "the summit ... to be held in Kigali later this month", however the parser hung it
    if clause.dep_ not in ("acl", "relcl"):
        return False
    if clause.head == noun:
        return True
    # ("a planned phone call with Zelensky scheduled for Thursday": a plan's participle hung on the last name
    # of the phrase is the encounter's)
    return clause.head in noun.subtree and (owner.lemma_.lower() in _COURSE_VERBS or owner.lemma_.lower() in PLANNING_VERBS)


def _clause_of(verb: Token) -> Token:
    """The clause an infinitive chain belongs to: "begin" of "which was to begin" -> "was"."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def _same_tense(verb: Token, other: Token) -> bool:
    """Whether two coordinated verbs tell of the same time: not "met De Croo on Monday and will visit
    NATO" (past, then future)."""
    def future(token: Token) -> bool:
        return any(child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll") for child in token.children)

    def past(token: Token) -> bool:
        return token.tag_ == "VBD" or any(child.dep_ == "aux" and child.tag_ == "VBD" for child in token.children)

    # A verb coordinated under the first one shares its auxiliary ("will hold talks and call on ...").
    return not ((future(verb) or future(other)) and (past(verb) or past(other)))


def _verb_under(verb: Token | None, owner: Token) -> bool:
    """Whether `verb` is `owner` or an infinitive chain below it: "On December 13, Xi is scheduled to
    have separate meetings": the time of "scheduled" is the meetings' - or `owner` the infinitive that
    tells what becomes of `verb`'s subject: "the summit is slated to be held later this month"."""
    if verb is not None and owner.dep_ == "xcomp" and owner.head == verb and owner.lemma_.lower() in ("hold", "take", "happen", "occur"):
        return True
    while verb is not None and verb != owner and verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb is not None and verb == owner


def is_present_state(token: Token, is_noun: bool) -> bool:
    """An encounter going on now: "Modi is on a six-day visit", "Modi visits Australia"."""
    if is_noun:
        if not (token.dep_ == "pobj" and token.head.lower_ in ("on", "during") and token.head.head.lemma_ == "be"):
            return False
        verb = token.head.head
    else:
        verb = token
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(child.dep_ == "mark" for child in verb.children):
        return False  # "when Modi visits the US" is not going on now
    return not any(child.dep_ in ("aux", "auxpass") for child in verb.children) and not any(
        child.lower_ in ("to", "will") for child in verb.children)


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# How far a weekday named with a present-tense verb may lie from the publication
# day. Captions and headlines use the present for what just happened ("Yoon and
# Kishida greet each other ... on Wednesday"), previews for what is about to; the
# nearest such weekday, within half a week, fits both.
PRESENT_WEEKDAY_REACH_DAYS = 3


def reanchor_present_weekday(expression: TimeExpression, verb: Token, published: date) -> TimeExpression:
    """A bare weekday under a present-simple verb: the nearest such day to publication, either way."""
    if expression.precision != "day" or expression.anchor != "publication" or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return expression
    if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return expression
    if verb.tag_ == "VB" and verb.dep_ != "ROOT":
        return expression  # a bare infinitive under another verb is not a present report
    words = expression.text.lower().split()
    named = [name for name in WEEKDAY_NAMES if name in words]
    if len(named) != 1 or any(ch.isdigit() for ch in expression.text):
        return expression
    wanted = WEEKDAY_NAMES.index(named[0])
    back = (published.weekday() - wanted) % 7
    forward = (wanted - published.weekday()) % 7
    delta = -back if back <= forward and back <= PRESENT_WEEKDAY_REACH_DAYS else (forward if forward <= PRESENT_WEEKDAY_REACH_DAYS else -back)
    day = (published + timedelta(days=delta)).isoformat()
    return replace(expression, value=day, date=day, date_end=None)


def in_a_plan_phrase(doc, expression: TimeExpression) -> bool:
    """Whether a time is told as what a plan set ("scheduled for Saturday", "was expected in Tirana on
    Thursday"), not as when something was done."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return False
    # (or the day that owns a planned encounter: "pulled out of Tuesday's planned meeting")
    owned = span.root.head if span.root.dep_ == "poss" else None
    if owned is not None and any(c.dep_ == "amod" and c.lemma_.lower() in ("plan", "planned", "schedule", "scheduled", "expected")
                                 for c in owned.children):
        return True
    return any(ancestor.lemma_.lower() in PLANNING_VERBS for ancestor in list(span.root.ancestors)[:3])


def direct_by_status(expression: TimeExpression, status: str, published: date, planned_day: bool = False) -> TimeExpression:
    """Point a bare month or weekday the way the encounter's status points.

    The tagger reads direction from the nearest verb's tense; in "Lula invited
    Sheinbaum to attend the conference in November" that verb is past, but an
    invitation looks ahead. A planned encounter on a bare month or weekday
    that fell before publication moves a year (a week) on; an occurred one
    that fell after moves back.
    """
    if expression.anchor != "publication" or not expression.date or expression.date_end:
        return expression
    if any(ch.isdigit() for ch in expression.text):
        return expression  # "November 2025", "May 3": the text fixed it
    words = [word.strip(",.") for word in expression.text.lower().split()]
    if any(word in ("last", "next", "this", "ago", "coming", "past") for word in words):
        return expression
    value = expression.date
    if expression.precision == "month" and len(value) == 7:
        year, month = int(value[:4]), value[5:7]
        if status == "planned" and value < published.isoformat()[:7]:
            value = f"{year + 1}-{month}"
        elif status == "occurred" and value > published.isoformat()[:7]:
            value = f"{year - 1}-{month}"
    elif expression.precision == "day" and len(value) == 10 and any(word in WEEKDAY_NAMES for word in words):
        day = date.fromisoformat(value)
        if status == "planned" and day < published:
            value = (day + timedelta(days=7)).isoformat()
        elif status == "cancelled" and planned_day and day < published - timedelta(days=1):
            # "a summit that was scheduled for Saturday has been postponed": called off before the day its plan
            # set, mostly (not the day of the report or the one before: "called off at the last minute"; nor
            # the day it was called off: "pulled out of his trip on Tuesday")
            value = (day + timedelta(days=7)).isoformat()
        elif status == "occurred" and day > published:
            value = (day - timedelta(days=7)).isoformat()
    if value == expression.date:
        return expression
    return replace(expression, date=value, value=value)
