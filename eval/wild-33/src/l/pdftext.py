#!/usr/bin/env python3
"""Plain-text extraction of a Chromium/Skia PDF with the Python standard library only.

Good enough for the self-check: objects are read by their /Length, FlateDecode streams
are inflated with zlib, each font's /ToUnicode CMap (bfchar, bfrange) maps the
two-byte glyph codes of Tj/TJ strings back to text, and a new line is started when the
text matrix moves down.  Used when pdftotext (poppler) is not on the machine."""
import re
import sys
import zlib

OBJ_RE = re.compile(rb'(\d+)\s+(\d+)\s+obj\b')


def read_objects(data):
    objs = {}
    pos = 0
    while True:
        m = OBJ_RE.search(data, pos)
        if not m:
            break
        num = int(m.group(1))
        start = m.end()
        s = data.find(b'stream', start)
        e = data.find(b'endobj', start)
        if s != -1 and (e == -1 or s < e):
            head = data[start:s]
            lm = re.search(rb'/Length\s+(\d+)(\s+\d+\s+R)?', head)
            body_start = s + len(b'stream')
            if data[body_start:body_start + 2] == b'\r\n':
                body_start += 2
            elif data[body_start:body_start + 1] in (b'\n', b'\r'):
                body_start += 1
            if lm and not lm.group(2):
                raw = data[body_start:body_start + int(lm.group(1))]
            else:
                raw = data[body_start:data.find(b'endstream', body_start)]
            end_raw = body_start + len(raw)
            if b'/FlateDecode' in head:
                try:
                    raw = zlib.decompress(raw)
                except zlib.error:
                    raw = b''
            objs[num] = (head, raw)
            pos = data.find(b'endobj', end_raw)
            pos = pos + 6 if pos != -1 else end_raw
        else:
            objs[num] = (data[start:e], None)
            pos = e + 6
    return objs


def parse_cmap(raw):
    cmap = {}
    txt = raw.decode('latin-1')
    for block in re.findall(r'beginbfchar(.*?)endbfchar', txt, re.S):
        for src, dst in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', block):
            cmap[int(src, 16)] = bytes.fromhex(dst).decode('utf-16-be', 'replace')
    for block in re.findall(r'beginbfrange(.*?)endbfrange', txt, re.S):
        for a, b, rest in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)', block):
            lo, hi = int(a, 16), int(b, 16)
            if rest.startswith('['):
                dsts = re.findall(r'<([0-9A-Fa-f]+)>', rest)
                for i, d in enumerate(dsts):
                    cmap[lo + i] = bytes.fromhex(d).decode('utf-16-be', 'replace')
            else:
                base = bytes.fromhex(rest[1:-1])
                bval = int.from_bytes(base, 'big')
                for i in range(hi - lo + 1):
                    cmap[lo + i] = (bval + i).to_bytes(len(base), 'big').decode('utf-16-be', 'replace')
    return cmap


def ref(head, key):
    m = re.search(rb'/' + key + rb'\s+(\d+)\s+\d+\s+R', head)
    return int(m.group(1)) if m else None


def page_fonts(head, objs):
    fonts = {}
    m = re.search(rb'/Font\s*<<(.*?)>>', head, re.S)
    if not m:
        r = ref(head, b'Font')
        if r is None:
            return fonts
        m = re.search(rb'<<(.*)>>', objs[r][0], re.S)
    for name, num in re.findall(rb'/([A-Za-z0-9_.+-]+)\s+(\d+)\s+\d+\s+R', m.group(1)):
        fh = objs.get(int(num), (b'', None))[0]
        tu = ref(fh, b'ToUnicode')
        cmap = parse_cmap(objs[tu][1]) if tu and objs.get(tu, (0, None))[1] else {}
        width = 2 if re.search(rb'/Subtype\s*/Type0', fh) else 1
        fonts[name.decode()] = (cmap, width)
    return fonts


