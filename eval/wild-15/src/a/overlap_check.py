#!/usr/bin/env python3
"""Lists runs of >= 22 normalised characters that r1_/r2_/r3_ raw texts share with the seeds,
shared/corpus/more/raw and wild-14/raw (to catch copied sentences)."""
import glob, re, unicodedata
def txt(p):
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(x.extract_text() for x in pypdf.PdfReader(p).pages)
    b = open(p, 'rb').read()
    for e in ('utf-8-sig', 'cp932'):
        try: return b.decode(e)
        except UnicodeDecodeError: pass
def n(t):
    t = re.sub(r'<[^>]+>', '', t); t = unicodedata.normalize('NFKC', t); return re.sub(r'\s+', '', t)
refs = {p: n(txt(p)) for p in glob.glob('/work/shared/corpus/seeds/*') + glob.glob('/work/shared/corpus/more/raw/*') + glob.glob('/work/main/eval/wild-14/raw/*')}
W = 22
for p in sorted(glob.glob('/work/main/eval/wild-15/raw/r[123]_*')):
    t = n(txt(p)); i = 0; out = []
    while i < len(t) - W:
        if any(t[i:i+W] in v for v in refs.values()):
            j = i + W
            while j < len(t) and any(t[i:j+1] in v for v in refs.values()): j += 1
            out.append(t[i:j]); i = j
        else: i += 1
    print(p.split('/')[-1], out)
