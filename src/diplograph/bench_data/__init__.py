"""Templates and vocabularies of the synthetic corpus `diplograph bench` generates."""
