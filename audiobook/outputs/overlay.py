"""Media Overlays: marking what is read in a content document, and the SMIL that times it.

A block of the book comes from one element of its document (`Block.element`). Each of its
segments is wrapped in a `<span id>` when the element holds no other block, every segment's
text is found in it in order, and each segment's first and last characters share a parent
node (inline markup inside a sentence is fine, a sentence that ends inside an <em> it
started outside is not): the listener then sees the sentence being read. Otherwise the element itself gets an id and
one clip covers its segments: paragraph level. Skipped text is never marked. A block joined from
several elements (`Block.continued`) is marked in each, a segment crossing from one to the next in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from lxml import etree

from audiobook.ingest.xhtml import BLOCK_TAGS, INVISIBLE_MARKS, left_out, local_name, raised_text

SMIL_NS = "http://www.w3.org/ns/SMIL"
EPUB_NS = "http://www.idpf.org/2007/ops"


@dataclass(frozen=True)
class Piece:
    """A segment of one block: its id, its text, and its span on the chapter file's audio (ms)."""

    segment_id: str
    text: str
    start_ms: int
    end_ms: int
    continues: bool = False  # the later part of a segment that runs on into another element


@dataclass(frozen=True)
class Clip:
    """One <par>: the fragment highlighted and the audio heard meanwhile."""

    fragment: str
    audio: str  # the chapter file, relative to the EPUB's package folder (made relative to the SMIL later)
    start_ms: int
    end_ms: int
    sentence_level: bool
    continues: bool = False  # highlights the later part of a segment whose first part has a clip of its own


@dataclass
class _Slot:
    """A run of text owned by `node`: its .text (`tail` False) or its .tail."""

    node: etree._Element
    tail: bool

    @property
    def parent(self) -> etree._Element:
        return self.node.getparent() if self.tail else self.node

    def get(self) -> str:
        return (self.node.tail if self.tail else self.node.text) or ""

    def set(self, value: str) -> None:
        if self.tail:
            self.node.tail = value or None
        else:
            self.node.text = value or None


def _slots(element: etree._Element) -> list[_Slot | None]:
    """The element's text runs in reading order, as the reader reads them: None marks a <br> (a
    space to the reader); what it leaves out (a page number, a note marker) has only its tail."""
    runs: list[_Slot | None] = [_Slot(element, False)]

    def visit(parent: etree._Element) -> None:
        for node in parent:
            if isinstance(node.tag, str):
                if local_name(node) == "br":
                    runs.append(None)
                elif not left_out(node):
                    runs.append(_Slot(node, False))
                    visit(node)
            runs.append(_Slot(node, True))

    visit(element)
    return runs


class _CleanMap:
    """The element's text as `clean_text` gives it, with each character's (slot, offset)."""

    def __init__(self, element: etree._Element) -> None:
        self.text_chars: list[str] = []
        self.where: list[tuple[int, int]] = []
        self.slots = _slots(element)
        pending_space = False
        for number, slot in enumerate(self.slots):
            if slot is None:
                pending_space = bool(self.text_chars)
                continue
            text = slot.get()
            if not slot.tail and local_name(slot.node) == "sup":  # "10<sup>11</sup>" reads "10¹¹": one for one
                text = raised_text(slot.node) or text
            for offset, char in enumerate(text):
                if char in INVISIBLE_MARKS:  # what clean_text drops
                    continue
                if char.isspace():
                    pending_space = bool(self.text_chars)
                    continue
                if pending_space:
                    self.text_chars.append(" ")
                    self.where.append((-1, -1))
                    pending_space = False
                self.text_chars.append(char)
                self.where.append((number, offset))
        self.text = "".join(self.text_chars)


def _wrap(element: etree._Element, slots: list[_Slot | None], start: tuple[int, int], end: tuple[int, int],
          span_id: str) -> None:
    """Wrap the text from `start` to `end` (inclusive (slot, offset) positions, in slots of one
    parent: `_common_level` found them) in a span."""
    first, last = slots[start[0]], slots[end[0]]
    assert first is not None and last is not None
    parent = first.parent
    namespace = element.tag.split("}")[0] + "}" if element.tag.startswith("{") else ""
    span = etree.Element(f"{namespace}span")
    span.set("id", span_id)
    children = list(parent)
    # where the first slot sits among the parent's children: its text (before child 0) or child k's tail
    first_index = children.index(first.node) + 1 if first.tail else 0
    last_index = children.index(last.node) + 1 if last.tail else 0
    head, rest = first.get()[:start[1]], first.get()[start[1]:]
    if first_index == last_index:
        inside, after = rest[:end[1] + 1 - start[1]], rest[end[1] + 1 - start[1]:]
        first.set(head)
        span.text, span.tail = inside, after or None
        parent.insert(first_index, span)
        return
    moving = children[first_index:last_index]
    tail_inside, after = last.get()[:end[1] + 1], last.get()[end[1] + 1:]
    first.set(head)
    span.text = rest or None
    for child in moving:
        span.append(child)  # lxml moves the child, with its tail
    moving[-1].tail = tail_inside or None
    span.tail = after or None
    parent.insert(first_index, span)


