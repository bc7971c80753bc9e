"""The site around a saved web page's article: what a listener of the article does not want read.

A page saved from a news site or a blog wraps its article in the site's banner and menus, a
cookie notice, sharing buttons, related links, comments, advertisements and a footer. HTML5 marks
most of it: <main> (or a page's one <article>) holds the text; a <nav>, a <form>, and a <header>,
<footer> or <aside> that belongs to the page rather than to an article or section (ARIA's banner,
contentinfo and complementary), are the site's. Older pages name the same parts by class or id
("cookie-banner", "shareButtons", "related-posts", "comments", "ad-slot"). Each such element is
skipped and listed with its reason, but never one holding half the page's text or more (a page
that wraps everything in one <header> is read). A page with none of these marks (a book saved
as HTML, a Markdown book) is read as before.
"""

from __future__ import annotations

import re

from lxml import etree

from audiobook.ingest.look import local_name

_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"

# a <header> or <footer> inside one of these is the article's or section's own (its title, a letter's
# signature), not the page's banner or footer
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section", "blockquote"})
# roles and types of the book's own navigation, which the matter rules skip as a contents list
_BOOK_NAVIGATION = frozenset({"toc", "doc-toc", "landmarks", "page-list", "doc-pagelist"})
REFERENCES_KIND = "references (the article's notes)"
REFERENCES = f"web page: {REFERENCES_KIND}"
# the heading above an article's references, skipped with them
REFERENCES_TITLE = re.compile(r"^(?:references|sources|citations|notes and references|einzelnachweise|quellen|"
                              r"références|referencias|riferimenti|referências|przypisy|источники|примечания|"
                              r"referenties|bronnen|referenser|källor|referències)\W*$", re.IGNORECASE)
LINKS_KIND = "list of links"
LINKS = f"web page: {LINKS_KIND}"
# the heading above a page's list of links ("External links", "See also"), skipped with it
LINKS_TITLE = re.compile(r"^(?:external links|see also|links|related (?:links|articles)|weblinks|siehe auch|"
                         r"liens externes|voir aussi|enlaces externos|v[ée]ase tambi[ée]n|collegamenti esterni|"
                         r"voci correlate|liga[çc][õo]es externas|ver tamb[ée]m|linki zewn[ęe]trzne|zobacz te[żz]|"
                         r"ссылки|см\. также|externe links|zie ook|externa l[äa]nkar|se [äa]ven|enlla[çc]os externs|"
                         r"vegeu tamb[ée])\W*$", re.IGNORECASE)
# the headings a skipped part takes with it, by the part's reason
HEADINGS_ABOVE = {REFERENCES: REFERENCES_TITLE, LINKS: LINKS_TITLE}
_LINK_LIST_MIN_ITEMS = 3
_LINK_LIST_SHARE = 0.8
_CHROME_WORDS = {
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), "cookie notice"),
    **dict.fromkeys(("share", "sharing", "social", "sharebar", "addthis", "sharethis", "addtoany", "partage",
                     "partager", "teilen", "compartir", "condividi", "compartilhar",
                     # a post's likes and reactions with its buttons (Substack's "post-ufi", "like-button")
                     "like", "likes", "reactions", "ufi"), "sharing links"),
    **dict.fromkeys(("related", "recommended", "recirculation"), "related links"),
    **dict.fromkeys(("newsletter", "subscribe", "subscription", "signup", "paywall"), "sign-up box"),
    **dict.fromkeys(("comments", "commentlist", "disqus", "commentaires", "kommentare", "comentarios", "commenti",
                     "komentarze", "reacties"), "comments"),
    **dict.fromkeys(("ad", "ads", "advert", "advertisement", "adslot", "adsbygoogle", "sponsor", "sponsored",
                     "promo", "outbrain", "taboola"), "advertisement"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs"), "breadcrumbs"),
    **dict.fromkeys(("sidebar", "widget"), "sidebar"),
    **dict.fromkeys(("nav", "navbar", "navigation", "topnav"), "navigation"),
    **dict.fromkeys(("popup", "modal", "lightbox"), "pop-up"),
    # what the page's print stylesheet leaves out ("noprint"): a narrator reads the article as it prints
    **dict.fromkeys(("noprint", "dprintnone", "hiddenprint", "printhidden", "screenonly"), "not printed"),
    **dict.fromkeys(("sitenotice", "banneralert"), "site notice"),
    "editsection": "edit links",
    "catlinks": "category links",
    "printfooter": "site footer",
    **dict.fromkeys(("reflist", "references"), REFERENCES_KIND),
}
# whole class or id names (without dashes) of the page's own banner or footer, only outside an article or
# section: "site-header", "footer"; not Project Gutenberg's "pg-header", which its own rules skip
_PAGE_LEVEL_NAMES = {**dict.fromkeys(("header", "siteheader", "pageheader", "globalheader", "masthead"), "site banner"),
                     **dict.fromkeys(("footer", "sitefooter", "pagefooter", "globalfooter"), "site footer")}
