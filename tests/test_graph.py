"""Views, analyses and `kg graph` on the seed article (seeds/000_ddbc0b487b12ab17.txt, VOA,
Friday 2018-07-13: Pompeo, Kushner, Mnuchin and Nielsen meet Pena Nieto, Lopez Obrador and
Videgaray Caso in Mexico City; the two countries discuss a "safe third country" agreement).
Every value asserted here was read off the article."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analysis import (VIEWS, communities, ego_network, find_node, most_central,
                         partners_over_time, post_history, shortest_path, view)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = "https://w3id.org/policy-kg/id/article/000_ddbc0b487b12ab17"
ID = "https://w3id.org/policy-kg/id/"
POMPEO = ID + "person/mike-pompeo"
KUSHNER = ID + "person/jared-kushner"
MURRAY = ID + "person/royce-murray"
OBRADOR = ID + "person/q318508"  # Wikidata: Andrés Manuel López Obrador
STATE = ID + "organization/department-of-state"
US, MEXICO = ID + "country/us", ID + "country/mx"
SAFE_THIRD = ID + "agreement/safe-third-country-agreement"
IMMIGRATION = ID + "topic/immigration"
TITLE = "Kushner, Pompeo to Tackle Migration, Border Security Amid Strained US-Mexico Relations"
#: The seven at the Mexico City talks: "Pompeo joined ... Jared Kushner, Treasury Secretary
#: Steven Mnuchin and Homeland Security Secretary Kirstjen Nielsen" + "U.S. officials meet
#: Friday with Mexican President Enrique Pena Nieto, Obrador, and Foreign Minister Luis
#: Videgaray Caso."
TALKS = {"Mike Pompeo", "Jared Kushner", "Steven Mnuchin", "Kirstjen Nielsen",
         "Enrique Pena Nieto", "Andres Manuel Lopez Obrador", "Luis Videgaray Caso"}
SAFE_TYPES = (str, int, float, bool)


@pytest.fixture(scope="module")
def store_path(nlp, tmp_path_factory) -> Path:
    """The seed article built into a store on disk, dated (a .txt file has no date) with
    its publication day so that the date filters and timelines have something to read."""
    from kg.pipeline import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("seed") / "store"
    with open_store(path) as store:
        build([SEEDS], store)
        store._update(f"INSERT DATA {{ GRAPH <{ARTICLE}> {{ <{ARTICLE}> "
                      "<http://purl.org/dc/terms/date> "
                      '"2018-07-13"^^<http://www.w3.org/2001/XMLSchema#date> } }')
    return path


@pytest.fixture(scope="module")
def store(store_path):
    from kg.store import open_store

    with open_store(store_path, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def views(store):
    return {name: view(store, name) for name in VIEWS}


def labels(G, nodes=None) -> set[str]:
    return {G.nodes[n]["label"] for n in (G if nodes is None else nodes)}


# Views


@pytest.mark.parametrize("name", list(VIEWS))
def test_every_view_has_the_shared_attributes_in_safe_types(views, name):
    G = views[name]
    assert len(G) > 0
    for node, data in G.nodes(data=True):
        assert {"label", "kind", "iri"} <= set(data) and data["iri"] == node
        assert all(isinstance(value, SAFE_TYPES) for value in data.values()), data
    for *_, data in G.edges(data=True):
        assert {"relation", "weight", "first", "last", "evidence", "article"} <= set(data)
        assert data["weight"] == 1 and data["first"] == data["last"] == "2018-07-13"
        assert data["article"] == "000_ddbc0b487b12ab17" and data["evidence"]
        assert all(isinstance(value, SAFE_TYPES) for value in data.values()), data


def test_full_view_holds_post_in_member_of_actions_meetings_and_topics(views):
    G = views["full"]
    post = ID + "post/organization/department-of-state/secretary-of-state"
    holds = G.edges[POMPEO, post, "holds"]
    assert holds["status"] == "current"
    assert holds["evidence"] == "“We will talk up there,” said U.S. Secretary of State Mike Pompeo, " \
        "when asked by traveling press what his message was to Obrador, before boarding the plane."
    assert G.has_edge(post, STATE, "post_in")
    assert G.has_edge(POMPEO, STATE, "member_of")
    assert G.edges[US, SAFE_THIRD, "discusses"]["evidence"].startswith("To curb the influx")
    assert G.has_edge(MEXICO, SAFE_THIRD, "discusses")
    assert G.has_edge(KUSHNER, POMPEO, "met_with")
    assert G.has_edge(MURRAY, IMMIGRATION, "speaks_on")
    assert G.nodes[POMPEO] == {"label": "Mike Pompeo", "kind": "person", "iri": POMPEO}
    assert G.nodes[SAFE_THIRD]["kind"] == "agreement" and G.nodes[post]["kind"] == "post"


def test_posts_view_officials_and_agencies(views):
    G = views["posts"]
    assert G.edges[POMPEO, STATE]["post"] == "Secretary of State"
    assert G.edges[POMPEO, STATE]["status"] == "current"
    amlo = find_node(G, "Lopez Obrador")
    assert (G.edges[amlo, MEXICO]["post"], G.edges[amlo, MEXICO]["status"]) == \
        ("President", "elect")
    merten = find_node(G, "Kenneth Merten")
    assert G.edges[merten, find_node(G, "Bureau of Western Hemisphere Affairs")]["status"] \
        == "acting"
    assert labels(G, G[find_node(G, "Sandoval-Moshenberg")]) == {"Legal Aid Justice Center"}
    assert {G.nodes[n]["kind"] for n in G} == {"person", "organization", "country"}


def test_agreements_view_is_bipartite_with_hedged_actions(views):
    G = views["agreements"]
    assert {(G.nodes[n]["label"], G.nodes[n]["bipartite"]) for n in G} == {
        ("United States", 0), ("Mexico", 0), ("safe third country agreement", 1)}
    edge = G.edges[MEXICO, SAFE_THIRD]
    assert (edge["relation"], edge["hedged"]) == ("discusses", True)  # "are said to be"


def test_negotiations_view_links_the_two_countries(views):
    G = views["negotiations"]
    assert list(G.edges) in ([(MEXICO, US)], [(US, MEXICO)])
    assert G.edges[US, MEXICO]["agreements"] == "safe third country agreement"


def test_meetings_view_is_the_seven_at_the_talks(views):
    G = views["meetings"]
    # and the United States, the side of "senior officials from U.S. President Donald
    # Trump's administration ... holding the first talks with ... Lopez Obrador"
    assert labels(G) == TALKS | {"United States"}
    assert G.number_of_edges() == 21 + 1  # one meeting of seven: every pair; US-Obrador
    assert set(G[US]) == {OBRADOR}
    evidence = G.edges[KUSHNER, POMPEO]["evidence"]
    # one of the two sentences of the talks (the most confident fact's)
    assert ("Kushner" in evidence and "Pompeo" in evidence) or evidence.startswith(
        "U.S. officials meet Friday with Mexican President Enrique Pena Nieto")


def test_topics_view_who_speaks_on_immigration(views):
    G = views["topics"]
    assert {"Royce Murray", "Simon Sandoval-Moshenberg", "Kenneth Merten", "Mike Pompeo"} \
        <= labels(G, G[IMMIGRATION])
    assert G.edges[MURRAY, IMMIGRATION]["relation"] == "speaks_on"
    assert "Mexico" in G.edges[MURRAY, IMMIGRATION]["evidence"]  # a statement of his


def test_comentions_view_evidence_is_the_title(views, store):
    G = views["comentions"]
    assert G.edges[POMPEO, MEXICO]["evidence"] == TITLE
    assert G.edges[POMPEO, MEXICO]["relation"] == "co_mentioned"
    assert view(store, "comentions", min_weight=2).number_of_edges() == 0  # one article


def test_filters_by_date_topic_and_confidence(store, views):
    assert len(view(store, "meetings", start="2018-07-14")) == 0
    assert labels(view(store, "meetings", start="2018-07-13", end="2018-07-13")) == TALKS | {"United States"}
    assert labels(view(store, "meetings", topic="Immigration")) == TALKS | {"United States"}
    assert len(view(store, "meetings", topic="health")) == 0
    everything = views["full"].number_of_edges()
    assert view(store, "full", min_confidence=1.0).number_of_edges() < everything
    with pytest.raises(ValueError, match="ISO date"):
        view(store, "meetings", start="July 2018")


# Analyses


def test_most_central_officials_and_countries(views):
    officials = most_central(views["full"], kind="person", top=1)
    assert officials.loc[0, "label"] == "Mike Pompeo"  # in the talks, in State, quoted
    countries = most_central(views["full"], kind="country")
    assert set(countries["label"]) == {"United States", "Mexico"}
    assert list(countries.columns) == ["label", "kind", "degree", "articles",
                                       "degree_centrality", "betweenness", "iri"]


def test_communities_are_seeded_and_cover_every_node(views):
    G = views["full"]
    first, again = communities(G), communities(G)
    assert first.equals(again)
    assert sorted(first["iri"]) == sorted(G.nodes)
    community = first.set_index("label")["community"]
    assert community["Royce Murray"] == community["American Immigration Council"]
    assert community["Carl Risch"] == community["Bureau of Consular Affairs"]


def test_ego_network(views):
    ego = ego_network(views["full"], "Royce Murray")
    assert labels(ego) == {"Royce Murray", "American Immigration Council", "Policy Director",
                           "immigration", "international affairs"}
    assert labels(ego_network(views["meetings"], "Kushner")) == TALKS


def test_shortest_path_with_evidence(views):
    path = shortest_path(views["full"], "Royce Murray", "Mike Pompeo")
    assert len(path) == 2 and path.loc[0, "source"] == "Royce Murray"  # both speak on a topic
    assert path.loc[0, "relation"] == path.loc[1, "relation"] == "speaks_on"
    path = shortest_path(views["full"], "Kushner", "Department of State")
    assert path[["source", "relation", "target"]].values.tolist() == [
        ["Jared Kushner", "met_with", "Mike Pompeo"],
        ["Mike Pompeo", "member_of", "Department of State"]]
    assert path.loc[1, "evidence"].startswith("“We will talk up there,” said U.S. Secretary")


def test_partners_over_time(store):
    table = partners_over_time(store, "Mexico")
    assert table.values.tolist() == [
        ["2018", "United States", "agreement", 1, "safe third country agreement"]]
    assert partners_over_time(store, "Mexico", by="month")["period"].tolist() == ["2018-07"]
    assert len(partners_over_time(store, "Mexico", start="2019-01-01")) == 0


def test_post_history(store):
    table = post_history(store, "Pompeo")
    assert table.values.tolist() == [["Mike Pompeo", "Secretary of State", "Department of State",
                                      "current", "2018-07-13", "2018-07-13", 1]]
    everyone = post_history(store)
    assert set(everyone["person"]) >= {"Donald Trump", "Kirstjen Nielsen", "Carl Risch",
                                       "Heather Nauert", "Royce Murray"}
    amlo = everyone[everyone["person"] == "Andres Manuel Lopez Obrador"]
    assert amlo[["post", "organization", "status"]].values.tolist() == [
        ["President", "Mexico", "elect"]]


# kg graph: every view in every format, and the files read back


@pytest.mark.parametrize("name", list(VIEWS))
def test_kg_graph_writes_every_format_and_networkx_reads_them_back(store_path, views, name,
                                                                   tmp_path):
    import json

    import networkx as nx
    from click.testing import CliRunner

    from kg.cli import cli

    G = views[name]
    for fmt in ("graphml", "gexf", "json", "html", "png", "svg"):
        out = tmp_path / f"{name}.{fmt}"
        result = CliRunner().invoke(cli, ["graph", "--store", str(store_path), "--view", name,
                                          "--format", fmt, "-o", str(out)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        back = read(tmp_path / f"{name}.{fmt}")
        assert (back.number_of_nodes(), back.number_of_edges()) == \
            (G.number_of_nodes(), G.number_of_edges()), fmt
    back = nx.node_link_graph(json.loads((tmp_path / f"{name}.json").read_text()),
                              edges="links")
    assert (back.number_of_nodes(), back.number_of_edges()) == \
        (G.number_of_nodes(), G.number_of_edges())
    assert (tmp_path / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / f"{name}.svg").read_bytes()[:1000]
    page = (tmp_path / f"{name}.html").read_text()
    assert "<script src" not in page and "http" not in page.split("graph-data")[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{name}.{fmt}" for fmt in ("graphml", "gexf", "json", "html", "png", "svg"))


def test_graphml_keeps_attributes(store_path, views, tmp_path):
    import networkx as nx

    from kg.graphdraw import write

    write(views["posts"], tmp_path / "posts.graphml")
    back = nx.read_graphml(tmp_path / "posts.graphml")
    edge = back.edges[POMPEO, STATE]
    assert (edge["post"], edge["weight"], edge["first"]) == ("Secretary of State", 1,
                                                             "2018-07-13")
    assert back.nodes[POMPEO]["label"] == "Mike Pompeo"


def test_kg_graph_to_stdout_and_filters(store_path):
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["graph", "--store", str(store_path), "--view", "meetings",
                                 "--format", "json", "--topic", "immigration",
                                 "--min-confidence", "0.5"], catch_exceptions=False)
    assert result.exit_code == 0
    assert {n["label"] for n in json.loads(result.stdout)["nodes"]} == TALKS | {"United States"}
    result = runner.invoke(cli, ["graph", "--store", str(store_path), "--view", "meetings",
                                 "--format", "json", "--from", "2019-01-01"])
    assert json.loads(result.stdout)["nodes"] == []
    result = runner.invoke(cli, ["graph", "--store", str(store_path), "--from", "soon"])
    assert result.exit_code == 2 and "ISO date" in result.output
    result = runner.invoke(cli, ["graph", "--store", str(store_path), "--view", "friends"])
    assert result.exit_code == 2


def test_pictures_show_the_best_connected_nodes_of_a_large_graph():
    import networkx as nx

    from kg.graphdraw import shown

    G = nx.star_graph(20)  # node 0 is the hub
    nx.set_node_attributes(G, {n: f"n{n:02d}" for n in G}, "label")
    assert set(shown(G, max_nodes=3)) == {0, 1, 2}
    assert shown(G, max_nodes=100) is G


def test_files_are_written_whole_and_readable_by_others(tmp_path):
    import os
    import stat

    import networkx as nx

    from kg.graphdraw import write

    G = nx.Graph()
    G.add_edge("a", "b", relation="met_with", weight=1)
    path = write(G, tmp_path / "g.graphml")
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    with pytest.raises(ValueError, match="unknown graph format"):
        write(G, tmp_path / "g.dot")
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_kg_graph_knows_every_view_and_format():
    from kg.cli import cli
    from kg.graphdraw import FORMATS

    options = {option.name: option for option in cli.commands["graph"].params}
    assert list(options["view_name"].type.choices) == list(VIEWS)
    assert list(options["fmt"].type.choices) == list(FORMATS)
