import base64, quopri, random, zlib, struct, html as htmlmod
from email.header import Header
from email.utils import formatdate, make_msgid
import datetime

R = random.Random(20250611)

PRACTICES = [
    # name, domain, sender local, signature lines
    ("Lumen Skin & Laser Center", "lumenskinlaser.com", "frontdesk",
     "Lumen Skin & Laser Center\n4410 Greenway Blvd, Suite 200, Austin, TX 78731\n(512) 555-0142"),
    ("Harbor Plastic Surgery Associates", "harborpsa.com", "info",
     "Harbor Plastic Surgery Associates\n18 Wharf St, Suite 5, Portland, ME 04101\nP: 207-555-0188 | F: 207-555-0189"),
    ("Bellavista Med Spa", "bellavistamedspa.com", "hello",
     "Bellavista Med Spa\n901 Ocean Dr, Miami Beach, FL 33139\n305.555.0117 | @bellavistamedspa"),
    ("Northgate Dermatology", "northgatederm.com", "office",
     "Northgate Dermatology\n2250 N Lincoln Ave, Chicago, IL 60614\n(773) 555-0163"),
    ("Contour Aesthetic Institute", "contourai.com", "concierge",
     "Contour Aesthetic Institute\n77 Scottsdale Rd, Scottsdale, AZ 85251\n480-555-0190"),
    ("Evergreen Vein & Laser", "evergreenveinlaser.com", "scheduling",
     "Evergreen Vein & Laser\n1300 Pike St, Seattle, WA 98101\n(206) 555-0125"),
    ("Radiance MD Medical Spa", "radiancemdspa.com", "team",
     "Radiance MD Medical Spa\n5 Peachtree Pl NE, Atlanta, GA 30309\n404-555-0151 · radiancemdspa.com"),
    ("Summit Men's Health", "summitmenshealth.com", "care",
     "Summit Men's Health\n640 Colfax Ave, Denver, CO 80203\n(303) 555-0177"),
    ("Westlake Dermatology & Cosmetic Surgery", "westlakedcs.com", "patientcare",
     "Westlake Dermatology & Cosmetic Surgery\n2200 Westlake Ave, Suite 310, Seattle, WA 98121\n(206) 555-0133"),
    ("Clínica Bella Piel", "bellapielclinica.com", "citas",
     "Clínica Bella Piel\n3120 W 26th St, Chicago, IL 60623\n(773) 555-0108 · Hablamos español"),
    ("Pacific Facial Plastics", "pacificfacialplastics.com", "frontdesk",
     "Pacific Facial Plastics\n450 Sutter St, Floor 9, San Francisco, CA 94108\n415-555-0199"),
    ("Glow Bar Aesthetics", "glowbaraesthetics.com", "hi",
     "xo, The Glow Bar Team\nGlow Bar Aesthetics · 212 Main St, Franklin, TN 37064\n615-555-0147"),
]

STAFF = ["Jenna", "Maddie", "Rosa", "Tia", "Brianna", "Carlos", "Denise", "Alyssa", "Kate", "Marisa",
         "Lupe", "Shannon", "Nicole", "Tasha", "Ellie", "Gabriela", "Hannah", "Monique"]
ROLES = ["Front Desk", "Patient Coordinator", "Billing Office", "Practice Manager", "RN",
         "Nurse Injector", "Marketing Coordinator", "Surgical Coordinator", "Patient Care Team"]

# recipients NOT in the directory (safe for clean)
OTHER_PEOPLE = ["Dana Whitmore", "Kara Lindgren", "Jessica Tran", "Michael Obi", "Sarah Goldstein",
    "Luis Herrera", "Emily Park", "Tanya Rivers", "Brandon Cole", "Ana Lucía Morales", "Rebecca Stein",
    "Jordan Ellis", "Nadia Karimi", "Chris Albright", "Valeria Soto", "Megan O'Brien", "Hiro Tanaka",
    "Patricia Gómez", "Olivia Hartman", "Derek Nguyen", "Maya Feldman", "Josefina Ortiz", "Ethan Brooks",
    "Claire Dubois", "Imani Carter", "Lauren Mitchell", "Sofia Bianchi", "Grace Oduya"]

def addr_for(name):
    base = name.lower().replace("'", "").replace(" ", ".").replace("á","a").replace("é","e").replace("í","i").replace("ó","o").replace("ú","u").replace("ñ","n")
    dom = R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com", "comcast.net"])
    return f"{base}{R.choice(['', '', str(R.randint(1,99))])}@{dom}"

