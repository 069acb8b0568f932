import os, sys, random, html, base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import format_datetime, make_msgid
from email import charset as _cs, encoders
import datetime

sys.path.insert(0, os.path.dirname(__file__))
from sms_phi import SMS_PHI
from sms_clean import SMS_CLEAN
from threads import THREAD_PHI, THREAD_CLEAN
from email_phi import EMAIL_PHI
from email_clean import EMAIL_CLEAN
from longpool import PARAS, BURIED

OUT = "/tmp/blind3"
rnd = random.Random(20240603)

PRACTICES = [
    ("Lumière Aesthetics", "frontdesk@lumiere-aesthetics.example"),
    ("Coastal Plastic Surgery", "care@coastalplastics.example"),
    ("Glow Bar Med Spa", "hello@glowbarmedspa.example"),
    ("Radiant Dermatology", "office@radiantderm.example"),
    ("Sculpt & Glow", "team@sculptandglow.example"),
    ("Clínica Estética Sol", "recepcion@clinicasol.example"),
    ("Aura Med Spa", "concierge@auramedspa.example"),
    ("Thrive Wellness", "care@thrivewellness.example"),
]
TO = ["alexis.m@example.com", "jenna_k88@example.net", "kp.reyes@example.org", "tasha.b@example.com",
      "nick.h@example.net", "sunny.day22@example.com", "r.ortiz@example.org", "gina.f@example.com",
      "mlopez@example.net", "pam.w@example.com", "linda.k@example.org", "eddie.s@example.com"]

SIGS = [
    "\n--\nDana Whitfield, RN, CANS\nLead Aesthetic Nurse Injector\nLumière Aesthetics\n2100 Harbor Blvd, Suite 4, Costa Mesa, CA 92627\nT: (555) 310-4477 | F: (555) 310-4478\n",
    "\n--\nAmanda Lorne, PA-C\nCoastal Plastic Surgery\n1440 Seaview Dr, Ste 200, Newport Beach, CA 92660\n(555) 221-9080\n",
    "\n--\nKelsey Moran, MSN, NP-C\nGlow Bar Med Spa | 455 Pine St, Portland, OR 97204 | 503-555-0142\n",
    "\nBest,\nThe Front Desk\nRadiant Dermatology · 80 Elm St, Suite 3 · Austin, TX 78701 · 512-555-0199\n",
    "",
    "\n__\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.\n",
]

PREHEADER_CLEAN = ["Your visit details inside", "A little note from our team", "Don't miss this month's news",
                   "Open for details", "Hours, parking and more", "Thanks for being with us"]


def rdate():
    d = datetime.datetime(2024, 1, 3, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))
    d += datetime.timedelta(days=rnd.randint(0, 330), minutes=rnd.randint(0, 600))
    return d


def to_html(body, preheader, button=None, table=None):
    paras = [p for p in body.split("\n\n")]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>',
         '<body style="margin:0;padding:0;background:#f6f1ec;font-family:Georgia,serif">',
         f'<div style="display:none;max-height:0;overflow:hidden;opacity:0;color:transparent">{html.escape(preheader)}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>',
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
         '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">']
    for p in paras:
        if not p.strip():
            continue
        lines = "<br>\n".join(html.escape(l) for l in p.split("\n"))
        h.append(f'<tr><td style="font-size:15px;line-height:1.5;color:#333">{lines}</td></tr>')
    if table:
        h.append('<tr><td><table border="1" cellpadding="6" style="border-collapse:collapse;font-size:14px">')
        for a, b in table:
            h.append(f'<tr><th align="left">{html.escape(a)}</th><td>{html.escape(b)}</td></tr>')
        h.append('</table></td></tr>')
    if button:
        h.append(f'<tr><td align="center"><a href="https://book.example-clinic.com/?utm_source=email" '
                 f'style="background:#b48a6b;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">{html.escape(button)}</a></td></tr>')
    h.append('<tr><td style="font-size:11px;color:#999">You are receiving this because you opted in. '
             '<a href="https://example-clinic.com/unsub">Unsubscribe</a> · <a href="https://example-clinic.com/prefs">Preferences</a></td></tr>')
    h.append('</table></td></tr></table></body></html>')
    return "\n".join(h)


def make_text_part(text, subtype, cte):
    if cte == "8bit":
        p = MIMEText("", subtype, "utf-8")
        del p["Content-Transfer-Encoding"]
        p.set_payload(text.encode("utf-8"))
        p["Content-Transfer-Encoding"] = "8bit"
        return p
    cs = _cs.Charset("utf-8")
    cs.header_encoding = _cs.BASE64
    cs.body_encoding = _cs.QP if cte == "qp" else _cs.BASE64
    return MIMEText(text, subtype, cs)


