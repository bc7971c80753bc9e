"""An EPUB 2 book made an EPUB 3 one, for the read-along book (Media Overlays are EPUB 3 only).

The package keeps its metadata, manifest and spine, less what EPUB 3 forbids (OPF and XSI
attributes, empty or repeated Dublin Core elements); the NCX becomes a navigation document
(its links kept only where their targets exist); non-linear documents nothing links to are
listed in a hidden navigation list, since EPUB 3 wants every document reachable; content
documents become HTML5 (see `as_html5`). Any source's package is first mended where it is
broken in ways the reader reads past and a store refuses (`repair_package`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape

from lxml import etree

from audiobook.ingest.xhtml import local_name

OPF_NS = "http://www.idpf.org/2007/opf"
DC_NS = "http://purl.org/dc/elements/1.1/"
OPF = f"{{{OPF_NS}}}"
DC = f"{{{DC_NS}}}"
NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
NCX_TYPE = "application/x-dtbncx+xml"
_HTML5_HTTP_EQUIV = frozenset({"content-type", "default-style", "refresh", "x-ua-compatible",
                               "content-security-policy"})
_SIZED = frozenset({"img", "table", "td", "th", "col", "colgroup", "iframe", "video", "object", "embed", "canvas"})

Member = Callable[[str], str]  # a manifest href -> its archive member name


def remove_keeping_tail(element: etree._Element) -> None:
    """Take `element` out of its document; the text after it stays where it was."""
    parent, previous = element.getparent(), element.getprevious()
    if element.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def resolved_href(path: str, from_href: str) -> str:
    """A link's path (URL-quoted, relative to the file `from_href` it stands in) as an href beside `from_href`'s."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(from_href), unquote(path)))


def as_html5(root: etree._Element) -> etree._Element:
    """What an XHTML 1.1 document needs to be a valid EPUB 3 one: sizes that are not whole
    pixels move into style, an encoding declaration says UTF-8 (it is written as UTF-8), a table's
    <col> elements stand in a <colgroup>, and a <meta> HTML5 has no use for goes: one that names nothing
    (EpubMaker's `<meta content>`), or an `http-equiv` it dropped ("Content-Style-Type", which pandoc's
    EPUB 2 writes). The old DOCTYPE goes when the document is written."""
    for meta in [element for element in root.iter() if local_name(element) == "meta"]:
        equivalent = meta.get("http-equiv")
        if (equivalent is not None and equivalent.lower() not in _HTML5_HTTP_EQUIV) or not any(
                meta.get(name) for name in ("name", "http-equiv", "charset", "itemprop", "property")):
            remove_keeping_tail(meta)
    for table in [element for element in root.iter() if local_name(element) == "table"]:
        columns = [child for child in table if local_name(child) == "col"]
        if columns:  # XHTML 1.1 let them stand in the table; HTML5's XML syntax does not
            group = etree.Element(columns[0].tag[:-3] + "colgroup")
            table.insert(table.index(columns[0]), group)
            group.extend(columns)
    for element in root.iter():
        name = local_name(element)
        if name == "meta" and (element.get("http-equiv") or "").lower() == "content-type":
            element.set("content", "text/html; charset=utf-8")
        if name in _SIZED:
            for dimension in ("width", "height"):
                value = (element.get(dimension) or "").strip()
                if value and not value.isdigit():
                    del element.attrib[dimension]
                    css = f"{value}px" if value.replace(".", "", 1).isdigit() else value
                    element.set("style", f"{dimension}: {css}; {element.get('style') or ''}".strip())
    return root


_PROPERTY_NAMESPACES = {"{http://www.w3.org/2000/svg}": "svg", "{http://www.w3.org/1998/Math/MathML}": "mathml"}


def declare_content(item: etree._Element, root: etree._Element) -> None:
    """Name on a content document's manifest item what EPUB 3 wants declared and EPUB 2 had no words for: SVG
    (calibre's title page is one), MathML, scripts and forms."""
    found = set((item.get("properties") or "").split())
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        namespace = element.tag[:element.tag.find("}") + 1]
        if namespace in _PROPERTY_NAMESPACES:
            found.add(_PROPERTY_NAMESPACES[namespace])
        elif local_name(element) in ("script", "form"):
            found.add("scripted")
    if found:
        item.set("properties", " ".join(sorted(found)))


def repair_package(package: etree._Element, items: dict[str, etree._Element], present: Callable[[str], bool]
                   ) -> None:
    """Mend in place what a source package gets wrong and a store refuses, which the reader read past:
    manifest items whose files are missing (`present` says, by href), what pointed at them (the spine's
    NCX, the cover meta), and a document listed twice in the spine (kept where it first stands)."""
    manifest = package.find(f"{OPF}manifest")
    gone = set()
    for href, item in list(items.items()):
        if not present(href):
            gone.add(item.get("id"))
            manifest.remove(item)
            del items[href]
    spine = package.find(f"{OPF}spine")
    if spine is None:
        return
    if spine.get("toc") in gone:
        del spine.attrib["toc"]
    for meta in package.iter(f"{OPF}meta"):
        if meta.get("name") == "cover" and meta.get("content") in gone:
            meta.getparent().remove(meta)
    listed = set()
    for itemref in list(spine.iter(f"{OPF}itemref")):
        if itemref.get("idref") in listed or itemref.get("idref") in gone:
            spine.remove(itemref)
        listed.add(itemref.get("idref"))