# what only a web page has: one of these makes a document a web page (a book may have a sidebar, a form, a
# publisher's advertisement or an "ADVERTISEMENT" preface)
_PANDOC_TITLE_BLOCK = "title-block-header"  # the <header> Pandoc's standalone HTML opens with
_PAGE_EVIDENCE = frozenset({"navigation", "site banner", "site footer", "cookie notice", "sharing links",
                            "comments", "breadcrumbs"})
# the elements a class or id names as a part of the site: blocks, not a word or a link inside a paragraph,
# except the few parts of the site that sit inside the text ("[edit]" in a heading)
_INLINE_NAMES = {"editsection": "edit links", "mweditsection": "edit links", "noprint": "not printed"}
_CONTAINERS = frozenset({"div", "section", "aside", "ul", "ol", "nav", "header", "footer", "form", "p", "table",
                         "figure", "li", "dl", "details"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_LINE_MAX_CHARACTERS = 40
# a short line that is the site talking: an advertisement's label in the 11 languages, a link around the page
_AD_LABEL = re.compile(r"^(?:advertisement|advert|sponsored(?: content)?|anzeige|werbung|publicit[ée]|publicidad|"
                       r"pubblicit[àa]|publicidade|publicitat|reklama|реклама|advertentie|annons)\W*$", re.IGNORECASE)
_PAGE_LINK = re.compile(r"^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search)|skip navigation|"
                        r"back to top|scroll to top|aller au contenu|zum inhalt springen|ir al contenido|"
                        r"vai al contenuto|saltar para o conte[úu]do|przejd[źz] do tre[śs]ci|перейти к содержанию|"
                        r"naar de inhoud|hoppa till inneh[åa]llet|v[ée]s al contingut)\W*$", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_MAX_CHILDREN = 2
OUTSIDE_MAIN = "web page: outside the article (the site's banner, menus and footer)"


def reason_of(kind: str) -> str:
    """The skipped list's reason for one part of the site ("cookie notice")."""
    return f"web page: {kind}"


def _whole_names(names: str) -> set[str]:
    """Class or id names, lower-cased, without dashes: "site-header" is siteheader."""
    return {name.lower().replace("-", "").replace("_", "") for name in names.split()}


def _words_of(names: str) -> set[str]:
    """The words of class or id names, and each whole name: "shareButtons site-notice" gives share,
    buttons, site, notice, sharebuttons and sitenotice."""
    return {word.lower() for word in _WORD.findall(names)} | _whole_names(names)


def _class_and_id(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _names(element: etree._Element) -> set[str]:
    return _whole_names(_class_and_id(element))


def _words(element: etree._Element) -> set[str]:
    return _words_of(_class_and_id(element))


def _role(element: etree._Element) -> str:
    return (element.get("role") or "").strip().lower()


_CHARACTERS = etree.XPath("string-length(normalize-space(.))")


def _characters(element: etree._Element) -> int:
    """How much text an element holds (spaces squeezed), counted at C speed."""
    return int(_CHARACTERS(element))


_ROLE_MAIN = etree.XPath(".//*[@role='main']")


def _focus(body: etree._Element, total: int) -> etree._Element | None:
    """The page's one <main> (or role="main"), else the outermost <article> that holds at least half
    the page's text (a blog marks each comment below its post as an <article> too)."""
    mains = list(dict.fromkeys([*body.iter("main", "{*}main"), *_ROLE_MAIN(body)]))
    if mains:
        return mains[0] if len(mains) == 1 and _characters(mains[0]) * 2 >= total else None
    articles = [el for el in body.iter("article", "{*}article")
                if not any(local_name(up) == "article" for up in el.iterancestors())]
    return next((article for article in articles if _characters(article) * 2 >= total), None)


# parts a class names that are pointers elsewhere: a block of text under such a name ("social-history",
# "related-research") is the article's
_POINTER_KINDS = frozenset({"sharing links", "related links", "navigation", "breadcrumbs", "sidebar"})
_POINTER_MAX_CHARACTERS = 200
_POINTER_LINK_SHARE = 0.5


def _points_elsewhere(element: etree._Element) -> bool:
    """Short, or mostly links: what a sharing bar, a related-links box or a menu is."""
    characters = _characters(element)
    return characters <= _POINTER_MAX_CHARACTERS or sum(
        _characters(a) for a in element.iter("a", "{*}a")) >= _POINTER_LINK_SHARE * characters


def _is_link_list(element: etree._Element) -> bool:
    """A list of three items or more, each mostly a link, anywhere ("External links", a blogroll): the
    site's pointers elsewhere, not the article's text."""
    items = [child for child in element if local_name(child) == "li"]
    if len(items) < _LINK_LIST_MIN_ITEMS:
        return False
    for item in items:
        linked = sum(_characters(a) for a in item.iter("a", "{*}a"))
        if linked < _LINK_LIST_SHARE * _characters(item):
            return False
    return True


def _own_reason(element: etree._Element, tag: str, section: str, lone_h1: etree._Element | None) -> str | None:
    """Why this element is the site's, from its tag, role, class and id, or a short text of its own.
    `section`: the nearest sectioning element around it ("" for the page); `lone_h1`: the page's only <h1>."""
    role = _role(element)
    types = f"{element.get(_EPUB_TYPE) or ''} {element.get('epub:type') or ''}".split()  # XHTML, HTML
    if role in _BOOK_NAVIGATION or not _BOOK_NAVIGATION.isdisjoint(types):
        return None
    if tag == "nav" or role == "navigation":
        return "navigation"
    if role == "search":
        return "search box"
    if tag == "form":
        return "form"
    if tag == "dialog" or role in {"dialog", "alertdialog"}:
        return "pop-up"
    if not section:
        if tag == "header" or role == "banner":  # not one that holds the page's only <h1>: the article's title
            if element.get("id") == _PANDOC_TITLE_BLOCK:  # `pandoc -s`'s title, authors and date: a title page
                return None
            return None if lone_h1 is not None and any(up is element for up in lone_h1.iterancestors()) else (
                "site banner")
        if tag == "footer" or role == "contentinfo":
            return "site footer"
        if tag == "aside" or role == "complementary":
            return "sidebar"
    elif section == "article" and (tag == "footer" or tag in _CONTAINERS and "footer" in _words(element)
                                   and _points_elsewhere(element)):  # <div class="post-footer"> too
        return "the article's footer (tags, links)"
    if tag in _CONTAINERS and (element.get("class") or element.get("id")):  # a block the site's class names
        if not section and (kind := next(filter(None, map(_PAGE_LEVEL_NAMES.get, _names(element))), None)):
            return kind
        kind = next(filter(None, map(_CHROME_WORDS.get, _words(element))), None)
        if kind and (kind not in _POINTER_KINDS or _points_elsewhere(element)):
            return kind
    elif element.get("class") and (kind := next(filter(None, map(_INLINE_NAMES.get, _names(element))), None)):
        return kind
    if tag in {"ul", "ol"} and _is_link_list(element):
        return LINKS_KIND
    if len(element) <= _LINE_MAX_CHILDREN and tag not in _HEADINGS:
        text = " ".join("".join(element.itertext()).split())
        if len(text) <= _LINE_MAX_CHARACTERS:
            if _AD_LABEL.match(text):
                return "advertisement"
            if _PAGE_LINK.match(text):
                return "link around the page"
    return None


_LANDMARK_TAGS = ("main", "nav", "header", "footer", "aside", "article", "form", "dialog")
_LANDMARKS = (*_LANDMARK_TAGS, *(f"{{*}}{tag}" for tag in _LANDMARK_TAGS))  # in HTML and in XHTML
_WITH_ROLE = etree.XPath(".//*[@role]")
_WITH_NAMES = etree.XPath(".//*[@class or @id]")
_NAMES = etree.XPath(".//@class | .//@id")
_SHORT_TEXTS = etree.XPath(f".//text()[string-length(normalize-space(.)) <= {_LINE_MAX_CHARACTERS}]")


def _site_names(body: etree._Element) -> set[str]:
    """The class and id attributes (as written) whose words name a part of a site, each distinct one
    looked at once."""
    hits = set()
    for value in {str(name) for name in _NAMES(body)}:
        words = _words_of(value)
        if not words.isdisjoint(_CHROME_WORDS) or not words.isdisjoint(_PAGE_LEVEL_NAMES) or not words.isdisjoint(
                _INLINE_NAMES):
            hits.add(value)
    return hits


def _candidates(body: etree._Element, names: set[str]) -> list[etree._Element]:
    """The elements that may be parts of the site, found at C speed rather than by walking every
    element: landmarks, elements with a role, with a class or id in `names`, or holding a short line
    ("Advertisement", "Skip to content"); outermost first."""
    found = [*body.iter(*_LANDMARKS), *_WITH_ROLE(body),
             *body.iter("ul", "ol", "{*}ul", "{*}ol")]
    if names:
        found += [el for el in _WITH_NAMES(body) if el.get("class") in names or el.get("id") in names]
    for text in _SHORT_TEXTS(body):
        if _AD_LABEL.match(text.strip()) or _PAGE_LINK.match(text.strip()):
            found.append(text.getparent())
    unique = [el for el in dict.fromkeys(found) if el is not None and el is not body]
    return sorted(unique, key=lambda el: sum(1 for _ in el.iterancestors()))


def _section_around(element: etree._Element, body: etree._Element) -> str:
    """The nearest sectioning element around `element` inside the body ("" for none: the page's)."""
    for up in element.iterancestors():
        if up is body:
            return ""
        if (tag := local_name(up)) in _SECTIONING:
            return tag
    return ""


def site_parts(body: etree._Element) -> tuple[dict[etree._Element, str], bool]:
    """The elements of a web page's body that are the site's, with the reason each is skipped, and
    whether the document is a web page at all (a <main>, an <article> holding half its text, or a part
    only sites have);
    none when it is not."""
    names = _site_names(body)
    if not names and next(body.iter(*_LANDMARKS), None) is None and not _WITH_ROLE(body):
        return {}, False  # nothing that could mark a web page: a book, not walked element by element
    total = _characters(body)
    parts: dict[etree._Element, str] = {}
    h1s = [el for el in body.iter("h1", "{*}h1")]
    lone_h1 = h1s[0] if len(h1s) == 1 else None
    focus = _focus(body, total)
    if focus is not None:  # all but the article, and the page's only <h1> where a site sets it above <main>
        holding_h1 = set(lone_h1.iterancestors()) | {lone_h1} if lone_h1 is not None else set()
        inner = focus
        for outer in focus.iterancestors():
            for sibling in outer:
                if (sibling is not inner and isinstance(sibling.tag, str) and sibling not in holding_h1
                        and _characters(sibling)):
                    parts[sibling] = OUTSIDE_MAIN
            if outer is body:
                break
            inner = outer
    kinds: set[str] = set()
    for candidate in _candidates(body, names):
        if inside(candidate, parts):
            continue
        kind = _own_reason(candidate, local_name(candidate), _section_around(candidate, body), lone_h1)
        if kind and _characters(candidate) * 2 < total:
            parts[candidate] = reason_of(kind)
            kinds.add(kind)
    web = focus is not None or not kinds.isdisjoint(_PAGE_EVIDENCE)
    return (parts if web else {}), web


def inside(element: etree._Element, parts: dict[etree._Element, str]) -> bool:
    """Whether an element is one of the site's parts or lies within one."""
    return element in parts or any(up in parts for up in element.iterancestors())
