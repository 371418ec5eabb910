"""Lay a composed note out as a Word document with python-docx.

Plain styles only, so the official edits a normal draft: real headings (Title, Heading 1
and 2), bulleted paragraphs, real tables with a repeating header row, no text boxes. The
marking goes in every page's header (top right) and footer, the footer with the tracking
number and "Page N of M" (Word's PAGE and NUMPAGES fields); the document's properties carry
the title, author, subject and marking.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from engagetrack.interchange import briefing_text as t
from engagetrack.interchange.briefing_words import Block, Note

LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}
FIELD = re.compile(r"\{(page|pages)\}")


def write_docx(note: Note, path: Path) -> None:
    """Write the note to `path` (a .docx)."""
    doc = Document()
    _page(doc)
    _styles(doc, note.language)
    _mark_pages(doc, note)
    _properties(doc, note)
    for block in note.blocks:
        _block(doc, block)
    doc.save(str(path))


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # Letter, as in Canada
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = section.bottom_margin = Cm(2.2)


def _styles(doc: DocumentObject, lang: str) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    # the proofing language of every run, so Word checks French spelling in a French note
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            for old in rpr.findall(qn("w:lang")):
                rpr.remove(old)
            tag = OxmlElement("w:lang")
            tag.set(qn("w:val"), LANG_TAGS[lang])
            tag.set(qn("w:eastAsia"), LANG_TAGS[lang])
            rpr.append(tag)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) Word updates as it lays the pages out."""

    def fld(kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld("separate")
    paragraph.add_run(shown)
    fld("end")


def _mark_pages(doc: DocumentObject, note: Note) -> None:
    marking = t.marking(note.language, note.marking)
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(marking)
    run.bold = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bold = footer.add_run(marking)
    bold.bold = True
    footer.add_run(f"   {note.number}   ")
    template = t.TEXTS[note.language]["page"]
    pos = 0
    for match in FIELD.finditer(template):
        footer.add_run(template[pos : match.start()])
        _field(footer, "PAGE" if match.group(1) == "page" else "NUMPAGES", "1")
        pos = match.end()
    footer.add_run(template[pos:])


def _properties(doc: DocumentObject, note: Note) -> None:
    props = doc.core_properties
    props.title = note.title
    props.author = note.author
    props.last_modified_by = note.author
    props.subject = note.subject
    props.keywords = t.marking(note.language, note.marking)
    props.category = note.number
    props.language = LANG_TAGS[note.language]
    props.comments = f"{note.number}: {note.titles['en']} / {note.titles['fr']}"


def _block(doc: DocumentObject, block: Block) -> None:
    if block.kind == "title":
        doc.add_heading(block.text, level=0)
    elif block.kind == "heading":
        doc.add_heading(block.text, level=1)
    elif block.kind == "subheading":
        doc.add_heading(block.text, level=2)
    elif block.kind == "bullet":
        doc.add_paragraph(block.text, style="List Bullet")
    elif block.kind == "table":
        _table(doc, block)
    else:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = block.bold
        if block.kind == "line":
            paragraph.paragraph_format.space_after = Pt(0)


def _table(doc: DocumentObject, block: Block) -> None:
    table = doc.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    # the header row repeats on every page the table runs over
    trpr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    trpr.append(repeat)
    for cell, text in zip(head.cells, block.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    doc.add_paragraph()
