"""Fourth stage: one entity per real thing, within an article and across articles.

Within an article the extractors already name people by the fullest form the article uses
("Pompeo" -> "Mike Pompeo"). Here names become identities: countries by ISO code whatever
they were called ("U.S.", "America", "Washington"), agencies by canonical name ("State
Department" = "U.S. Department of State"), people by full name, linked to Wikidata where the
reference data knows them; and a surname alone in a later article joins the one person of
that surname seen before.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from kg import gazetteer
from kg.kinds import entities as _entities
from kg.kinds import with_entities
from kg.model import AGREEMENT, COUNTRY, ORGANIZATION, PERSON, Entity, Fact, HoldsPost
from kg.names import PARTICLES, SUFFIXES, slug, without_suffix

#: Organisation names that only mean something with their country ("Ministry of Foreign Affairs").
#: Agreement names that say only what kind of instrument it is (and at most its subject): one
#: article's "Memorandum of Understanding on energy" is not another's.
GENERIC_AGREEMENT = re.compile(
    r"^(?:new |joint |bilateral )?(?:memorandum of (?:understanding|agreement|cooperation|intent)|"
    r"mou|moa|moc|letter of (?:intent|agreement)|agreement|arrangement|declaration|"
    r"joint statement|treaty|accord|protocol|framework|deal|pact|compact|"
    r"(?:strategic|high-level|economic|ministerial) dialogue)s?"
    r"(?: (?:on|concerning|regarding|for|against|to) .*)?$", re.I)
GENERIC_ORG_PREFIXES = ("ministry", "embassy", "office", "department", "government",
                        "parliament", "senate", "house", "cabinet", "presidency")


class Resolver:
    """Gives the same person, country or agency the same key (and so the same IRI) in every
    article.

    A surname alone joins the one full name of that surname known: in the article itself, or
    among `known_people`, the (full name, key) pairs of the people already in the store. What
    an article resolves to thus depends only on the article and on what is stored before it:
    building a and b in one command gives the graph of building a, then b. Without a store
    (`kg extract`), the articles resolved before stand in for it: call `remember` after each.
    """

    def __init__(self, known_people: Iterable[tuple[str, str, str]] = ()) -> None:
        self._by_surname: dict[str, set[tuple[str, str]]] = defaultdict(set)
        # (name, key) -> the articles naming that person, and each article's pairs: an
        # article being built again does not join its own former names (a rebuild equals a
        # fresh build), and forgetting its former version touches only its own pairs
        self._named_in: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._pairs_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
        # while one article is resolved: its id and its own full names, by surname
        self._article: str | None = None
        self._local: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for name, key, article_id in known_people:
            self._know(name, key, article_id)

    def _know(self, name: str, key: str, article_id: str | None = None) -> None:
        if len(name.split()) >= 2:
            pair = (name, key)
            self._by_surname[name.split()[-1].lower()].add(pair)
            if article_id is not None:
                self._named_in[pair].add(article_id)
                self._pairs_of[article_id].add(pair)

    def _known(self, surname: str) -> set[tuple[str, str]]:
        """The (full name, key) pairs a surname may join: those known from other articles,
        and the article's own. A surname that is also a given name ("Scott", "Martin") joins
        the article's own only: "Mayor Scott" of one article is not another's Rick Scott."""
        stored = {pair for pair in self._by_surname.get(surname, ())
                  if self._article is None or self._named_in.get(pair) != {self._article}}
        if surname in gazetteer.first_names():
            stored = set()
        return stored | self._local.get(surname, set())

    def article(self, facts: Iterable[Fact], *, article_id: str | None = None) -> list[Fact]:
        """The article's facts with every entity resolved (the Resolver's memory of other
        articles does not change: see `remember`). People known only from `article_id`
        itself (an earlier version of it in the store) are not joined."""
        facts = list(facts)
        with self._within(article_id, [e for fact in facts for e in _entities(fact)]):
            resolved = [with_entities(fact, self.entity) for fact in facts]
        return [_canonical_post(_scope_org(fact)) for fact in resolved]

    @contextmanager
    def _within(self, article_id: str | None, entities: list[Entity]) -> Iterator[None]:
        """While resolving one article: its own full names are known, and people known only
        from an earlier version of it are not; afterwards the memory is as before."""
        self._article, self._local = article_id, defaultdict(set)
        try:
            people = [(entity.name, self.person(entity).key) for entity in entities
                      if entity.kind == PERSON and len(entity.name.split()) >= 2]
            for name, key in people:
                self._local[name.split()[-1].lower()].add((name, key))
            for name, key in people:  # the first of two surnames, where no one has it as the
                words = name.split()  # last: "Cortizo" is "Laurentino Cortizo Cohen"
                if not _first_surname(words) or words[-2].lower() in self._local:
                    continue
                leader = gazetteer.official_surname(words[-2])
                if leader is None or words[0] in leader.name.split():  # not "Biden" of
                    # "Valerie Biden Owens" when the President is cited
                    self._local[words[-2].lower()].add((name, key))
            yield
        finally:
            self._article, self._local = None, defaultdict(set)

    def remember(self, facts: Iterable[Fact], *, article_id: str | None = None,
                 mentions: Iterable[Entity] = ()) -> None:
        """Know the people of an article's resolved facts and `mentions` from now on (as
        storing it would)."""
        if article_id is not None:  # its former version's people are gone with it
            for pair in self._pairs_of.pop(article_id, set()):
                self._named_in[pair].discard(article_id)
                if not self._named_in[pair]:
                    self._by_surname[pair[0].split()[-1].lower()].discard(pair)
        for entity in [*(e for fact in facts for e in _entities(fact)), *mentions]:
            if entity.kind == PERSON:
                self._know(entity.name, entity.key, article_id)

    def mentions(self, entities: Iterable[Entity], *, article_id: str | None = None
                 ) -> list[Entity]:
        """The entities an article names (`kg.extract.entities`), resolved: people named in
        full (or by a surname that joins one), countries by name, alias or demonym (a capital
        or an ambiguous name is not enough), organisations the gazetteer knows. Each once.
        Resolved as `article` resolves facts (then `remember` them with the facts)."""
        entities = list(entities)
        found: dict[str, Entity] = {}
        with self._within(article_id, entities):
            for entity in entities:
                resolved = self._mention(entity)
                if resolved is not None:
                    found.setdefault(resolved.key, resolved)
        return list(found.values())

    def _mention(self, entity: Entity) -> Entity | None:
        if entity.kind == PERSON:
            person = self.person(entity)
            return person if len(person.name.split()) >= 2 or person.wikidata else None
        match = gazetteer.lookup_country(entity.name)
        if match is not None:
            if match.via == "capital" or match.ambiguous:
                return None
            return country_entity(replace(entity, kind=COUNTRY))
        if entity.kind == ORGANIZATION and gazetteer.organization(entity.name) is not None:
            return organization_entity(entity)
        return None

    def entity(self, entity: Entity) -> Entity:
        if entity.kind == PERSON:
            return self.person(entity)
        if entity.kind == COUNTRY:
            return country_entity(entity)
        if entity.kind == ORGANIZATION:
            return organization_entity(entity)
        if entity.kind == AGREEMENT:
            # one identity for "JCPOA" and "the Joint Comprehensive Plan of Action"; the name
            # stays as the article wrote it, the canonical one becomes an alias
            name = gazetteer.agreement(entity.name) or entity.name
            aliases = (name,) if name != entity.name else ()
            key = f"agreement/{slug(name)}"
            if GENERIC_AGREEMENT.match(name) and self._article is not None:
                # "a Memorandum of Understanding on health cooperation" is one instrument of
                # this article, not the same thing as every other article's MOU
                key = f"agreement/{slug(self._article)}/{slug(name)}"
            return replace(entity, key=key, aliases=aliases)
        return entity

    def person(self, entity: Entity) -> Entity:
        name = entity.name
        if name.isupper():  # transcripts: "JOSEPH R. BIDEN"
            entity = replace(entity, name=name.title())
            name = entity.name
        if len(name.split()) == 1:
            known = self._known(name.lower())
            if len({key for _, key in known}) == 1:  # every full name of that surname is one
                full, key = sorted(known)[0]
                return replace(entity, name=full, key=key,
                               aliases=tuple(dict.fromkeys((*entity.aliases, name))))
            info = gazetteer.official_surname(name)  # a leader: "Biden", "Putin"
            leader = person_key(name, info.wikidata) if info and info.wikidata else None
            if leader and (not known or leader in {key for _, key in known}):
                if info is not None and info.wikidata:
                    return replace(entity, key=person_key(name, info.wikidata),
                                   wikidata=info.wikidata, country=info.country,
                                   aliases=tuple(dict.fromkeys((*entity.aliases, info.name))))
        official = gazetteer.official(name)
        wikidata = official.wikidata if official else entity.wikidata
        country = (official.country if official else None) or entity.country
        return replace(entity, key=person_key(name, wikidata), wikidata=wikidata,
                       country=country)


def _first_surname(words: list[str]) -> bool:
    """Whether a name of three or more words may be cited by its next-to-last word: Spanish and
    Portuguese double surnames ("Laurentino Cortizo Cohen", "Andres Manuel Lopez Obrador"); not
    an initial, a particle ("von der Leyen", "bin Salman") or a suffix."""
    if len(words) < 3:
        return False
    word = words[-2]
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 2 and \
        word.lower() not in PARTICLES and words[-1].rstrip(".").lower() not in SUFFIXES


def person_key(name: str, wikidata: str | None = None) -> str:
    """One key per person however the articles write the name: the Wikidata id where the
    reference data knows it ("Joe Biden" = "Joseph R. Biden, Jr."), else the name
    without initials and suffixes ("Antony J. Blinken" = "Antony Blinken"; but "Luis Videgaray
    Caso" keeps both surnames).

    >>> person_key("Antony J. Blinken") == person_key("ANTONY BLINKEN")
    True
    """
    if wikidata:
        return f"person/{wikidata.lower()}"
    words = [w for w in without_suffix(name).split()
             if not re.fullmatch(r"[A-Za-z]\.", w)]
    return f"person/{slug(' '.join(words) or name)}"


def country_entity(entity: Entity) -> Entity:
    found = gazetteer.country(entity.name)
    if found is None and re.fullmatch(r"[A-Z]{2}", entity.name):  # named by its ISO code
        found = gazetteer.country_by_code(entity.name)
    if found is None:
        return replace(entity, kind=ORGANIZATION, key=f"organization/{slug(entity.name)}")
    # the name as the article wrote it becomes an alias; not a code the extractor had from the
    # title lexicon or the reference data (`Entity("MX", COUNTRY, country="MX")`), nor a
    # capital ("Abu Dhabi Crown Prince"), which names a city
    match = gazetteer.lookup_country(entity.name)
    written = entity.name != found.name and entity.name != entity.country \
        and not (match is not None and match.via == "capital")
    aliases = (entity.name,) if written else ()
    return replace(entity, name=found.name, key=f"country/{found.alpha2.lower()}",
                   wikidata=found.wikidata or entity.wikidata, country=found.alpha2,
                   aliases=aliases)


def organization_entity(entity: Entity) -> Entity:
    if entity.parent and "/" not in entity.parent:  # a name: resolve it to the parent's key
        parent = organization_entity(Entity(entity.parent, ORGANIZATION))
        entity = replace(entity, parent=parent.key)
    found = gazetteer.organization(entity.name)
    if found is None:
        country = gazetteer.country(entity.name)
        if country is None and re.fullmatch(r"[A-Z]{2}", entity.name):
            country = gazetteer.country_by_code(entity.name)  # "YE": a code is never an agency
        if country is not None:  # "Mexico" as the organisation of a post: its government
            return country_entity(replace(entity, kind=COUNTRY))
        return replace(entity, key=f"organization/{slug(entity.name)}")
    aliases = tuple(dict.fromkeys(((entity.name,) if entity.name != found.name else ())
                                  + gazetteer.organization_aliases(found.name)))
    key = f"organization/{slug(found.name)}"
    if found.country and getattr(gazetteer.organization(found.name), "country", None) is None:
        # "UAE Ministry of Foreign Affairs": one country's ministry, not every country's
        key = f"organization/{found.country.lower()}/{slug(found.name)}"
    return replace(entity, name=found.name, key=key,
                   wikidata=found.wikidata or entity.wikidata, country=found.country,
                   aliases=aliases)


def canonical_title(title: str) -> str:
    """The title lexicon's form, so "Treasury Secretary" and "Secretary of the Treasury" are
    one post; a title the lexicon does not know stays as stated.

    >>> canonical_title("Treasury Secretary")
    'Secretary of the Treasury'
    """
    known = gazetteer.title(title)
    return known.title if known is not None and known.status == "current" else title


def _canonical_post(fact: Fact) -> Fact:
    """A post holding with its post's canonical title (its IRI within the organisation)."""
    if not isinstance(fact, HoldsPost) or not fact.post:
        return fact
    return replace(fact, canonical_post=canonical_title(fact.post))


def _scope_org(fact: Fact) -> Fact:
    """"Ministry of Foreign Affairs" of Mexico and of Japan are two organisations."""
    if not isinstance(fact, HoldsPost) or fact.org is None or fact.org.kind != ORGANIZATION:
        return fact
    org = fact.org
    if org.country or fact.country is None or fact.country.kind != COUNTRY:
        return fact
    if not org.name.lower().startswith(GENERIC_ORG_PREFIXES):
        return fact
    code = fact.country.country or ""
    return replace(fact, org=replace(org, key=f"organization/{code.lower()}/{slug(org.name)}",
                                     country=code or None))

