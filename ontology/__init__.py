"""The kg ontology (Turtle), shipped as package data as kg.ontology_files."""