def _slot_of(slots: list[_Slot | None], node: etree._Element, tail: bool) -> int:
    return next(i for i, slot in enumerate(slots) if slot is not None and slot.node is node and slot.tail is tail)


def _common_level(element: etree._Element, slots: list[_Slot | None], start: tuple[int, int], end: tuple[int, int]
                  ) -> tuple[tuple[int, int], tuple[int, int]]:
    """The start and end as they are if they share a parent, else moved out of whole inline elements
    (start, end or both) until they do; as they are if nothing works (the caller then falls back)."""
    same = lambda a, b: slots[a[0]].parent is slots[b[0]].parent  # type: ignore[union-attr]  # noqa: E731
    lifted_start, lifted_end = _lift_start(element, slots, start), _lift_end(element, slots, end)
    for candidate in ((start, end), (lifted_start, end), (start, lifted_end), (lifted_start, lifted_end)):
        if same(*candidate):
            return candidate
    return start, end


def _lift_start(element: etree._Element, slots: list[_Slot | None], position: tuple[int, int]) -> tuple[int, int]:
    """A start at the first letter of an inline element moves before the element (as often as
    that holds), so "<b>Title.</b> First sentence." can be one span."""
    index, offset = position
    while True:
        slot = slots[index]
        assert slot is not None
        if slot.tail or slot.node is element or slot.get()[:offset].strip():
            return index, offset
        inline = slot.node
        before = inline.getprevious()
        index = _slot_of(slots, before, True) if before is not None else _slot_of(slots, inline.getparent(), False)
        offset = len(slots[index].get())  # type: ignore[union-attr]


def _lift_end(element: etree._Element, slots: list[_Slot | None], position: tuple[int, int]) -> tuple[int, int]:
    """An end at the last letter of an inline element moves after it (the mirror of `_lift_start`)."""
    index, offset = position
    while True:
        slot = slots[index]
        assert slot is not None
        owner = (slot.node.getparent() if slot.node.getnext() is None else None) if slot.tail else (
            slot.node if len(slot.node) == 0 else None)
        if owner is None or owner is element or slot.get()[offset + 1:].strip():
            return index, offset
        index, offset = _slot_of(slots, owner, True), -1  # inclusive end -1: nothing of the tail


def mark_block(element: etree._Element, block_text: str, pieces: Sequence[Piece], audio: str,
               used_ids: set[str], id_prefix: str = "ra-") -> list[Clip]:
    """Add ids for one block's segments to `element` and return their clips (sentence or paragraph level)."""
    mapping = _CleanMap(element)
    # the element's text is the block's, or holds it with skipped inline text (a note marker, a line number)
    if mapping.text == block_text or not any(local_name(d) in BLOCK_TAGS for d in element.iterdescendants()):
        located, cursor = [], 0
        for piece in pieces:
            at = mapping.text.find(piece.text, cursor)
            if at < 0 or not piece.text:
                break
            located.append((piece, at, at + len(piece.text) - 1))
            cursor = at + len(piece.text)
        if len(located) < len(pieces):  # spaced otherwise (a fixed-layout page's positioned lines)
            return mark_joined([(element, used_ids)], pieces, audio, id_prefix)[0]
        clips = _sentence_clips(element, mapping, located, audio, used_ids, id_prefix)
        if clips:
            return clips
    return [_element_clip(element, pieces, audio, used_ids, id_prefix)]


