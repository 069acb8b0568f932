"""Shared helpers for the corpus-blind5 generator.

Everything here only wraps hand-written texts: Luhn-valid card numbers,
tiny binary attachments (PDF, PNG, JPEG, GIF, DOCX, ICS) and RFC 5322 /
MIME assembly (8bit, quoted-printable, base64, RFC 2047 encoded words).
Output is deterministic: no clock, no unseeded randomness.
"""
import base64
import binascii
import hashlib
import io
import struct
import zipfile
import zlib


# ---------------------------------------------------------------- cards
def luhn_digit(partial):
    """Check digit to append to `partial` (string of digits)."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    digits = [c for c in number if c.isdigit()]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(prefix, groups, sep=" "):
    """Complete `prefix` with a Luhn digit and format it in `groups`."""
    full = prefix + luhn_digit(prefix)
    out, pos = [], 0
    for g in groups:
        out.append(full[pos:pos + g])
        pos += g
    assert pos == len(full), (prefix, groups)
    s = sep.join(out)
    assert luhn_ok(s)
    return s


def not_luhn(prefix, groups, sep=" "):
    """Same shape as a card number but with a deliberately wrong check digit."""
    good = luhn_digit(prefix)
    bad = str((int(good) + 3) % 10)
    full = prefix + bad
    out, pos = [], 0
    for g in groups:
        out.append(full[pos:pos + g])
        pos += g
    s = sep.join(out)
    assert not luhn_ok(s)
    return s


# Card numbers used by PHI messages (all Luhn-valid, computed here).
CARDS = {
    "visa_sp": card("453914880343646", (4, 4, 4, 4)),
    "mc_dash": card("542523343010990", (4, 4, 4, 4), "-"),
    "amex": card("37142206583901", (4, 6, 5)),
    "disc_dash": card("601100478812342", (4, 4, 4, 4), "-"),
    "visa_plain": card("411176540923118", (16,), ""),
    "mc2_sp": card("222300481277405", (4, 4, 4, 4)),
    "visa_email": card("448206117754930", (4, 4, 4, 4)),
}
# Look-alike numbers used by CLEAN messages (Luhn-invalid on purpose).
NOT_CARDS = {
    "conf16": not_luhn("440199210038761", (4, 4, 4, 4)),
    "ref16": not_luhn("401288102233445", (4, 4, 4, 4)),
    "gift16": not_luhn("603571004418223", (16,), ""),
}


# ---------------------------------------------------------- attachments
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 748 Td 15 TL\n" + "".join(
        "(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += b"".join(("%010d 00000 n \n" % o).encode() for o in offsets)
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


def make_png(w, h, rgb, rgb2=None):
    """Solid (or two-band) RGB PNG."""
    rows = b""
    for y in range(h):
        c = rgb if (rgb2 is None or y < h // 2) else rgb2
        rows += b"\x00" + bytes(c) * w

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def make_jpeg():
    """Smallest sensible baseline JPEG: one 8x8 mid-grey block."""
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb\x00\x43\x00" + b"\x01" * 64
    sof = b"\xff\xc0\x00\x0b\x08\x00\x08\x00\x08\x01\x01\x11\x00"
    counts = b"\x01" + b"\x00" * 15
    dht_dc = b"\xff\xc4\x00\x14\x00" + counts + b"\x00"
    dht_ac = b"\xff\xc4\x00\x14\x10" + counts + b"\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    data = b"\x3f"
    return soi + app0 + dqt + sof + dht_dc + dht_ac + sos + data + b"\xff\xd9"


def make_gif():
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
            b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def make_docx(paragraphs):
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def make_ics(uid, summary, start, end, location, description):
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//blind5//scheduler//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250101T000000Z",
        "DTSTART:" + start, "DTEND:" + end, "SUMMARY:" + summary,
        "LOCATION:" + location, "DESCRIPTION:" + description,
        "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME_OF = {
    "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "gif": "image/gif", "ics": "text/calendar; method=REQUEST",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain", "csv": "text/csv", "heic": "image/heic",
}


# ------------------------------------------------------------ headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_word(text, mode="B", charset="UTF-8"):
    """RFC 2047 encoded words, each at most 75 chars, folded with CRLF SP."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if mode == "B":
            enc = base64.b64encode(trial.encode("utf-8")).decode()
        else:
            enc = _q(trial)
        if len("=?%s?%s?%s?=" % (charset, mode, enc)) > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        enc = base64.b64encode(w.encode("utf-8")).decode() if mode == "B" else _q(w)
        out.append("=?%s?%s?%s?=" % (charset, mode, enc))
    return "\r\n ".join(out)


def _q(s):
    out = ""
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out += "_"
        elif (c.isalnum() and b < 128) or c in "!*+-/":
            out += c
        else:
            out += "=%02X" % b
    return out