TOK = re.compile(rb'<([0-9A-Fa-f\s]*)>|\((?:\\.|[^\\)])*\)|\[|\]|/[^\s/\[\]()<>]+|[-+]?\d*\.?\d+|[A-Za-z\'"*]+')


def decode_hex(h, font):
    cmap, width = font
    h = re.sub(rb'\s', b'', h)
    step = 2 * width
    out = []
    for i in range(0, len(h) - step + 1, step):
        code = int(h[i:i + step], 16)
        out.append(cmap.get(code, ''))
    return ''.join(out)


def content_text(raw, fonts):
    lines, cur = [], []
    font = ({}, 2)
    actual = None
    stack = []
    last_y = None
    for m in TOK.finditer(raw):
        t = m.group(0)
        if t.startswith(b'<'):
            stack.append(('hex', m.group(1)))
        elif t in (b'[', b']'):
            stack.append(('br', t))
        elif t.startswith(b'/'):
            stack.append(('name', t[1:].decode()))
        elif t.startswith(b'('):
            stack.append(('str', t))
        elif re.fullmatch(rb'[-+]?\d*\.?\d+', t):
            stack.append(('num', float(t)))
        else:
            op = t.decode()
            if op == 'Tf':
                names = [v for k, v in stack if k == 'name']
                if names:
                    font = fonts.get(names[-1], ({}, 2))
            elif op == 'BDC':
                names = [v for k, v in stack if k == 'name']
                hexes = [v for k, v in stack if k == 'hex']
                if 'ActualText' in names and hexes:
                    actual = bytes.fromhex(re.sub(rb'\s', b'', hexes[-1]).decode()).decode('utf-16', 'replace')
            elif op == 'EMC':
                if actual is not None:
                    cur.append(actual)
                    actual = None
            elif op in ('Tj', "'", '"', 'TJ'):
                if actual is None:
                    cur.append(''.join(decode_hex(v, font) for k, v in stack if k == 'hex'))
            elif op in ('Tm', 'Td', 'TD'):
                nums = [v for k, v in stack if k == 'num']
                y = nums[-1] if nums else None
                if op == 'Tm' and y is not None:
                    if last_y is not None and abs(y - last_y) > 1 and cur:
                        lines.append(''.join(cur))
                        cur = []
                    last_y = y
                elif op in ('Td', 'TD') and y and abs(y) > 1 and cur:
                    lines.append(''.join(cur))
                    cur = []
            elif op == 'T*' and cur:
                lines.append(''.join(cur))
                cur = []
            stack = []
    if cur:
        lines.append(''.join(cur))
    return '\n'.join(lines)


def extract(path):
    data = open(path, 'rb').read()
    objs = read_objects(data)
    pages_root = None
    for num, (head, raw) in objs.items():
        if re.search(rb'/Type\s*/Pages\b', head) and b'/Parent' not in head:
            pages_root = num
    order = []

    def walk(n):
        head = objs[n][0]
        if re.search(rb'/Type\s*/Pages\b', head):
            kids = re.search(rb'/Kids\s*\[(.*?)\]', head, re.S).group(1)
            for k in re.findall(rb'(\d+)\s+\d+\s+R', kids):
                walk(int(k))
        else:
            order.append(n)
    walk(pages_root)
    texts = []
    for n in order:
        head = objs[n][0]
        fonts = page_fonts(head, objs)
        cm = re.search(rb'/Contents\s*(\[(.*?)\]|(\d+)\s+\d+\s+R)', head, re.S)
        nums = [int(x) for x in re.findall(rb'(\d+)\s+\d+\s+R', cm.group(0))]
        raw = b'\n'.join(objs[x][1] or b'' for x in nums)
        texts.append(content_text(raw, fonts))
    return '\f'.join(texts)


if __name__ == '__main__':
    sys.stdout.write(extract(sys.argv[1]) + '\n')
