"""Saved SPARQL queries (.rq), shipped as package data as kg.query_files."""