def upgrade_package(package: etree._Element, items: dict[str, etree._Element]) -> list[str]:
    """Make the package document EPUB 3 in place; returns the hrefs of the NCX items it removed."""
    package.set("version", "3.0")
    metadata = package.find(f"{OPF}metadata")
    dates = 0
    for element in list(metadata):
        for name in [n for n in element.attrib if n.startswith((OPF, XSI))]:
            del element.attrib[name]
        if element.tag.startswith(DC) and not (element.text or "").strip():
            metadata.remove(element)  # EPUB 3 wants every Dublin Core element to say something
            continue
        if element.tag == f"{DC}date":
            dates += 1
            if dates > 1:
                metadata.remove(element)  # EPUB 2 dated events (creation, publication...); EPUB 3 has one date
        if element.tag == f"{OPF}meta" and element.get("name") == "cover":
            cover = next((i for i in items.values() if i.get("id") == element.get("content")), None)
            if cover is not None and (cover.get("media-type") or "").startswith("image/"):
                cover.set("properties", "cover-image")
    manifest = package.find(f"{OPF}manifest")
    removed = []
    for href, item in list(items.items()):
        if item.get("media-type") == NCX_TYPE:
            manifest.remove(item)
            removed.append(href)
            del items[href]
    spine = package.find(f"{OPF}spine")
    if spine is not None and "toc" in spine.attrib:
        del spine.attrib["toc"]
    return removed


def relative_url(target: str, start_file: str, folder: str = "") -> str:
    """`target` as a URL relative to `start_file`'s folder (both relative to `folder`, the package's, in the
    archive: a manifest href may leave it, "../text/introduction.xhtml", and the way back then names it)."""
    if folder:
        target, start_file = posixpath.join(folder, target), posixpath.join(folder, start_file)
    target, start = posixpath.normpath(target), posixpath.dirname(posixpath.normpath(start_file))
    return quote(posixpath.relpath(target, start or "."))


def ncx_entries(ncx: etree._Element, ncx_member: str, nav_member: str, ids: Callable[[str], set[str] | None]
                ) -> tuple[str, set[str]]:
    """The NCX's navigation map as nested <li> entries for a nav document at `nav_member`, and the
    archive members they link to.

    `ids(member)` gives the ids of an archive member's document (None: no such document);
    a link to a missing document is dropped, a missing fragment is dropped from its link."""
    linked: set[str] = set()

    def entries(parent: etree._Element) -> str:
        out = []
        for point in parent.findall(f"{NCX}navPoint"):
            label_element = point.find(f"{NCX}navLabel")
            label = " ".join("".join(label_element.itertext()).split()) if label_element is not None else ""
            content = point.find(f"{NCX}content")
            children = entries(point)
            nested = f"<ol>{children}</ol>" if children else ""
            target, fragment = _target(content.get("src", "") if content is not None else "", ncx_member, ids)
            if target and label:
                linked.add(target)
                link = relative_url(target, nav_member) + (f"#{fragment}" if fragment else "")
                out.append(f'<li><a href="{escape(link)}">{escape(label)}</a>{nested}</li>')
            elif children:
                out.append(f"<li><span>{escape(label or '-')}</span>{nested}</li>")
        return "".join(out)

    nav_map = ncx.find(f"{NCX}navMap")
    return (entries(nav_map) if nav_map is not None else ""), linked


def _target(src: str, from_member: str, ids: Callable[[str], set[str] | None]) -> tuple[str, str]:
    """(archive member, fragment) an NCX link reaches: ("", "") for a missing document, no fragment
    for a missing id."""
    path, _, fragment = src.partition("#")
    target = resolved_href(path, from_member)
    found = ids(target)
    if found is None:
        return "", ""
    return target, fragment if fragment in found else ""


def unreachable_nonlinear(package: etree._Element, items: dict[str, etree._Element], member: Member,
                          linked: set[str]) -> list[str]:
    """Archive members of non-linear spine documents that no navigation link reaches."""
    by_id = {item.get("id"): href for href, item in items.items()}
    spine = package.find(f"{OPF}spine")
    result = []
    for itemref in spine.iter(f"{OPF}itemref") if spine is not None else ():
        href = by_id.get(itemref.get("idref"))
        if href and itemref.get("linear") == "no" and member(href) not in linked:
            result.append(member(href))
    return result
