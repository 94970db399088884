#!/usr/bin/env python3
"""Writes the Word fixtures under tests/fixtures/ with Python's zipfile alone, so their
every part is known: run from the repository root. The same script gives the same bytes.

- word-cable.docx: a cable as Word saves it: core properties (title, author, dates), a
  running header and footer, a Title paragraph, headings, a table, tracked changes (a
  deletion and an insertion), hidden text, a footnote, a text box and a PAGE field.
- word-localised-styles.docx: no core properties; a German Word's style ids
  ("berschrift1" named "heading 1"), the title as the first Heading 1, a byline and a
  dateline in the text, paragraphs inside a content control.
- word-encrypted.docx: the shape Word gives a password-protected document: an OLE
  compound file whose directory names an EncryptedPackage stream (the stream itself is
  filler, not real encryption: only the container is what Chancery looks at).
- word-truncated.docx: word-cable.docx cut short, as a broken download is.
"""

import struct
import zipfile
from pathlib import Path

OUT = Path("tests/fixtures")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
# A fixed time for every entry, so the archive is byte-for-byte reproducible.
WHEN = (2025, 8, 6, 9, 0, 0)

CONTENT_TYPE_OF = {
    "word/document.xml": "wordprocessingml.document.main+xml",
    "word/styles.xml": "wordprocessingml.styles+xml",
    "word/header1.xml": "wordprocessingml.header+xml",
    "word/footer1.xml": "wordprocessingml.footer+xml",
    "word/footnotes.xml": "wordprocessingml.footnotes+xml",
}


def content_types(parts: list[str]) -> str:
    """[Content_Types].xml naming the type of each part the package has."""
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.{kind}"/>'
        for name, kind in CONTENT_TYPE_OF.items()
        if name in parts
    )
    if "docProps/core.xml" in parts:
        overrides += '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>"""


