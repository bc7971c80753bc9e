"""An independent count of a book's readable characters, for the no-text-lost check.

It re-reads the raw documents (not through the ingest code's walker) and counts
letters and digits under <body>, image alt texts and formulas' alttext included. The plan must account
for every one: in a segment, or in a skipped entry.
"""

from __future__ import annotations

import posixpath
import zipfile
from html import unescape
from pathlib import Path

from lxml import etree, html

from audiobook.models import BookPlan


def _count(root: etree._Element) -> int:
    body = next((el for el in root.iter() if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1].lower() == "body"), root)
    # named entities under a DTD that is never loaded stay entity nodes, which itertext gives as "&eacute;"
    entities = {entity.text for entity in body.iter(etree.Entity)}
    text = "".join(unescape(piece) if piece in entities else piece for piece in body.itertext())
    text += " ".join(img.get("alt") or "" for img in body.iter("{*}img", "img"))
    text += " ".join(math.get("alttext") or "" for math in body.iter("{*}math", "math"))  # a formula's spoken form
    return sum(ch.isalnum() for ch in text.replace("\u00ad", ""))


def raw_characters(path: Path) -> int:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    if path.suffix == ".html":
        return _count(html.document_fromstring(path.read_bytes()))
    total = 0
    with zipfile.ZipFile(path) as archive:
        container = etree.fromstring(archive.read("META-INF/container.xml"), parser)
        opf_path = next(el.get("full-path") for el in container.iter() if el.tag.endswith("rootfile"))
        opf = etree.fromstring(archive.read(opf_path), parser)
        base = posixpath.dirname(opf_path)
        items = {el.get("id"): el for el in opf.iter("{*}item")}
        for ref in opf.iter("{*}itemref"):
            item = items[ref.get("idref")]
            if "html" not in (item.get("media-type") or "") and "xml" not in (item.get("media-type") or ""):
                continue
            href = posixpath.normpath(posixpath.join(base, item.get("href")))
            from urllib.parse import unquote

            total += _count(etree.fromstring(archive.read(unquote(href)), parser))
    return total


def planned_characters(plan: BookPlan) -> tuple[int, int]:
    """(characters in text segments, characters listed as skipped)."""
    spoken = sum(ch.isalnum() for c in plan.chapters for s in c.segments if s.kind == "text" for ch in s.text)
    return spoken, sum(s.characters for s in plan.skipped)
