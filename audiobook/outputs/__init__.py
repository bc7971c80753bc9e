"""The files derived from a rendered plan: verification, manifest, report, Audiobookshelf
sidecar, podcast feed, the inspection view, free-space and currency checks."""
