"""Manuscripts (.docx, .odt) written for this project's tests, as a publisher receives them.

    python samples/manuscript.py     # writes samples/docx/keepers-log.docx and das-logbuch.odt

keepers-log.docx: a Title paragraph and a "by" line, a copyright line, chapters in Heading 2 under
parts in Heading 1, a footnote, tracked changes (a deletion that must not be read and an insertion
that must), a reviewer's comment, a bulleted list, a table, a scene break ("* * *"), and the
document's properties (title, author, language). Deterministic: fixed timestamps and order, so the
committed file matches this script.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "docx"
FIXED_TIME = (2026, 12, 4, 0, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text: str, style: str = "", runs: str = "") -> str:
    """One paragraph of plain text (or of `runs`, already written), in a named style."""
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    body = runs or f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p>{properties}{body}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def bullet(text: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            f"</w:pPr>{run(text)}</w:p>")


def cell(text: str) -> str:
    return f"<w:tc>{paragraph(text)}</w:tc>"


BODY = "".join([
    paragraph("The Keeper's Log", "Title"),
    paragraph("by Ada Moss", "Subtitle"),
    paragraph("Copyright © 2026 Ada Moss. All rights reserved. No part of this book may be reproduced without "
              "the written permission of the author."),
    paragraph("Part One: Winter", "Heading1"),
    paragraph("Chapter 1: The Lamp", "Heading2"),
    paragraph("", runs=run("The keeper lit the lamp at dusk, as he had done every evening for eleven years")
              + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
              + run(", and wrote the time in the log.")),
    paragraph("", runs=run("He climbed the ")
              + '<w:del w:id="10" w:author="Editor" w:date="2026-12-01T00:00:00Z"><w:r><w:delText>one hundred '
                "and twelve </w:delText></w:r></w:del>"
              + f'<w:ins w:id="11" w:author="Editor" w:date="2026-12-01T00:00:00Z">{run("hundred and twelve ")}'
                "</w:ins>"
              + run("steps twice a night, whatever the weather, and polished the brass on Sundays.")),
    paragraph("", runs='<w:commentRangeStart w:id="0"/>' + run("Each winter night he checked three things:")
              + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
    bullet("the oil in the tank below the lamp;"),
    bullet("the clockwork that turned the lens;"),
    bullet("the glass of the lantern, for salt."),
    paragraph("Chapter 2: The Storm", "Heading2"),
    paragraph("The storm came in from the west on the fifth of January, and the spray reached the gallery forty "
              "metres above the rocks."),
    "<w:tbl><w:tr>" + cell("Night") + cell("Wind") + "</w:tr><w:tr>" + cell("5 January") + cell("Force 10")
    + "</w:tr><w:tr>" + cell("6 January") + cell("Force 8") + "</w:tr></w:tbl>",
    paragraph("* * *"),
    paragraph("By morning the wind had dropped, and the keeper slept for the first time in two days."),
    paragraph("Part Two: Spring", "Heading1"),
    paragraph("Chapter 3: Relief", "Heading2"),
    paragraph("In April the relief boat came round the point with bread, oil and letters, and a boy of twelve who "
              "stayed until the autumn and learned to read the wind."),
])

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
            f'<w:body>{BODY}<w:sectPr/></w:body></w:document>')
STYLE_NAMES = {"Title": "Title", "Subtitle": "Subtitle", "Heading1": "heading 1", "Heading2": "heading 2",
               "ListParagraph": "List Paragraph", "FootnoteText": "footnote text"}
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
          + "".join(f'<w:style w:type="paragraph" w:styleId="{ident}"><w:name w:val="{name}"/></w:style>'
                    for ident, name in STYLE_NAMES.items())
          + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
            "</w:style></w:styles>")
NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
             '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
             + run("The log survives, and is kept at the harbour museum.") + "</w:p></w:footnote></w:footnotes>")
COMMENTS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
            '<w:comment w:id="0" w:author="Editor" w:date="2026-12-01T00:00:00Z" w:initials="E">'
            + paragraph("Only three? Check the keeper's manual.") + "</w:comment></w:comments>")
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
        'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>The Keeper's Log</dc:title><dc:creator>Ada Moss</dc:creator><dc:language>en-GB</dc:language>"
        "<dc:description>A lighthouse keeper's year, in his own words.</dc:description></cp:coreProperties>")
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">'
             f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/></Relationships>')
DOCUMENT_RELS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">'
                 f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/>'
                 f'<Relationship Id="rId2" Type="{RELATIONSHIPS}/numbering" Target="numbering.xml"/>'
                 f'<Relationship Id="rId3" Type="{RELATIONSHIPS}/footnotes" Target="footnotes.xml"/>'
                 f'<Relationship Id="rId4" Type="{RELATIONSHIPS}/comments" Target="comments.xml"/></Relationships>')
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{WORD}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{WORD}.styles+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{WORD}.numbering+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{WORD}.footnotes+xml"/>'
    f'<Override PartName="/word/comments.xml" ContentType="{WORD}.comments+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>")
FILES = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "docProps/core.xml": CORE,
         "word/_rels/document.xml.rels": DOCUMENT_RELS, "word/document.xml": DOCUMENT, "word/styles.xml": STYLES,
         "word/numbering.xml": NUMBERING, "word/footnotes.xml": FOOTNOTES, "word/comments.xml": COMMENTS}


# das-logbuch.odt: the same shape in German, as LibreOffice writes it: a named "Title" style, chapter titles
# in a style of the writer's own ("Chapter Title", centred and bold), a part in Heading 1, an inline note, a
# tracked deletion kept aside, a comment, a list, a table, a table of contents and a centred scene break.
ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "dc": "http://purl.org/dc/elements/1.1/", "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
       "xlink": "http://www.w3.org/1999/xlink"}
NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())


def odf_paragraph(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


ODT_TEXT = "".join([
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
    "<dc:creator>Lektorin</dc:creator></office:change-info>"
    "<text:p>einhundertzwölf </text:p></text:deletion></text:changed-region></text:tracked-changes>",
    odf_paragraph("Das Logbuch des Wärters", "Title"),
    odf_paragraph("von Greta Lind", "Subtitle"),
    '<text:table-of-content text:name="Inhalt"><text:index-body>'
    + odf_paragraph("Inhalt", "Contents_20_Heading")
    + "".join(odf_paragraph(entry, "Contents_20_1") for entry in ("Erster Teil: Winter", "Das Licht", "Der Sturm"))
    + "</text:index-body></text:table-of-content>",
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Erster Teil: Winter</text:h>',
    odf_paragraph("Das Licht", "Chapter_20_Title"),
    '<text:p text:style-name="Standard">Der Wärter zündete die Lampe jeden Abend in der Dämmerung an'
    '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
    + odf_paragraph("Das Logbuch liegt heute im Hafenmuseum.", "Footnote")
    + "</text:note-body></text:note> und schrieb die Uhrzeit in das Logbuch.</text:p>",
    '<text:p text:style-name="Standard">Er stieg die <text:change text:change-id="ct1"/>hundertzwölf Stufen '
    "zweimal in der Nacht hinauf,<text:s/>bei jedem Wetter.<office:annotation><dc:creator>Lektorin</dc:creator>"
    "<text:p>Stimmt die Zahl?</text:p></office:annotation></text:p>",
    odf_paragraph("Jede Nacht prüfte er drei Dinge:"),
    "<text:list>" + "".join(f"<text:list-item>{odf_paragraph(item)}</text:list-item>" for item in (
        "das Öl im Tank unter der Lampe;", "das Uhrwerk, das die Linse drehte;",
        "das Glas der Laterne, wegen des Salzes.")) + "</text:list>",
    odf_paragraph("Der Sturm", "Chapter_20_Title"),
    odf_paragraph("Der Sturm kam am fünften Januar aus dem Westen, und die Gischt erreichte die Galerie vierzig "
                  "Meter über den Felsen."),
    "<table:table>" + "".join(
        "<table:table-row>" + "".join(f"<table:table-cell>{odf_paragraph(cell)}</table:table-cell>" for cell in row)
        + "</table:table-row>" for row in (("Nacht", "Wind"), ("5. Januar", "Stärke 10"))) + "</table:table>",
    odf_paragraph("* * *", "P1"),
    odf_paragraph("Am Morgen hatte der Wind nachgelassen, und der Wärter schlief zum ersten Mal seit zwei Tagen."),
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Zweiter Teil: Frühling</text:h>',
    odf_paragraph("Die Ablösung", "Chapter_20_Title"),
    odf_paragraph("Im April kam das Ablöseboot um die Landspitze, mit Brot, Öl und Briefen, und mit einem Jungen "
                  "von zwölf Jahren, der bis zum Herbst blieb."),
])
ODT_CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NAMESPACES} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
               'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>'
               f"</office:automatic-styles><office:body><office:text>{ODT_TEXT}</office:text></office:body>"
               "</office:document-content>")
ODT_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NAMESPACES} office:version="1.3">'
              '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
              'fo:language="de" fo:country="DE"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties '
              'fo:text-align="center"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Chapter_20_Title" style:display-name="Chapter Title" style:family="paragraph" '
              'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>'
              '<style:text-properties fo:font-weight="bold"/></style:style></office:styles></office:document-styles>')
ODT_META = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NAMESPACES} office:version="1.3">'
            "<office:meta><dc:title>Das Logbuch des Wärters</dc:title><dc:creator>Greta Lind</dc:creator>"
            "<dc:language>de-DE</dc:language></office:meta></office:document-meta>")
ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                + "".join(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>'
                          for name in ("content.xml", "styles.xml", "meta.xml")) + "</manifest:manifest>")
ODT_FILES = {"META-INF/manifest.xml": ODT_MANIFEST, "content.xml": ODT_CONTENT, "styles.xml": ODT_STYLES,
             "meta.xml": ODT_META}


def main(out_dir: Path = OUT) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    docx, odt = out_dir / "keepers-log.docx", out_dir / "das-logbuch.odt"
    with zipfile.ZipFile(docx, "w") as archive:
        for name, text in FILES.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(odt, "w") as archive:  # the mimetype first and stored, as ODF requires
        archive.writestr(zipfile.ZipInfo("mimetype", FIXED_TIME), b"application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        for name, text in ODT_FILES.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
    return [docx, odt]


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
