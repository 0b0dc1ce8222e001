"""The substitution approval process: a substitute checked, approved by someone other than the
requester, then recorded, or the order kept blocked."""
