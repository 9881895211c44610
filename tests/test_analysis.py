"""The graph as networkx: two articles as named graphs of one Dataset, read as one."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Dataset, Graph

from kg.analysis import ENTITY_RELATIONS, centrality, people_graph, to_networkx
from kg.model import AgreementAction, Article, Entity, Evidence, HoldsPost, Meeting, Topic
from kg.ontology import DATA
from kg.rdf import article_graph

POMPEO = Entity("Mike Pompeo", "person")
KUSHNER = Entity("Jared Kushner", "person")
VIDEGARAY = Entity("Luis Videgaray Caso", "person")
STATE = Entity("Department of State", "organization")
US = Entity("United States", "country", key="country/us")
MEXICO = Entity("Mexico", "country", key="country/mx")
SAFE_THIRD = Entity("safe third country agreement", "agreement")

# Sentences of seeds/000_ddbc0b487b12ab17.txt (a1) and of a made-up follow-up (a2).
JOINS = ("Kushner, who developed a back channel and close working relations with Videgaray "
         "Caso, joins Pompeo for the meeting at Mexico’s Ministry of Foreign Affairs.")
SAID_POMPEO = "“We will talk up there,” said U.S. Secretary of State Mike Pompeo."
DISCUSSING = ("The two countries are said to be discussing a proposed “safe third country” "
              "agreement.")
MET_AGAIN = "Pompeo met Videgaray Caso and Kushner again on Monday."
NOT_SIGNED = "Mexico did not sign the safe third country agreement."
FORMER = "Former Secretary of State Mike Pompeo spoke."


def ev(doc: str, sentence: str) -> Evidence:
    return Evidence(doc, sentence, 0, len(sentence), "test", 0.9)


A1 = (Article("a1", "Kushner, Pompeo to Tackle Migration", "..."), [
    Meeting((KUSHNER, POMPEO, VIDEGARAY), ev("a1", JOINS)),
    HoldsPost(POMPEO, "Secretary of State", STATE, US, "current", ev("a1", SAID_POMPEO)),
    AgreementAction((US, MEXICO), SAFE_THIRD, "discuss", ev("a1", DISCUSSING), hedged=True),
    Topic("immigration", ev("a1", DISCUSSING)),
])
A2 = (Article("a2", "Pompeo back in Mexico", "..."), [
    Meeting((POMPEO, VIDEGARAY, KUSHNER), ev("a2", MET_AGAIN)),
    Meeting((POMPEO, MEXICO), ev("a2", NOT_SIGNED), negated=True),
    AgreementAction((MEXICO,), SAFE_THIRD, "sign", ev("a2", NOT_SIGNED), negated=True),
    HoldsPost(POMPEO, "Secretary of State", STATE, US, "former", ev("a2", FORMER)),
])


def iri(entity: Entity) -> str:
    return str(DATA[entity.key])


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    dataset = Dataset()
    for article, facts in (A1, A2):
        graph = article_graph(article, facts)
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset


@pytest.fixture(scope="module")
def G(dataset):
    return to_networkx(dataset)


def test_nodes_have_label_and_kind(G):
    assert G.nodes[iri(POMPEO)] == {"label": "Mike Pompeo", "kind": "person"}
    assert G.nodes[iri(STATE)]["kind"] == "organization"
    assert G.nodes[iri(US)]["kind"] == "country"
    assert G.nodes[iri(SAFE_THIRD)]["kind"] == "agreement"
    post = str(DATA["post/organization/department-of-state/secretary-of-state"])
    assert G.nodes[post] == {"label": "Secretary of State", "kind": "post"}


def test_named_graphs_are_read_together(G):
    edge = G.edges[iri(POMPEO), iri(VIDEGARAY), "met_with"]
    assert edge["articles"] == ["a1", "a2"]
    assert edge["evidence"] == [JOINS, MET_AGAIN]


def test_meetings_go_both_ways(G):
    assert G.has_edge(iri(KUSHNER), iri(VIDEGARAY), "met_with")
    assert G.has_edge(iri(VIDEGARAY), iri(KUSHNER), "met_with")


def test_holdings_give_holds_post_in_and_member_of_with_status(G):
    post = str(DATA["post/organization/department-of-state/secretary-of-state"])
    holds = G.edges[iri(POMPEO), post, "holds"]
    assert holds["articles"] == ["a1", "a2"]
    assert holds["status"] == ["current", "former"]
    assert G.edges[iri(POMPEO), iri(STATE), "member_of"]["status"] == ["current", "former"]
    assert G.has_edge(post, iri(STATE), "post_in")


def test_agreement_actions_are_edges_named_by_action(G):
    assert G.edges[iri(US), iri(SAFE_THIRD), "discusses"]["articles"] == ["a1"]
    assert G.has_edge(iri(MEXICO), iri(SAFE_THIRD), "discusses")


def test_negated_facts_give_no_edges(G):
    assert not G.has_edge(iri(MEXICO), iri(SAFE_THIRD), "signs")
    assert not G.has_edge(iri(POMPEO), iri(MEXICO), "met_with")


def test_default_relations_are_between_entities(G):
    assert {key for *_, key in G.edges(keys=True)} <= set(ENTITY_RELATIONS)
    assert str(DATA["article/a1"]) not in G


def test_relations_filter(dataset):
    H = to_networkx(dataset, relations=["met_with"])
    assert {key for *_, key in H.edges(keys=True)} == {"met_with"}
    assert {d["kind"] for _, d in H.nodes(data=True)} == {"person"}


def test_article_relations_when_asked(dataset):
    H = to_networkx(dataset, relations=["mentions", "topic"])
    a1 = str(DATA["article/a1"])
    assert H.nodes[a1] == {"label": "Kushner, Pompeo to Tackle Migration", "kind": "article"}
    assert H.has_edge(a1, iri(POMPEO), "mentions")
    assert H.has_edge(a1, str(DATA["topic/immigration"]), "topic")
    assert H.nodes[str(DATA["topic/immigration"])] == {"label": "immigration", "kind": "topic"}


def test_unknown_relation_is_an_error(dataset):
    with pytest.raises(ValueError, match="unknown relation"):
        to_networkx(dataset, relations=["knows"])


def test_a_plain_graph_works_too():
    article, facts = A1
    from_graph = to_networkx(article_graph(article, facts))
    dataset = Dataset()
    named = dataset.graph(article_graph(article, facts).identifier)
    for triple in article_graph(article, facts):
        named.add(triple)
    from_dataset = to_networkx(dataset)
    assert sorted(from_graph.edges(keys=True, data=True)) == \
        sorted(from_dataset.edges(keys=True, data=True))
    assert dict(from_graph.nodes(data=True)) == dict(from_dataset.nodes(data=True))


def test_empty_graph():
    assert len(to_networkx(Graph())) == 0


def test_people_graph(G):
    people = people_graph(G)
    assert set(people) == {iri(POMPEO), iri(KUSHNER), iri(VIDEGARAY)}
    assert people.edges[iri(POMPEO), iri(KUSHNER)] == {"articles": ["a1", "a2"], "weight": 2}
    assert people.number_of_edges() == 3


def test_centrality(G):
    top = centrality(G, kind="person", top=1)
    assert top[0][0] == "Mike Pompeo"
    assert len(centrality(G, top=3)) == 3
    assert {label for label, _ in centrality(G, kind="country")} == {"United States", "Mexico"}


def test_unknown_centrality_measure_is_an_error(G):
    with pytest.raises(ValueError, match="unknown centrality measure"):
        centrality(G, measure="pagerank")


def test_importing_analysis_does_not_import_networkx():
    code = "import sys, kg.analysis; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# The analyses of the views, on kg.graphviews.example_store (two articles, 2018 and 2021)

@pytest.fixture(scope="module")
def example():
    from kg.graphviews import example_store

    return example_store()


def test_find_node_by_iri_label_or_part(example):
    from kg.analysis import find_node, meetings_graph

    M = meetings_graph(example)
    assert find_node(M, iri(POMPEO)) == iri(POMPEO)
    assert find_node(M, "jared kushner") == iri(KUSHNER)
    assert find_node(M, "Videgaray") == iri(VIDEGARAY)
    with pytest.raises(KeyError, match="no node named"):
        find_node(M, "Blinken")


def test_date_filters_split_the_two_articles(example):
    from kg.analysis import full_graph, posts_graph

    early = posts_graph(example, end="2019-12-31")
    assert early.edges[iri(POMPEO), iri(STATE)]["status"] == "current"
    late = posts_graph(example, start="2020-01-01")
    assert late.edges[iri(POMPEO), iri(STATE)]["status"] == "former"
    assert full_graph(example, min_confidence=0.85).number_of_edges() < \
        full_graph(example).number_of_edges()


def test_negated_facts_give_no_edge_in_the_views(example):
    from kg.analysis import full_graph

    G = full_graph(example)
    assert not G.has_edge(iri(MEXICO), iri(SAFE_THIRD), "signs")  # "did not sign"
    assert G.has_edge(iri(MEXICO), iri(SAFE_THIRD), "negotiates")


def test_shortest_path_between_unlinked_entities_is_an_error(example):
    import networkx as nx

    from kg.analysis import full_graph, shortest_path

    with pytest.raises(nx.NetworkXNoPath):
        shortest_path(full_graph(example), "Royce Murray", "Mexico")


def test_partners_over_time_periods(example):
    from kg.analysis import partners_over_time

    assert partners_over_time(example, "United States", by="month")["period"].tolist() == \
        ["2018-07", "2021-01"]
    with pytest.raises(ValueError, match="unknown period"):
        partners_over_time(example, "Mexico", by="week")


def test_post_history_of_everyone(example):
    from kg.analysis import post_history

    table = post_history(example)
    assert table["person"].tolist() == ["Luis Videgaray Caso", "Mike Pompeo", "Mike Pompeo",
                                        "Royce Murray"]
    assert table.loc[0, ["post", "organization"]].tolist() == ["Foreign Minister",
                                                               "Ministry of Foreign Affairs"]


def test_most_central_and_communities_of_an_empty_graph():
    import networkx as nx

    from kg.analysis import communities, most_central

    assert len(most_central(nx.Graph())) == 0
    assert len(communities(nx.Graph())) == 0