def addr(name, email):
    if not name:
        return email
    if not _is_ascii(name):
        return "%s <%s>" % (encode_word(name, "B"), email)
    if any(c in name for c in '(),.:;<>@[]"\\'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


# --------------------------------------------------------------- bodies
def encode_body(text, cte, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte in ("7bit", "8bit"):
        out = raw.decode(charset)
    elif cte == "quoted-printable":
        out = binascii.b2a_qp(raw, quotetabs=False, istext=True).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    return out.replace("\n", "\r\n").rstrip("\r\n") + "\r\n"


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def leaf(ctype, text, cte, charset="utf-8"):
    head = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n" % (
        ctype, charset, cte)
    return head, encode_body(text, cte, charset)


def build_email(m, key):
    """Assemble one message dict into RFC 5322 text (str with CRLF)."""
    seq = [0]

    def boundary():
        seq[0] += 1
        return "=_b5_%s_%d_%s" % (key, seq[0], hashlib.sha1((key + str(seq[0])).encode()).hexdigest()[:10])

    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "8bit")
    text_part = leaf("text/plain", m["body"], cte, charset)

    if m.get("html"):
        html_cte = m.get("html_cte", cte)
        html_part = leaf("text/html", m["html"], html_cte, charset)
        if m.get("inline"):
            b = boundary()
            parts = [html_part]
            for cid, fname, data in m["inline"]:
                ext = fname.rsplit(".", 1)[1].lower()
                h = ("Content-Type: %s; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n"
                     "Content-ID: <%s>\r\nContent-Disposition: inline; filename=\"%s\"\r\n"
                     % (MIME_OF[ext], fname, cid, fname))
                parts.append((h, b64_lines(data)))
            html_part = multipart("related", b, parts, 'type="text/html"')
        b = boundary()
        body_part = multipart("alternative", b, [text_part, html_part])
    else:
        body_part = text_part

    if m.get("att"):
        b = boundary()
        parts = [body_part]
        for fname, data in m["att"]:
            ext = fname.rsplit(".", 1)[1].lower()
            ctype = MIME_OF[ext]
            fn = fname if _is_ascii(fname) else encode_word(fname, "B")
            h = ("Content-Type: %s; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n"
                 "Content-Disposition: attachment; filename=\"%s\"\r\n" % (ctype, fn, fn))
            parts.append((h, b64_lines(data)))
        top = multipart("mixed", b, parts)
    else:
        top = body_part

    subj = m["subj"]
    if m.get("subj_enc"):
        subj = encode_word(subj, m["subj_enc"])
    elif not _is_ascii(subj):
        subj = encode_word(subj, "B")

    frm_name, frm_addr = m["frm"]
    to_name, to_addr = m["to"]
    domain = frm_addr.split("@", 1)[1]
    msgid = "<%s.%s@%s>" % (key, hashlib.sha1((m["subj"] + m["body"]).encode("utf-8")).hexdigest()[:16], domain)

    headers = [
        ("From", addr(frm_name, frm_addr)),
        ("To", addr(to_name, to_addr)),
    ]
    if m.get("cc"):
        headers.append(("Cc", addr(*m["cc"])))
    headers += [
        ("Subject", subj),
        ("Date", m["date"]),
        ("Message-ID", msgid),
    ]
    for k, v in m.get("hdr", []):
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    out = "".join("%s: %s\r\n" % kv for kv in headers)
    h, body = top
    return out + h + "\r\n" + body


def multipart(sub, b, parts, extra=None):
    ct = "Content-Type: multipart/%s; boundary=\"%s\"" % (sub, b)
    if extra:
        ct += "; " + extra
    head = ct + "\r\n"
    body = "This is a multi-part message in MIME format.\r\n\r\n" if sub == "mixed" else ""
    for h, content in parts:
        body += "--%s\r\n%s\r\n%s" % (b, h, content)
        if not content.endswith("\r\n"):
            body += "\r\n"
    body += "--%s--\r\n" % b
    return head, body


def html_doc(brand, inner, preheader=None, color="#3d5a80"):
    """A plain newsletter-style HTML shell; `inner` is hand-written HTML."""
    pre = ""
    if preheader:
        pre = ('<div style="display:none;max-height:0;overflow:hidden;opacity:0;'
               'mso-hide:all;font-size:1px;color:#ffffff;">%s</div>\n' % preheader)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width\">\n<title>%s</title>\n</head>\n"
        "<body style=\"margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;\">\n"
        "%s"
        "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
        "<tr><td align=\"center\" style=\"padding:24px 0;\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;\">\n"
        "<tr><td style=\"background:%s;color:#ffffff;padding:18px 24px;font-size:20px;\">%s</td></tr>\n"
        "<tr><td style=\"padding:24px;font-size:15px;line-height:1.5;color:#222222;\">\n%s\n</td></tr>\n"
        "<tr><td style=\"padding:12px 24px;font-size:11px;color:#888888;\">You are receiving this email from %s. "
        "<a href=\"https://example.com/unsubscribe\">Unsubscribe</a></td></tr>\n"
        "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
        % (brand, pre, color, brand, inner, brand))