def rand_date():
    start = datetime.datetime(2024, 1, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    d = start + datetime.timedelta(minutes=R.randint(0, 60*24*520))
    d = d.replace(hour=R.randint(7, 19))
    return formatdate(d.timestamp(), localtime=False).replace("-0000", R.choice(["-0500", "-0600", "-0700", "-0800", "-0400"]))

def luhn_complete(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    check = (10 - s % 10) % 10
    return "".join(map(str, digits + [check]))

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

def png_bytes(w=8, h=8):
    raw = b"".join(b"\x00" + bytes([R.randint(150, 255), R.randint(100, 200), R.randint(90, 180)] * w) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")

JPEG_1x1 = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")

def pdf_bytes(text):
    t = text.replace("(", "[").replace(")", "]")
    stream = f"BT /F1 11 Tf 50 750 Td ({t}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs: out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def enc_subject(s, mode):
    if mode == "b":
        chunks = []; cur = ""
        for ch in s:
            if len((cur + ch).encode("utf-8")) > 42:
                chunks.append(cur); cur = ""
            cur += ch
        if cur: chunks.append(cur)
        return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?=" for c in chunks)
    if mode == "q":
        b = s.encode("utf-8"); out = ""
        for ch in b:
            c = chr(ch)
            if c.isalnum() and ch < 128: out += c
            elif c == " ": out += "_"
            else: out += "=%02X" % ch
        # split into encoded words of <= ~60 chars
        words = []; cur = ""
        i = 0
        while i < len(out):
            step = 3 if out[i] == "=" else 1
            if len(cur) + step > 50:
                words.append(cur); cur = ""
            cur += out[i:i+step]; i += step
        if cur: words.append(cur)
        return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def qp(text):
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")

def b64(data):
    if isinstance(data, str): data = data.encode("utf-8")
    e = base64.b64encode(data).decode()
    return "\r\n".join(e[i:i+76] for i in range(0, len(e), 76))

def body_part(text, subtype, cte):
    text = text.replace("\r\n", "\n")
    h = f"Content-Type: text/{subtype}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    if cte == "quoted-printable": return h + qp(text)
    if cte == "base64": return h + b64(text)
    if cte == "8bit": return h + text.replace("\n", "\r\n")
    return h + text.replace("\n", "\r\n")

def text_to_html(text, practice_name, extra_head="", extra_body_top="", extra_body_bottom=""):
    paras = [p for p in text.strip().split("\n\n")]
    ph = "\n".join("<p style=\"margin:0 0 14px 0\">" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{htmlmod.escape(practice_name)}</title>{extra_head}</head>\n"
            f"<body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;background:#faf7f5\">\n{extra_body_top}"
            f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:24px\">\n{ph}\n</td></tr></table>\n{extra_body_bottom}</body></html>\n")

def is_ascii(s):
    try: s.encode("ascii"); return True
    except UnicodeEncodeError: return False

def build_eml(frm, to, subject, text=None, html=None, layout="plain", cte="7bit", html_cte=None,
              subj_mode=None, attachments=None, extra_headers=None, date=None, domain="example.com"):
    """layout: plain | alt | html | mixed (attachments)"""
    if cte == "7bit" and text is not None and not is_ascii(text): cte = "quoted-printable"
    hcte = html_cte or cte
    if hcte == "7bit" and html is not None and not is_ascii(html): hcte = "quoted-printable"
    hdr = [f"From: {frm}", f"To: {to}", f"Subject: {enc_subject(subject, subj_mode)}",
           f"Date: {date or rand_date()}", f"Message-ID: <{R.getrandbits(64):016x}.{R.randint(1000,9999)}@{domain}>",
           "MIME-Version: 1.0"]
    if extra_headers: hdr += extra_headers
    bnd = lambda: "----=_Part_%d_%d" % (R.randint(10000, 99999), R.randint(100000, 999999))
    if layout == "plain":
        top = body_part(text, "plain", cte)
    elif layout == "html":
        top = body_part(html, "html", hcte)
    else:
        b = bnd()
        alt = f"Content-Type: multipart/alternative; boundary=\"{b}\"\r\n\r\n"
        alt += f"--{b}\r\n" + body_part(text, "plain", cte) + f"\r\n--{b}\r\n" + body_part(html, "html", hcte) + f"\r\n--{b}--\r\n"
        top = alt
    if attachments:
        b = bnd()
        out = f"Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
        out += f"--{b}\r\n" + top + "\r\n"
        for fname, ctype, data in attachments:
            disp = "inline" if ctype.startswith("image/") and R.random() < 0.3 else "attachment"
            out += (f"--{b}\r\nContent-Type: {ctype}; name=\"{fname}\"\r\nContent-Transfer-Encoding: base64\r\n"
                    f"Content-Disposition: {disp}; filename=\"{fname}\"\r\n\r\n{b64(data)}\r\n")
        out += f"--{b}--\r\n"
        top = out
    return "\r\n".join(hdr) + "\r\n" + top

# ---------- evasions ----------
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445", "y": "\u0443",
       "B": "\u0412", "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422", "C": "\u0421", "E": "\u0415", "O": "\u041e", "P": "\u0420", "A": "\u0410"}
GRK = {"o": "\u03bf", "A": "\u0391", "B": "\u0392", "E": "\u0395", "K": "\u039a", "T": "\u03a4", "v": "\u03bd", "i": "\u03b9"}
LEET = {"o": "0", "e": "3", "i": "1", "a": "4", "s": "5", "t": "7", "l": "1"}
DIAC = {"o": "ó", "e": "é", "u": "ü", "a": "á", "i": "í", "n": "ñ"}

def ev_cyr(w):
    idx = [i for i, c in enumerate(w) if c in CYR]
    pick = R.sample(idx, min(len(idx), R.randint(1, 2)))
    return "".join(CYR[c] if i in pick else c for i, c in enumerate(w))
def ev_greek(w):
    idx = [i for i, c in enumerate(w) if c in GRK]
    pick = R.sample(idx, min(len(idx), 1))
    return "".join(GRK[c] if i in pick else c for i, c in enumerate(w))
def ev_zw(w):
    z = R.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
    k = R.randint(1, len(w) - 1)
    return w[:k] + z + w[k:]
def ev_leet(w):
    return "".join(LEET.get(c.lower(), c) if R.random() < 0.7 else c for c in w)
def ev_sep(w):
    s = R.choice([".", "-", " ", "*", "_", "·"])
    return s.join(w)
def ev_diac(w):
    idx = [i for i, c in enumerate(w) if c.lower() in DIAC]
    pick = R.sample(idx, min(len(idx), R.randint(1, 2)))
    return "".join((DIAC[c.lower()].upper() if c.isupper() else DIAC[c]) if i in pick else c for i, c in enumerate(w))
def ev_caps(w):
    return w.upper()
