"""lotflow's services; each owns its database and never imports another."""
