#!/usr/bin/python3
"""Rebuild fonts/NotoSerifSC-Regular-subset.otf (and FandolSong-Regular-punct.otf, see the end) from Debian's fonts-noto-cjk (run once; the
result is committed). Keeps what a county's report can contain: every GBK character, all of CJK
Unified Ideographs and Extension A, the Extension B+ characters Noto SC has (rare characters of
place and person names, e.g. 𠀋), CJK and fullwidth punctuation, Latin-1 and common symbols.

Glyph ids: OpenPDF writes a character's glyph id as its CID, so in the embedded CID-keyed CFF
the CID of every glyph must equal its glyph id. A plain subset keeps Noto's original CIDs while
renumbering the glyphs, and OpenPDF then draws blank glyphs although text extraction looks
perfect. `--retain-gids` avoids that but keeps 65,535 glyph slots, which costs every PDF that
uses the font 100+ KB; instead this script renumbers the CIDs of the subset to its glyph ids.
--no-hinting drops 2 MB of hints that PDF viewers do not need at print resolution.

Usage (from the project root): /usr/bin/python3 fonts/subset.py
"""
import subprocess, sys, tempfile
from fontTools.ttLib import TTFont

TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
FACE = 2  # JP, KR, SC, TC, HK: SC is face 2
OUT = 'fonts/NotoSerifSC-Regular-subset.otf'

gbk = set()
for b1 in range(0x81, 0xFF):
    for b2 in range(0x40, 0xFF):
        if b2 != 0x7F:
            try:
                gbk.add(ord(bytes([b1, b2]).decode('gbk')))
            except UnicodeDecodeError:
                pass
cmap = TTFont(TTC, fontNumber=FACE, lazy=True).getBestCmap()
ranges = [(0x20, 0x7F), (0xA0, 0x100), (0x2000, 0x2070), (0x2100, 0x2300), (0x2460, 0x2500),
          (0x25A0, 0x2700), (0x3000, 0x3040), (0x3200, 0x3300), (0x3400, 0x4DC0), (0x4E00, 0xA000),
          (0xF900, 0xFB00), (0xFF00, 0xFFF0)]
want = set(gbk) | {c for c in cmap if c >= 0x20000}
for lo, hi in ranges:
    want |= set(range(lo, hi))
want &= set(cmap)
with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
    f.write('\n'.join('U+%04X' % c for c in sorted(want)))
subprocess.run([sys.executable, '-m', 'fontTools.subset', TTC, '--font-number=%d' % FACE,
                '--unicodes-file=' + f.name, "--name-IDs=*", "--name-languages=*",
                '--notdef-outline', '--layout-features=', '--no-hinting', '--output-file=' + OUT],
               check=True)

# CID := glyph id, in the CFF charset and in every table that names glyphs.
font = TTFont(OUT)
order = font.getGlyphOrder()
new = ['.notdef'] + ['cid%05d' % i for i in range(1, len(order))]
rename = dict(zip(order, new))
top = font['CFF '].cff.topDictIndex[0]
top.CharStrings.charStrings = {rename[k]: v for k, v in top.CharStrings.charStrings.items()}
top.charset = new
for t in font['cmap'].tables:
    if t.format == 14:
        t.uvsDict = {k: [(u, None if g is None else rename[g]) for u, g in v] for k, v in t.uvsDict.items()}
    else:
        t.cmap = {u: rename[g] for u, g in t.cmap.items()}
for tag in ('hmtx', 'vmtx'):
    if tag in font:
        font[tag].metrics = {rename[g]: m for g, m in font[tag].metrics.items()}
if 'VORG' in font:
    font['VORG'].VOriginRecords = {rename[g]: y for g, y in font['VORG'].VOriginRecords.items()}
font.setGlyphOrder(new)
font.save(OUT)
print(len(want), 'characters ->', OUT)

# 宋体 is only the page numbers' font: a few hundred digits and signs of FandolSong-Regular
# (texlive-lang-chinese) instead of 5 MB; with --retain-gids OpenPDF draws it correctly and it stays 143 KB.
FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf'
subprocess.run([sys.executable, '-m', 'fontTools.subset', FANDOL,
                '--unicodes=U+20-7E,U+A0-FF,U+2000-206F,U+2100-214F,U+2160-217F,U+2460-24FF,U+3000-303F,U+FF00-FFEF',
                '--retain-gids', "--name-IDs=*", "--name-languages=*", '--notdef-outline',
                '--layout-features=', '--output-file=fonts/FandolSong-Regular-punct.otf'], check=True)