def package_rels(core: bool) -> str:
    core_rel = (
        f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        if core
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
{core_rel}</Relationships>"""


DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""


def styles(heading_id: str, title: bool) -> str:
    title_style = (
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
        if title
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
{title_style}
<w:style w:type="paragraph" w:styleId="{heading_id}"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="{heading_id.replace("1", "2")}"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
</w:styles>"""


def part(xml_body: str, root: str = "w:document") -> str:
    inner = f"<w:body>{xml_body}</w:body>" if root == "w:document" else xml_body
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<{root} xmlns:w="{W}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">{inner}</{root}>"""


def p(text: str, style: str | None = None) -> str:
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{style_xml}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(text: str) -> str:
    return f"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{p(text)}</w:tc>"


CABLE_BODY = "".join(
    [
        p("Geneva Talks on the Grain Corridor", "Title"),
        p("Summary", "Heading1"),
        # A sentence split over runs, one of them bold, as Word writes edited text.
        '<w:p><w:r><w:t xml:space="preserve">Foreign ministers of Turkey and Ukraine </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>agreed</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> on Monday in Geneva to reopen a grain corridor across the Black Sea, the Turkish Foreign Ministry said.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        # A tracked deletion and a tracked insertion: the text as accepted reads
        # "within two weeks".
        '<w:p><w:r><w:t xml:space="preserve">Ukrainian Foreign Minister Olena Marchuk said the first convoy could leave </w:t></w:r>'
        '<w:del w:id="11" w:author="Desk" w:date="2025-08-05T10:00:00Z"><w:r><w:delText xml:space="preserve">STRUCK-OUT-WORDS next month</w:delText></w:r></w:del>'
        '<w:ins w:id="12" w:author="Desk" w:date="2025-08-05T10:00:00Z"><w:r><w:t>within two weeks</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> if insurers agree to cover the ships.</w:t></w:r></w:p>',
        # Hidden text (Word's "Hidden" font effect) is not printed.
        '<w:p><w:r><w:t xml:space="preserve">The United Nations welcomed the deal and said it would send observers to the port of Odesa.</w:t></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> HIDDEN-DRAFTING-NOTE</w:t></w:r></w:p>',
        # A text box (a pull quote) in a drawing, with a fallback copy.
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        "<wps:wsp><wps:txbx><w:txbxContent>" + p("PULL-QUOTE-IN-TEXT-BOX") + "</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>" + p("PULL-QUOTE-FALLBACK") + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        '<w:r><w:t xml:space="preserve">Insurers in London said they would decide on cover by Friday.</w:t></w:r></w:p>',
        p("Shipments agreed", "Heading2"),
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        "<w:tr>" + cell("Port") + cell("Cargo") + cell("Tonnes") + "</w:tr>"
        "<w:tr>" + cell("Odesa") + cell("Wheat") + cell("120,000") + "</w:tr>"
        "<w:tr>" + cell("Chornomorsk") + cell("Maize") + cell("80,000") + "</w:tr>"
        "</w:tbl>",
        # A PAGE field: the instruction is not text, its result is.
        '<w:p><w:r><w:t xml:space="preserve">The next round of talks is set for Istanbul, the statement on page </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> said.</w:t></w:r></w:p>',
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/></w:sectPr>',
    ]
)

CABLE_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Ministers Agree on Grain Corridor</dc:title>
<dc:creator>Lena Fischer</dc:creator>
<cp:lastModifiedBy>Registry Clerk</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T08:15:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-04T17:40:00Z</dcterms:modified>
</cp:coreProperties>"""

HEADER = part(p("RUNNING-HEADER-CONFIDENTIAL"), "w:hdr")
FOOTER = part(p("RUNNING-FOOTER Page 1 of 2"), "w:ftr")
FOOTNOTES = part(
    '<w:footnote w:id="1">' + p("FOOTNOTE-TEXT Statement of 3 March.") + "</w:footnote>",
    "w:footnotes",
)

LOCALISED_BODY = "".join(
    [
        p("Parliament Backs Sanctions Review", "berschrift1"),
        p("By Anna Keller"),
        p("BERLIN, 12 May 2025"),
        '<w:sdt><w:sdtPr><w:alias w:val="Body"/></w:sdtPr><w:sdtContent>'
        + p("The Bundestag voted on Monday to review sanctions on imports of Russian steel, with 402 members in favour.")
        + p("The review will report to the chancellor by the end of September, officials said.")
        + "</w:sdtContent></w:sdt>",
        p("Next steps", "berschrift2"),
        p("Committees will hear industry groups in June before a final vote in the autumn."),
    ]
)


def write_docx(path: Path, parts: dict[str, str]) -> bytes:
    parts = {"[Content_Types].xml": content_types(list(parts)), **parts}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, WHEN)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return path.read_bytes()


def compound_file_naming(stream: str) -> bytes:
    """A minimal OLE compound file: header, one FAT sector, a directory sector with the
    root entry and one stream entry, and a filler sector."""
    header = bytearray(512)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<I", header, 0x3C, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x44, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x4C, 0)  # FAT in sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 0x4C + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<IIII", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE, 0xFFFFFFFF)

    def entry(name: str, kind: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0) + entry(stream, 2, 2, 512)
    directory += bytes(512 - len(directory))
    return bytes(header) + bytes(fat) + directory + bytes(512)


def main() -> None:
    cable = write_docx(
        OUT / "word-cable.docx",
        {
            "_rels/.rels": package_rels(core=True),
            "docProps/core.xml": CABLE_CORE,
            "word/_rels/document.xml.rels": DOCUMENT_RELS,
            "word/document.xml": part(CABLE_BODY),
            "word/styles.xml": styles("Heading1", title=True),
            "word/header1.xml": HEADER,
            "word/footer1.xml": FOOTER,
            "word/footnotes.xml": FOOTNOTES,
        },
    )
    write_docx(
        OUT / "word-localised-styles.docx",
        {
            "_rels/.rels": package_rels(core=False),
            "word/_rels/document.xml.rels": "\n".join(
                line for line in DOCUMENT_RELS.splitlines() if 'Id="rId' not in line or "styles" in line
            ),
            "word/document.xml": part(LOCALISED_BODY),
            "word/styles.xml": styles("berschrift1", title=False),
        },
    )
    (OUT / "word-encrypted.docx").write_bytes(compound_file_naming("EncryptedPackage"))
    (OUT / "word-truncated.docx").write_bytes(cable[: len(cable) // 2])


if __name__ == "__main__":
    main()
