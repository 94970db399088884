#!/usr/bin/env python3
"""Writes tests/fixtures/two-column-report.pdf: a two-column news report drawn line by
line across both columns (left line, right line, ...), as many layout programs write
it, so that text taken in drawing order interleaves the columns. Helvetica, no
embedded fonts; run from the repository root."""

TITLE = "Ministers Agree on Grain Corridor"
HEADER = ["By Lena Fischer", "GENEVA, 3 March 2025"]
LEFT = [
    "Foreign ministers of Turkey and Ukraine",
    "agreed on Monday in Geneva to reopen a",
    "grain corridor across the Black Sea, the",
    "Turkish Foreign Ministry said in a state-",
    "ment after the talks.",
    "",
    "The corridor will let ships carry wheat",
    "from Odesa to Istanbul under inspection",
    "by a joint team of officials.",
]
RIGHT = [
    "Ukrainian Foreign Minister Olena Marchuk",
    "said the first convoy could leave within",
    "two weeks if insurers agree to cover the",
    "ships, according to the statement.",
    "",
    "The United Nations welcomed the deal and",
    "said it would send observers to the port",
    "of Odesa next month to check the cargo.",
    "",
]


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def main():
    ops = ["BT /F1 18 Tf 50 740 Td (%s) Tj ET" % escape(TITLE)]
    y = 718
    for line in HEADER:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, escape(line)))
        y -= 13
    y -= 12
    for left, right in zip(LEFT, RIGHT):
        if left:
            ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, escape(left)))
        if right:
            ops.append("BT /F1 10 Tf 320 %d Td (%s) Tj ET" % (y, escape(right)))
        y -= 13
    content = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    with open("tests/fixtures/two-column-report.pdf", "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
