"""Inbox use cases: claims, unclaims and completions sent to the owning workflow as Updates
(`commands`), and the projection that the workflows' activities record task events into
(`projection`)."""