def tiny_jpeg():
    # minimal valid-ish JPEG header bytes (placeholder image)
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def tiny_pdf(title):
    return (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            f"% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode()


def build_eml(idx, subject, body, variant, attach=None, preheader=None, button=None, table=None, html_only=False):
    prac, addr = PRACTICES[idx % len(PRACTICES)]
    to = TO[(idx * 7) % len(TO)]
    sig = SIGS[idx % len(SIGS)]
    text = body.rstrip("\n") + "\n" + sig
    cte = ["8bit", "qp", "b64", "qp", "8bit", "b64"][variant % 6]
    multipart = variant % 3 == 0 or preheader is not None or button or table or html_only
    if multipart:
        alt = MIMEMultipart("alternative")
        ph = preheader or PREHEADER_CLEAN[idx % len(PREHEADER_CLEAN)]
        htmltext = to_html(text, ph, button, table)
        if html_only:
            alt = make_text_part(htmltext, "html", "qp")
        else:
            alt.attach(make_text_part(text, "plain", cte))
            alt.attach(make_text_part(htmltext, "html", "qp" if cte != "b64" else "b64"))
        root = alt
    else:
        root = make_text_part(text, "plain", cte)
    if attach:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for fname, kind in attach:
            if kind == "jpg":
                a = MIMEImage(tiny_jpeg(), "jpeg")
            else:
                a = MIMEApplication(tiny_pdf(fname), "pdf")
            a.add_header("Content-Disposition", "attachment", filename=fname)
            mixed.attach(a)
        root = mixed
    root["From"] = f"{Header(prac, 'utf-8').encode() if not prac.isascii() else prac} <{addr}>"
    root["To"] = to
    use_ew = (not subject.isascii()) or variant % 5 == 2
    root["Subject"] = Header(subject, "utf-8").encode() if use_ew else subject
    root["Date"] = format_datetime(rdate())
    root["Message-ID"] = f"<{idx:04d}.{rnd.randint(10**8, 10**9)}@{addr.split('@')[1]}>"
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    hdrs = root.items()
    for k in set(k for k, _ in hdrs):
        del root[k]
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]
    for k in order:
        for hk, hv in hdrs:
            if hk == k:
                root[hk] = hv
    for hk, hv in hdrs:
        if hk not in order:
            root[hk] = hv
    # order headers nicely: move MIME-Version & Content-* after the main ones
    s = root.as_bytes(policy=__import__('email.policy', fromlist=['SMTP']).SMTP)
    return s


labels = []
counts = {"phi_sms": 0, "phi_eml": 0, "clean_sms": 0, "clean_eml": 0}


def write(kind, ext, content, reason=None):
    d = os.path.join(OUT, kind)
    n = len([f for f in os.listdir(d)])
    name = f"{kind}-{n:03d}.{ext}"
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(content)
    counts[f"{kind}_{'sms' if ext == 'txt' else 'eml'}"] += 1
    if kind == "phi":
        labels.append((name, reason))
    return name


