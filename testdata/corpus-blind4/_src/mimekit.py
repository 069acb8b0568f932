"""Deterministic MIME wrapping for the corpus-blind4 generator.

Message texts are hand-written in the data modules; this file only wraps
them into RFC 5322 / MIME messages (headers, encodings, multiparts) and
makes tiny, valid, deterministic attachment payloads (JPEG, PNG, PDF,
ICS, VCF).  No randomness: boundaries and Message-IDs derive from hashes
of the content, so re-running produces byte-identical files.
"""
import base64
import datetime as _dt
import hashlib
import quopri
import struct
import zlib
from email.utils import format_datetime


# --------------------------------------------------------------------------
# small helpers

def when(stamp, tz="-0700"):
    """'2024-05-14 09:12' -> RFC 5322 date with a correct weekday."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(
        tzinfo=_dt.timezone(off), second=int(hashlib.md5(stamp.encode()).hexdigest()[:2], 16) % 60)
    return format_datetime(dt)


def _h(*parts):
    m = hashlib.sha1()
    for p in parts:
        m.update(p.encode("utf-8") if isinstance(p, str) else p)
    return m.hexdigest()


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(text, mode="B"):
    """RFC 2047 encoded-word(s), split on character boundaries, folded."""
    words, chunk = [], ""
    limit = 45 if mode == "B" else 40
    for ch in text:
        if len((chunk + ch).encode("utf-8")) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode("utf-8")
        if mode == "B":
            out.append("=?UTF-8?B?" + base64.b64encode(b).decode() + "?=")
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                elif c in "!*+-/" and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?UTF-8?Q?" + q + "?=")
    return "\n ".join(out)


def header_value(text, mode=None):
    if mode:
        return encoded_word(text, mode)
    if not is_ascii(text):
        return encoded_word(text, "B")
    return text


def addr(display, email, mode=None):
    if not display:
        return email
    if is_ascii(display):
        if any(c in display for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (display, email)
        return "%s <%s>" % (display, email)
    return "%s <%s>" % (encoded_word(display, mode or "B"), email)


# --------------------------------------------------------------------------
# body encodings

def encode_body(text, cte):
    """Return (cte_header_value, encoded_text)."""
    if cte == "auto":
        cte = "7bit" if is_ascii(text) else "8bit"
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not is_ascii(text):
            cte = "8bit"
        return cte, text if text.endswith("\n") else text + "\n"
    raw = text.encode("utf-8")
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return cte, enc if enc.endswith("\n") else enc + "\n"
    if cte == "base64":
        return cte, base64.encodebytes(raw).decode("ascii")
    if cte == "raw-qp":  # hand-written QP text passed through verbatim
        return "quoted-printable", text if text.endswith("\n") else text + "\n"
    raise ValueError(cte)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


# --------------------------------------------------------------------------
# tiny deterministic payloads

def make_png(seed, w=6, h=4):
    dig = hashlib.sha1(seed.encode()).digest()
    rgb = bytes(dig[:3])
    raw = b"".join(b"\x00" + rgb * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg(seed):
    """16x16 baseline greyscale JPEG, one-symbol Huffman tables, flat grey."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xFE, ("phigate corpus " + seed).encode("ascii", "replace"))
    out += seg(0xDB, b"\x00" + bytes([1] * 64))
    out += seg(0xC0, b"\x08" + struct.pack(">HH", 16, 16) + b"\x01" + b"\x01\x11\x00")
    bits = bytes([1] + [0] * 15)
    out += seg(0xC4, b"\x00" + bits + b"\x00")   # DC table 0: symbol 0 -> '0'
    out += seg(0xC4, b"\x10" + bits + b"\x00")   # AC table 0: EOB -> '0'
    out += seg(0xDA, b"\x01" + b"\x01\x00" + b"\x00\x3f\x00")
    out += b"\x00"                                # 4 blocks x ('0' DC, '0' EOB)
    out += b"\xff\xd9"
    return out


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 56 760 Td 14 TL (%s) Tj" % esc(title)
    for ln in lines:
        text += " T* (%s) Tj" % esc(ln)
    text += " ET"
    stream = text.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def make_ics(uid, start, end, summary, location, organizer):
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//phigate corpus//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T000000Z",
        "DTSTART:" + start, "DTEND:" + end, "SUMMARY:" + summary,
        "LOCATION:" + location, "ORGANIZER:mailto:" + organizer,
        "END:VEVENT", "END:VCALENDAR", ""])


def make_vcf(name, org, tel, email, adr):
    return "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "FN:" + name, "ORG:" + org, "TEL;TYPE=WORK:" + tel,
        "EMAIL:" + email, "ADR;TYPE=WORK:;;" + adr, "END:VCARD", ""])


# --------------------------------------------------------------------------
# message assembly

