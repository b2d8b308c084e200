"""The shared machinery of every printed document (agenda, minutes, site-visit reports), on reportlab platypus.

A document is a story of flowables built by :class:`Document`, which gives every page what a document
that leaves the laptop needs, so no export has to remember it:

- every font embedded, including the canvas's initial one (no unembedded Helvetica), each run of text
  in the font that has its script (:mod:`facilitator.export.fonts`), Devanagari shaped;
- metadata (title, subject, issuing organisation as author, keywords) and the document language;
- a marking in every page's header (``Marking.label``: "Public", "Internal") and a footer line
  (``Marking.footer``: a version and fingerprint) with "Page 3 of 12";
- PDF bookmarks for every :func:`heading`, and a table of contents where :class:`Contents` is placed;
- the same inputs give the same bytes (a fixed creation date, reportlab's invariant mode), so an
  issued document can be made again byte for byte.

Use::

    from facilitator.export import pdf

    s = pdf.styles()
    story = [pdf.para("Minutes", s.title), pdf.Contents(s), pdf.heading("Attendance", 0, s), pdf.para(text, s.body)]
    data = pdf.Document(pdf.Metadata("Minutes", language="hi"), pdf.Marking("Public", footer=fp)).build(story)
    files.write_file(data, path)      # facilitator.export.files: checked first, written whole or not at all

The document template, styles, table and chart helpers are the whole API; their signatures stay stable.
"""

from facilitator.export.pdf.charts import Bar, BarChart
from facilitator.export.pdf.contents import Contents
from facilitator.export.pdf.document import Document, Marking, Metadata
from facilitator.export.pdf.styles import Styles, headed_blocks, heading, para, styles, table

__all__ = [
    "Bar",
    "BarChart",
    "Contents",
    "Document",
    "Marking",
    "Metadata",
    "Styles",
    "headed_blocks",
    "heading",
    "para",
    "styles",
    "table",
]