def main():
    for k in ("phi", "clean"):
        for f in os.listdir(os.path.join(OUT, k)):
            os.remove(os.path.join(OUT, k, f))
    items = []  # (kind, ext, content, reason)
    for t, r in SMS_PHI:
        items.append(("phi", "txt", t + "\n", "SMS: " + r))
    for t, r in THREAD_PHI:
        items.append(("phi", "txt", t + "\n", "SMS thread: " + r))
    for t in SMS_CLEAN:
        items.append(("clean", "txt", t + "\n", None))
    for t in THREAD_CLEAN:
        items.append(("clean", "txt", t + "\n", None))

    i = 0
    ATTACH_SUBJ = {"Your photos from today": [("nadia_front.jpg", "jpg"), ("nadia_profile_L.jpg", "jpg")],
                   "Your implant card": [("implant_card.pdf", "pdf")]}
    for subj, body, r in EMAIL_PHI:
        i += 1
        items.append(("phi", "eml", build_eml(i, subj, body, i, attach=ATTACH_SUBJ.get(subj)), "email: " + r))
    for subj, body in EMAIL_CLEAN:
        i += 1
        items.append(("clean", "eml", build_eml(i, subj, body, i), None))

    # hand-written HTML specials
    i += 1
    items.append(("phi", "eml", build_eml(i, "Your April newsletter 🌷",
        "Hi there,\n\nSpring is here and so are longer days! Here's what's new at the studio this month.\n\nWe've extended Thursday hours to 8 PM and added Saturday mornings.\n\nSee you soon,\nAura Med Spa",
        i, preheader="Psst — your Botox is due, book your 3-month refresh today", button="Book now"),
        "email HTML: PHI only in hidden preheader (Botox due)"))
    i += 1
    items.append(("phi", "eml", build_eml(i, "Your visit summary",
        "Hi Kendall,\n\nThanks for coming in today! A summary of your visit is below.\n\nQuestions? Just reply.",
        i, table=[("Date", "05/21/2024"), ("Provider", "Kelsey Moran, NP-C"), ("Service", "Juvéderm Voluma XC – cheeks, 2 syringes"), ("Total", "$1,560.00"), ("Paid", "Visa ending 4242")],
        button="View in portal"), "email HTML: treatment in visit summary table"))
    i += 1
    items.append(("phi", "eml", build_eml(i, "A little something for you 🎁",
        "Hi gorgeous,\n\nAs a thank-you for being a loyal client, enjoy $100 off your next visit. Offer valid through 6/30.",
        i, button="Book your next Kybella session"), "email HTML: PHI only in button text (Kybella)"))
    i += 1
    items.append(("phi", "eml", build_eml(i, "Documents for your upcoming visit",
        "Hi,\n\nPlease see the attached documents and bring them signed to your appointment on Tuesday.\n\nThank you!",
        i, attach=[("consent_form.pdf", "pdf")]), "email: attachment (any attachment counts as PHI)"))
    i += 1
    items.append(("phi", "eml", build_eml(i, "Photo you requested",
        "Hi Tess,\n\nHere's the photo you asked us to send. Have a great weekend!",
        i, attach=[("IMG_4471.jpg", "jpg")]), "email: image attachment (any attachment counts as PHI)"))
    i += 1
    items.append(("phi", "eml", build_eml(i, "Your receipt",
        "Thank you for visiting Glow Bar Med Spa!\n\nReceipt #R-77120",
        i, table=[("Item", "Qty"), ("Hydrafacial Signature", "1"), ("SkinMedica TNS Advanced+ Serum", "1"), ("Subtotal", "$389.00")], html_only=True),
        "email HTML-only receipt with HydraFacial line item"))
    i += 1
    items.append(("clean", "eml", build_eml(i, "Your April newsletter 🌷",
        "Hi there,\n\nSpring is here and so are longer days! Here's what's new at the studio this month.\n\nWe've extended Thursday hours to 8 PM and added Saturday mornings.\n\nSee you soon,\nAura Med Spa",
        i, preheader="Longer hours, new faces, and a spring giveaway", button="Book now"), None))
    i += 1
    items.append(("clean", "eml", build_eml(i, "Your receipt",
        "Thank you for visiting Glow Bar Med Spa!\n\nReceipt #R-77121",
        i, table=[("Item", "Qty"), ("Gift card – $100", "1"), ("Candle, cedar & fig", "2"), ("Subtotal", "$156.00"), ("Card", "Amex ending 1005")], html_only=True), None))
    i += 1
    items.append(("clean", "eml", build_eml(i, "Your visit summary",
        "Hi Kendall,\n\nThanks for coming in today! A summary of your visit is below.\n\nQuestions? Just reply.",
        i, table=[("Date", "05/21/2024"), ("Provider", "Kelsey Moran, NP-C"), ("Duration", "60 min"), ("Total", "$0.00 (prepaid package)"), ("Next visit", "06/18/2024 2:30 PM")],
        button="View in portal"), None))
    i += 1
    items.append(("clean", "eml", build_eml(i, "A little something for you 🎁",
        "Hi gorgeous,\n\nAs a thank-you for being a loyal client, enjoy $100 off your next visit. Offer valid through 6/30.",
        i, button="Book your next visit"), None))

    # long composites
    NEWS_OPEN = ["Hi friends,\n\nWelcome to this month's newsletter! Here's what's happening around the office.",
                 "Dear valued patient,\n\nPlease read the following important information about your upcoming visit and our office policies.",
                 "Hello and welcome!\n\nWe're thrilled you've chosen us. This email contains everything you need before your first appointment.",
                 "Hi there,\n\nA few updates from our team this season — grab a coffee, this one's a long one!"]
    NEWS_CLOSE = ["\n\nThank you for being part of our community.\n\nWarmly,\nThe Team",
                  "\n\nIf you have any questions, reply to this email or call 555-310-4477.\n\nSincerely,\nPractice Management",
                  "\n\nSee you soon!\nxo"]
    SUBJ = ["Our monthly newsletter", "Important: office policies & your visit", "Welcome packet – please read before your visit",
            "News from the studio ✨", "Seasonal update", "Everything you need to know before your appointment",
            "Boletín mensual / Monthly newsletter", "Your guide to our new office"]

    def long_body(npara, buried=None):
        ps = rnd.sample(PARAS, npara)
        if buried:
            ps.insert(len(ps) // 2, buried)
        return rnd.choice(NEWS_OPEN) + "\n\n" + "\n\n".join(ps) + rnd.choice(NEWS_CLOSE)

    for text, r in BURIED:
        i += 1
        body = long_body(rnd.randint(5, 11), text)
        items.append(("phi", "eml", build_eml(i, rnd.choice(SUBJ), body, i), "long email: " + r))
    for _ in range(40):
        i += 1
        body = long_body(rnd.randint(5, 12))
        items.append(("clean", "eml", build_eml(i, rnd.choice(SUBJ), body, i), None))

    rnd.shuffle(items)
    for kind, ext, content, reason in items:
        write(kind, ext, content, reason)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        for n, r in sorted(labels):
            f.write(f"{n}\t{r}\n")
    print(counts)


main()
