"""The page-corpus machine: our stories typeset as real PDF pages, dumped by real extractors.

One module per job, in the order data flows:

- `stories`: load the corpus stories and split them by article into train/dev/test.
- `model`: the page specification every later stage reads (bands, cells, blocks, style).
- `printed`: what a block prints, piece by piece, the same for every typesetter.
- `designs`: page designs that compose stories of one split into a page specification.
- `typeset_reportlab`, `typeset_chromium`: the two typesetters (page specification to PDF).
- `extractors`: pdftotext, pdfminer.six and pypdfium2 over a PDF.
- `locate`: where each line of a dump comes from in the gold (shared by gold, overlays, detection).
- `overlays`: damage laid over a dump (fake bold, letter spacing, blank lines, re-wrapping).
- `gold`: the gold page and the entity gold of a page specification.
- `manifest`: the damage kinds of each file and the corpus manifest.
- `build`: the whole run, in parallel.
"""