def text_to_html(text, preheader=None, title=""):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = ""
    for p in paras:
        lines = [ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for ln in p.split("\n")]
        body += "<p>" + "<br>\n".join(lines) + "</p>\n"
    pre = ""
    if preheader:
        pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;'
               'font-size:1px;color:#ffffff;">%s</div>\n' % preheader)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;\">\n%s%s</body></html>\n"
            % (title.replace("&", "&amp;").replace("<", "&lt;"), pre, body))


class Part:
    def __init__(self, ctype, payload, cte="auto", disposition=None, filename=None, cid=None, params=""):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.disposition, self.filename, self.cid, self.params = disposition, filename, cid, params

    def render(self):
        hdr = []
        if isinstance(self.payload, bytes):
            ctype = self.ctype + (('; name="%s"' % self.filename) if self.filename else "")
            hdr.append("Content-Type: " + ctype)
            hdr.append("Content-Transfer-Encoding: base64")
            body = b64(self.payload)
        else:
            cte, body = encode_body(self.payload, self.cte)
            ctype = self.ctype + "; charset=\"utf-8\"" + self.params
            if self.filename:
                ctype += '; name="%s"' % self.filename
            hdr.append("Content-Type: " + ctype)
            hdr.append("Content-Transfer-Encoding: " + cte)
        if self.cid:
            hdr.append("Content-ID: <%s>" % self.cid)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; filename="%s"' % self.filename
            hdr.append("Content-Disposition: " + d)
        return hdr, body


class Multi:
    def __init__(self, subtype, parts, seed):
        self.subtype, self.parts = subtype, parts
        self.boundary = "----=_Part_%s" % _h(seed, subtype)[:24]

    def render(self):
        hdr = ['Content-Type: multipart/%s;\n boundary="%s"' % (self.subtype, self.boundary)]
        out = "This is a multi-part message in MIME format.\n\n" if self.subtype == "mixed" else ""
        for p in self.parts:
            ph, pb = p.render()
            out += "--%s\n%s\n\n%s" % (self.boundary, "\n".join(ph), pb)
            if not pb.endswith("\n"):
                out += "\n"
        out += "--%s--\n" % self.boundary
        return hdr, out


def attachment(spec, seed):
    """spec: (kind, filename, *args)."""
    kind, fn = spec[0], spec[1]
    if kind == "jpg":
        return Part("image/jpeg", make_jpeg(seed + fn), disposition="attachment", filename=fn)
    if kind == "jpg-inline":
        return Part("image/jpeg", make_jpeg(seed + fn), disposition="inline", filename=fn, cid=spec[2])
    if kind == "png":
        return Part("image/png", make_png(seed + fn), disposition="attachment", filename=fn)
    if kind == "png-inline":
        return Part("image/png", make_png(seed + fn), disposition="inline", filename=fn, cid=spec[2])
    if kind == "pdf":
        return Part("application/pdf", make_pdf(spec[2], spec[3]), disposition="attachment", filename=fn)
    if kind == "ics":
        data = make_ics(*spec[2]).encode("utf-8")
        return Part("text/calendar; method=REQUEST", data, disposition="attachment", filename=fn)
    if kind == "vcf":
        data = make_vcf(*spec[2]).encode("utf-8")
        return Part("text/vcard", data, disposition="attachment", filename=fn)
    raise ValueError(kind)


def build_email(m, index_seed):
    """m: dict produced by the data modules' E(...) helper."""
    seed = index_seed + m["subject"] + m["date"]
    # ---- body tree
    text_part = None
    if not m.get("html_only"):
        text_part = Part("text/plain", m["body"], m.get("enc", "auto"))
    html_part = None
    if m.get("html") is not None or m.get("html_only") or m.get("preheader"):
        html = m.get("html")
        if html is None:
            html = text_to_html(m["body"], m.get("preheader"), m["subject"])
        html_part = Part("text/html", html, m.get("html_enc", m.get("enc", "auto")))
    inline = [attachment(a, seed) for a in m.get("inline", [])]
    atts = [attachment(a, seed) for a in m.get("atts", [])]

    if html_part and inline:
        html_node = Multi("related", [html_part] + inline, seed + "rel")
    else:
        html_node = html_part
    if text_part and html_node:
        body_node = Multi("alternative", [text_part, html_node], seed + "alt")
    else:
        body_node = text_part or html_node
    if atts:
        body_node = Multi("mixed", [body_node] + atts, seed + "mix")

    # ---- headers
    frm_domain = m["from"].rsplit("@", 1)[1].rstrip(">")
    hdrs = []
    if m.get("received"):
        hdrs.append(m["received"])
    hdrs.append("From: " + m["from"])
    hdrs.append("To: " + m["to"])
    if m.get("cc"):
        hdrs.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + m["reply_to"])
    hdrs.append("Subject: " + header_value(m["subject"], m.get("subj_enc")))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: <%s.%s@%s>" % (_h(seed)[:12], _h(seed, "x")[:8], frm_domain))
    for k, v in m.get("extra", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")
    bh, bb = body_node.render()
    out = "\n".join(hdrs + bh) + "\n\n" + bb
    if m.get("crlf"):
        out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    return out.encode("utf-8")