def mark_joined(elements: Sequence[tuple[etree._Element, set[str]]], pieces: Sequence[Piece], audio: str,
                id_prefix: str = "ra-") -> list[list[Clip]]:
    """The clips of a block whose text runs through several elements (`Block.continued`: printed lines, a
    paragraph torn at a page's end or turned over to the next page), one list for each element, given with
    its document's ids. A segment that crosses from one element to the next is highlighted in each, its audio
    shared between them by letters. Hyphens and spaces are left out of the match: "light-" / "house" reads
    "lighthouse". An element whose segments cannot each be a span is highlighted whole."""
    mappings = [_CleanMap(element) for element, _ in elements]
    letters: list[str] = []  # the elements' letters in order, each with its element and place in that one's text
    places: list[tuple[int, int]] = []
    for number, mapping in enumerate(mappings):
        for at, char in enumerate(mapping.text):
            if not char.isspace() and char not in _JOINS:
                letters.append(char)
                places.append((number, at))
    text, cursor = "".join(letters), 0
    parts: list[list[tuple[Piece, int, int]]] = [[] for _ in elements]
    for piece in pieces:
        wanted = "".join(ch for ch in piece.text if not ch.isspace() and ch not in _JOINS)
        at = text.find(wanted, cursor) if wanted else -1
        if at < 0:  # the text is not the elements': the first is highlighted while the block is read
            element, used = elements[0]
            return [[_element_clip(element, pieces, audio, used, id_prefix)], *([] for _ in elements[1:])]
        cursor = at + len(wanted)
        (first, start), (last, end) = places[at], places[cursor - 1]
        spans = [(number, start if number == first else 0, end if number == last else len(mappings[number].text) - 1)
                 for number in range(first, last + 1)]
        sizes = [stop - begin + 1 for _, begin, stop in spans]
        begin_ms = piece.start_ms
        for index, (number, begin, stop) in enumerate(spans):
            end_ms = piece.end_ms if index == len(spans) - 1 else begin_ms + round(
                (piece.end_ms - piece.start_ms) * sizes[index] / sum(sizes))
            parts[number].append((Piece(piece.segment_id, "", begin_ms, end_ms, index > 0), begin, stop))
            begin_ms = end_ms
    clips = []
    for (element, used), mapping, located in zip(elements, mappings, parts):
        if located:
            clips.append(_sentence_clips(element, mapping, located, audio, used, id_prefix)
                         or [_element_clip(element, [piece for piece, _, _ in located], audio, used, id_prefix)])
        else:
            clips.append([])
    return clips


_JOINS = frozenset("-\u00ad\u2010")  # hyphens a joined line may have lost or kept ("light-" / "house")


def _sentence_clips(element: etree._Element, mapping: _CleanMap, located: Sequence[tuple[Piece, int, int]],
                    audio: str, used_ids: set[str], id_prefix: str) -> list[Clip]:
    """A span for each piece, from its first to its last character in `mapping.text`, and their clips; none
    (and `element` untouched) when a piece's ends cannot share a parent node."""
    slots = mapping.slots
    placed = [(piece, *_common_level(element, slots, mapping.where[a], mapping.where[b])) for piece, a, b in located]
    if not all(slots[a[0]].parent is slots[b[0]].parent for _, a, b in placed):  # type: ignore[union-attr]
        return []
    clips = []
    for piece, start, end in reversed(placed):  # from the end: earlier positions stay valid
        span_id = _unique(f"{id_prefix}{piece.segment_id}", used_ids)
        _wrap(element, slots, start, end, span_id)
        clips.append(Clip(span_id, audio, piece.start_ms, piece.end_ms, True, piece.continues))
    return clips[::-1]


def _element_clip(element: etree._Element, pieces: Sequence[Piece], audio: str, used_ids: set[str],
                  id_prefix: str) -> Clip:
    """One clip highlighting the whole element while its pieces are read: paragraph level."""
    element_id = element.get("id")
    if not element_id:
        element_id = _unique(f"{id_prefix}p-{pieces[0].segment_id}", used_ids)
        element.set("id", element_id)
    return Clip(element_id, audio, pieces[0].start_ms, pieces[-1].end_ms, False, pieces[0].continues)


def _unique(wanted: str, used: set[str]) -> str:
    name, number = wanted, 2
    while name in used:
        name, number = f"{wanted}-{number}", number + 1
    used.add(name)
    return name


def clock_value(ms: int) -> str:
    """A SMIL/EPUB clock value, h:mm:ss.fff."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def smil_document(document_href: str, clips: Sequence[tuple[str, Clip]]) -> bytes:
    """The Media Overlay of one content document: a <par> per clip, in reading order.

    `clips` pairs each clip with its audio file's path relative to the SMIL file;
    `document_href` is the content document relative to the SMIL file."""
    pars = "".join(
        f'<par id="par{number}"><text src={quoteattr(f"{document_href}#{clip.fragment}")}/>'
        f'<audio src={quoteattr(audio)} clipBegin="{clock_value(clip.start_ms)}" '
        f'clipEnd="{clock_value(clip.end_ms)}"/></par>\n'
        for number, (audio, clip) in enumerate(clips, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<smil xmlns="{SMIL_NS}" xmlns:epub="{EPUB_NS}" version="3.0">\n'
            f'<body>\n<seq id="seq1" epub:textref={quoteattr(document_href)}>\n{pars}</seq>\n</body>\n</smil>\n'
            ).encode("utf-8")


def overlay_duration_ms(clips: Sequence[Clip]) -> int:
    """What EPUB calls an overlay's duration: the sum of its clips."""
    return sum(clip.end_ms - clip.start_ms for clip in clips)
